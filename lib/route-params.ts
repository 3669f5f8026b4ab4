import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "./locales";

/** Props of a page under /[locale]/…/[slug] that lists products page by page. */
export interface SlugPageProps {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
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

/** locale, slug and page of a listing page, the locale checked. */
export async function slugPageParams(props: SlugPageProps): Promise<{ locale: Locale; slug: string; page: number }> {
  const locale = await pageLocale(props.params);
  const { slug } = await props.params;
  return { locale, slug, page: pageNumber((await props.searchParams).page) };
}
