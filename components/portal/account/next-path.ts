/**
 * Where to go after signing in: `next` when it is a path on this site in the
 * page's language (`/${locale}/…`), else the seller portal. Anything that could
 * leave the site (`//host`, backslashes, control characters) is refused.
 */
export function nextPath(next: string | string[] | undefined, locale: string): string {
  const fallback = `/${locale}/seller`;
  if (typeof next !== "string" || next.length > 500) return fallback;
  if (!next.startsWith(`/${locale}/`) || next.includes("\\") || next.includes("//")) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(next)) return fallback;
  try {
    const url = new URL(next, "http://same.site");
    if (url.host !== "same.site" || !url.pathname.startsWith(`/${locale}/`)) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
