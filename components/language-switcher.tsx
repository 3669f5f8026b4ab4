"use client";

import { usePathname } from "next/navigation";
import { directionOf, locales, localeNames, type Locale } from "@/lib/locales";
import { publicPath } from "@/lib/market-segment";

/**
 * Links to the same page in each language. The only client code in the
 * header: it needs the current path (and keeps the query, e.g. a search).
 */
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  // a cached storefront page may be rendered under its internal path (/fa/~XX/…): links use the public one
  const pathname = publicPath(usePathname() ?? `/${current}`);
  const rest = pathname.replace(/^\/[^/]+/, "");
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}${rest}`}
              hrefLang={locale}
              lang={locale}
              dir={directionOf(locale)}
              aria-current={locale === current ? "true" : undefined}
              className={
                locale === current
                  ? "rounded-md bg-stone-900 px-2 py-1 text-white"
                  : "rounded-md px-2 py-1 text-stone-700 hover:bg-stone-200"
              }
              onClick={(event) => {
                // keep ?q=… and friends without reading search params during render
                event.currentTarget.href = `/${locale}${rest}${window.location.search}`;
              }}
            >
              {localeNames[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
