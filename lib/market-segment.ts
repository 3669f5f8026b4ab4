/**
 * The shopper's market travels inside the route: proxy.ts rewrites a storefront
 * address (/fa/products/x) to /fa/~XX/products/x from the "Deliver to" cookie,
 * so each (language, market) pair is its own cacheable page while shared links
 * keep their public form. `~` alone: no choice made (the page language decides).
 */
export const MARKET_SEGMENT_MARK = "~";

/** The route segment for a chosen market code (anything not two letters counts as no choice). */
export function marketSegment(code: string | null | undefined): string {
  return code && /^[A-Za-z]{2}$/.test(code) ? `${MARKET_SEGMENT_MARK}${code.toUpperCase()}` : MARKET_SEGMENT_MARK;
}

/** The chosen code in a segment: null for "no choice", undefined when the segment is no market segment at all. */
export function marketOfSegment(segment: string): string | null | undefined {
  const decoded = segment.replace(/^%7E/i, MARKET_SEGMENT_MARK);
  if (decoded === MARKET_SEGMENT_MARK) return null;
  const match = /^~([A-Z]{2})$/.exec(decoded);
  return match ? match[1] : undefined;
}

/** The public path of an internal storefront path: /fa/~XX/products/x → /fa/products/x. */
export function publicPath(pathname: string): string {
  return pathname.replace(/^(\/[^/]+)\/(?:~|%7E)[A-Za-z]{0,2}(?=\/|$)/i, "$1");
}
