import { createHash, randomBytes } from "node:crypto";

export const CART_COOKIE = "vp_cart";
const SIXTY_DAYS = 60 * 24 * 3600;

export function newCartToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Carts are found by the hash of the cookie's token, so a database leak does not hand out carts. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The cart token in a Cookie header, when it looks like one of ours. */
export function cartTokenFrom(headers: Headers): string | null {
  const cookie = headers.get("cookie") ?? "";
  const match = cookie.match(new RegExp(`(?:^|;\\s*)${CART_COOKIE}=([A-Za-z0-9_-]{43})(?:;|$)`));
  return match?.[1] ?? null;
}

export function cartCookie(token: string, secure: boolean): string {
  return `${CART_COOKIE}=${token}; Path=/; Max-Age=${SIXTY_DAYS}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}
