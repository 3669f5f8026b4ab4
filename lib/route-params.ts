import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "./locales";

/**
 * Props of a page under /[locale]/[market]/…/[slug]/[[...page]] that lists
 * products page by page: proxy.ts turns ?page=N into the last segment, so each
 * page of a listing is cached like any other.
 */
export interface SlugPageProps {
  params: Promise<{ locale: string; market: string; slug: string; page?: string[] }>;
}

/** Reads the locale segment of a page, 404s an unknown one, and enables static rendering for it. */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** ?page=N from the URL: anything that is not a positive integer reads as page 1. */
export function pageNumber(value: string | string[] | undefined): number {
  const n = typeof value === "string" && /^\d{1,3}$/.test(value) ? Number(value) : 1;
  return n >= 1 ? n : 1;
}

/** locale, slug and page of a listing page, the locale checked; a page segment that is no page number is a 404. */
export async function slugPageParams(props: SlugPageProps): Promise<{ locale: Locale; slug: string; page: number }> {
  const locale = await pageLocale(props.params);
  const { slug, page } = await props.params;
  if (page === undefined) return { locale, slug, page: 1 };
  if (page.length !== 1 || !/^[1-9]\d{0,2}$/.test(page[0] ?? "")) notFound();
  return { locale, slug, page: Number(page[0]) };
}
