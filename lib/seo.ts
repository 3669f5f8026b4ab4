import type { Metadata } from "next";
import { locales, type Locale } from "./locales";

/** Open Graph's locale tags for each storefront language. */
const OG_LOCALE: Record<Locale, string> = { fa: "fa_IR", zh: "zh_CN", vi: "vi_VN", en: "en_US" };

/**
 * The canonical address of a page and the same page in every language
 * (hreflang), relative to the layout's metadataBase (APP_URL, read at run time).
 * `path` is the part after the language, "" for the home page.
 */
export function pageAlternates(locale: Locale, path: string): NonNullable<Metadata["alternates"]> {
  return {
    canonical: `/${locale}${path}`,
    languages: { ...Object.fromEntries(locales.map((l) => [l, `/${l}${path}`])), "x-default": `/en${path}` },
  };
}

/** Open Graph tags of a page (a page's own openGraph replaces the layout's, so each page states them all). */
export function pageOpenGraph(
  locale: Locale,
  page: { path: string; title: string; description?: string; siteName: string; images?: string[]; type?: "website" | "article" },
): NonNullable<Metadata["openGraph"]> {
  return {
    type: page.type ?? "website",
    url: `/${locale}${page.path}`,
    title: page.title,
    description: page.description,
    siteName: page.siteName,
    locale: OG_LOCALE[locale],
    alternateLocale: locales.filter((l) => l !== locale).map((l) => OG_LOCALE[l]),
    ...(page.images?.length ? { images: page.images } : {}),
  };
}
