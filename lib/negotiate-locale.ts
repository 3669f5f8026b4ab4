import { defaultLocale, isLocale, type Locale } from "./locales";

/**
 * Picks the storefront language for a request: an explicit locale wins, then
 * the first Accept-Language entry (by q-value) whose primary tag we support.
 */
export function negotiateLocale(explicit: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(explicit)) return explicit;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { primary: tag.toLowerCase().split("-")[0], q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.primary).find(isLocale) ?? defaultLocale;
}
