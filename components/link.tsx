import NextLink from "next/link";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";

type Href = string | { pathname: string; query?: Record<string, string> };

/** `/${locale}${pathname}?query` — every storefront path carries the language. */
export function localizedHref(locale: string, href: Href): string {
  if (typeof href === "string") return `/${locale}${href === "/" ? "" : href}`;
  const query = new URLSearchParams(href.query ?? {}).toString();
  return `/${locale}${href.pathname === "/" ? "" : href.pathname}${query ? `?${query}` : ""}`;
}

/**
 * A link within the shopper's language, rendered on the server: unlike
 * next-intl's client Link it needs no i18n runtime in the browser.
 */
export async function Link({ href, ...props }: Omit<ComponentProps<typeof NextLink>, "href"> & { href: Href }) {
  const locale = await getLocale();
  return <NextLink href={localizedHref(locale, href)} {...props} />;
}
