import { CLIENT_HEADER } from "@/lib/client-address.mjs";

const fromServer = globalThis as unknown as { villagepostClientHeader?: string };

/**
 * The client's address, as the server entry (server.mjs) resolved it from the
 * socket and the trusted proxies. Without that server (a test calling the
 * router directly) the address is unknown: one shared key, never one a client
 * chose.
 */
export function clientAddressOf(headers: Headers): string {
  if (fromServer.villagepostClientHeader !== CLIENT_HEADER) return "unknown";
  return headers.get(CLIENT_HEADER) ?? "unknown";
}
