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
 * next-intl's client Link it needs no i18n runtime in the browser. Pages of
 * the account area use it: it moves between them without a full page load.
 */
export async function Link({ href, ...props }: Omit<ComponentProps<typeof NextLink>, "href"> & { href: Href }) {
  const locale = await getLocale();
  return <NextLink href={localizedHref(locale, href)} {...props} />;
}

/**
 * A plain <a> within the shopper's language, for storefront pages: no client
 * component to load and hydrate per link, and nothing prefetched on a slow
 * connection. Storefront pages are kept on the server, so following one loads
 * a ready page.
 */
export async function StoreLink({ href, ...props }: Omit<ComponentProps<"a">, "href"> & { href: Href }) {
  const locale = await getLocale();
  return <a href={localizedHref(locale, href)} {...props} />;
}
