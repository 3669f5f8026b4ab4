// @ts-check
// Plain JavaScript: the HTTP server (server.mjs) loads it before anything is compiled.
import proxyaddr from "proxy-addr";

/** The request header that carries the client's address from the server entry to the app; anything a client sends in it is overwritten. */
export const CLIENT_HEADER = "x-villagepost-client";

/**
 * TRUST_PROXY as proxy-addr's trust function: "false" (the default) believes
 * only the socket; a whole number N believes N proxy hops in front of the app;
 * a comma-separated list of addresses, CIDR ranges or proxy-addr's names
 * (loopback, linklocal, uniquelocal) believes X-Forwarded-For only as far as it
 * was written by those proxies. "true" is refused: it would believe whatever
 * the client writes.
 * @param {string | undefined} value
 * @returns {(address: string, hop: number) => boolean}
 */
export function parseTrust(value) {
  const setting = (value ?? "").trim();
  if (setting === "" || setting === "false" || setting === "0") return () => false;
  if (/^\d+$/.test(setting)) {
    const hops = Number(setting);
    return (_address, hop) => hop < hops;
  }
  if (setting === "true") {
    throw new Error(
      "Invalid environment configuration:\n  TRUST_PROXY: give the number of proxy hops in front of the app (e.g. 1) or the proxies' addresses (e.g. 10.0.0.5,loopback); \"true\" would believe any client's X-Forwarded-For",
    );
  }
  try {
    return proxyaddr.compile(setting.split(",").map((part) => part.trim()).filter(Boolean));
  } catch (error) {
    throw new Error(`Invalid environment configuration:\n  TRUST_PROXY: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The client's address: the socket's, or the first X-Forwarded-For entry (from
 * the right) that a trusted proxy did not write. IPv4-mapped IPv6 is shown as IPv4.
 * @param {import("node:http").IncomingMessage} request
 * @param {(address: string, hop: number) => boolean} trust
 */
export function clientAddress(request, trust) {
  const address = proxyaddr(request, trust) || request.socket.remoteAddress || "unknown";
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
}
