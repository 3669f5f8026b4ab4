import { getTranslations } from "next-intl/server";
import { StoreLink } from "./store-link";
import type { Locale } from "@/lib/locales";

export interface Crumb {
  href?: string;
  label: string;
  lang?: string;
}

/** Home › Province › County › Village. The separator is drawn by CSS so it turns with the text direction. */
export async function Breadcrumbs({ items, locale }: { items: Crumb[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "nav" });
  const all: Crumb[] = [{ href: "/", label: t("home") }, ...items];
  return (
    <nav aria-label={t("breadcrumb")} className="mb-4 text-sm text-stone-600">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {all.map((item, index) => (
          <li key={`${item.href ?? ""}-${index}`} className="flex items-center gap-2">
            {index > 0 && (
              <span aria-hidden="true" className="text-stone-400 rtl:-scale-x-100">
                ›
              </span>
            )}
            {item.href && index < all.length - 1 ? (
              // 24 × 24 px at least (WCAG 2.2, 2.5.8), also for a short name such as a village's
              <StoreLink href={item.href} className="inline-flex min-h-6 min-w-6 items-center underline-offset-2 hover:underline" lang={item.lang}>
                {item.label}
              </StoreLink>
            ) : (
              <span aria-current={index === all.length - 1 ? "page" : undefined} lang={item.lang}>
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
