// Small node:http helpers for the Stripe emulator.
import type http from "node:http";
import { StripeApiError, stripeId } from "./params";

const MAX_BODY = 1 << 20;

/** The request body as text, refused past 1 MiB. */
export function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) req.destroy(new Error("request body over 1 MiB"));
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Writes a whole response with a Stripe-style `request-id` header. */
export function send(res: http.ServerResponse, status: number, text: string, headers: Record<string, string>): void {
  res.writeHead(status, { "request-id": stripeId("req_", 14), ...headers });
  res.end(text);
}

/** A JSON response. */
export const json = (res: http.ServerResponse, status: number, text: string, headers: Record<string, string> = {}) =>
  send(res, status, text, { "content-type": "application/json", ...headers });
/** An HTML page. */
export const html = (res: http.ServerResponse, status: number, text: string) => send(res, status, text, { "content-type": "text/html; charset=utf-8" });
/** A 303 See Other to `location`, as after a form POST. */
export const redirect = (res: http.ServerResponse, location: string) => send(res, 303, "", { location });
/** The JSON body of Stripe's 400 `idempotency_error`. */
export const idempotencyError = (message: string) => JSON.stringify(new StripeApiError(400, "idempotency_error", message).body(), null, 2);
