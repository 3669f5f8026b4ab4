import NextLink from "next/link";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import { localizedHref, type Href } from "./store-link";

export { localizedHref };

/**
 * A link within the shopper's language, rendered on the server: unlike
 * next-intl's client Link it needs no i18n runtime in the browser. Pages of
 * the account area use it: it moves between them without a full page load.
 * Storefront pages use StoreLink (./store-link), a plain <a>.
 */
export async function Link({ href, ...props }: Omit<ComponentProps<typeof NextLink>, "href"> & { href: Href }) {
  const locale = await getLocale();
  return <NextLink href={localizedHref(locale, href)} {...props} />;
}
