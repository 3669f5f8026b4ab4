/**
 * A state-changing request from a browser must come from our own pages. Modern
 * browsers say where a request comes from in Sec-Fetch-Site, older ones in
 * Origin; a request with neither is not a browser's (curl, a server) and
 * carries no one's cookies by accident. Signed webhooks are exempt: their
 * signature is their proof.
 */
export function isCrossSite(headers: Headers, appUrl: string): boolean {
  const site = headers.get("sec-fetch-site");
  if (site) return site !== "same-origin" && site !== "none";
  const origin = headers.get("origin");
  if (!origin) return false;
  if (origin === "null") return true;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    const from = new URL(origin);
    return from.origin !== new URL(appUrl).origin && from.host !== host;
  } catch {
    return true;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Paths whose callers prove themselves with a signature rather than a session cookie. */
export const SIGNED_PATHS = [/^\/api\/stripe\/webhook$/, /^\/api\/carriers\/[^/]+\/events$/, /^\/api\/carriers\/[^/]+\/remittances$/];

export function needsOriginCheck(method: string, pathname: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase()) && !SIGNED_PATHS.some((re) => re.test(pathname));
}
