import type { ReactNode } from "react";
import { PageFrame } from "@/components/page-frame";
import { layoutMarket } from "@/components/market/shopper-market";
import { pageLocale } from "@/lib/route-params";

/**
 * Storefront pages (home, category, region, shop, product, search) for one
 * market: proxy.ts rewrites /fa/products/x to /fa/~XX/products/x from the
 * "Deliver to" cookie, so each (language, market) page is rendered once, kept,
 * and rendered again when a seller's edit revalidates its tags, or after five
 * minutes at most, for stock sold meanwhile.
 */
export const revalidate = 300;

/** No page is rendered at build time (the build opens no database): each is rendered on its first visit and kept. */
export function generateStaticParams(): { market: string }[] {
  return [];
}

export default async function MarketLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; market: string }> }) {
  const locale = await pageLocale(params);
  return (
    <PageFrame locale={locale} market={await layoutMarket(locale, params)}>
      {children}
    </PageFrame>
  );
}
