/**
 * A search address (/fa/search?q=…&sort=…&page=2) as one route segment, so
 * proxy.ts can send each search to a page kept per (language, market, search)
 * like every other storefront page: /fa/~XX/search/<key>. The key is the
 * search's own parameters in one order, empty and default ones left out, as
 * base64url (any text fits in a path segment and reads back unchanged), so
 * the same search written two ways is one kept page.
 */

/** The parameters a search page reads, in the key's order; anything else in the address changes nothing on the page. */
export const SEARCH_PARAMS = ["q", "category", "region", "certification", "min", "max", "stock", "sort", "page"] as const;

/** The longest query kept in full: one character more than the search box accepts still shows as "too long". */
const KEPT_QUERY_LENGTH = 101;

/** Price boxes: the page reads the first 20 characters. */
const KEPT_PRICE_LENGTH = 20;

/**
 * The key of a search, or null when there is no query (the page then only
 * asks for one, whatever the filters). Values are normalised only where the
 * page would read them the same: surrounding space, a first page, a
 * relevance sort, a stock box other than "1", text past what the page reads.
 */
export function searchKey(params: URLSearchParams): string | null {
  const q = (params.get("q") ?? "").trim().slice(0, KEPT_QUERY_LENGTH);
  if (!q) return null;
  const kept = new URLSearchParams();
  for (const name of SEARCH_PARAMS) {
    let value = params.get(name) ?? "";
    if (name === "q") value = q;
    if (name === "min" || name === "max") value = value.slice(0, KEPT_PRICE_LENGTH);
    if (name === "stock" && value !== "1") value = "";
    if (name === "sort" && value === "relevance") value = "";
    if (name === "page") value = /^\d{1,3}$/.test(value) && Number(value) > 1 ? String(Number(value)) : "";
    if (value) kept.set(name, value);
  }
  return Buffer.from(kept.toString(), "utf8").toString("base64url");
}

/** The parameters of a key (none for a segment that is no key: the page then asks for a query). */
export function searchOfKey(key: string): Record<string, string> {
  if (!/^[A-Za-z0-9_-]+$/.test(key)) return {};
  return Object.fromEntries(new URLSearchParams(Buffer.from(key, "base64url").toString("utf8")));
}
