import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";

export type Href = string | { pathname: string; query?: Record<string, string> };

/** `/${locale}${pathname}?query` — every storefront path carries the language. */
export function localizedHref(locale: string, href: Href): string {
  if (typeof href === "string") return `/${locale}${href === "/" ? "" : href}`;
  const query = new URLSearchParams(href.query ?? {}).toString();
  return `/${locale}${href.pathname === "/" ? "" : href.pathname}${query ? `?${query}` : ""}`;
}

/**
 * A plain <a> within the shopper's language, for storefront pages: no client
 * component to load and hydrate per link, and nothing prefetched on a slow
 * connection. Storefront pages are kept on the server, so following one loads
 * a ready page. Kept apart from ./link, which imports next/link: a page that
 * imports a module naming a client component ships that component.
 */
export async function StoreLink({ href, ...props }: Omit<ComponentProps<"a">, "href"> & { href: Href }) {
  const locale = await getLocale();
  return <a href={localizedHref(locale, href)} {...props} />;
}
