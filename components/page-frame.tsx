import type { ReactNode } from "react";
import type { Locale } from "@/lib/locales";
import type { ShopperMarket } from "./market/shopper-market";
import { SiteHeader } from "./site-header";

/** The header and the page's <main> (the skip link's target), for the market the page is for. */
export function PageFrame({ locale, market, children }: { locale: Locale; market: ShopperMarket; children: ReactNode }) {
  return (
    <>
      <SiteHeader locale={locale} market={market} />
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
        {children}
      </main>
    </>
  );
}
