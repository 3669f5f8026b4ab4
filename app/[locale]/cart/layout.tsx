import type { ReactNode } from "react";
import { PageFrame } from "@/components/page-frame";
import { shopperMarket } from "@/components/market/shopper-market";
import { pageLocale } from "@/lib/route-params";

/** The cart is the shopper's own, rendered per request: its market comes from the cookie. */
export default async function CartLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  return (
    <PageFrame locale={locale} market={await shopperMarket(locale)}>
      {children}
    </PageFrame>
  );
}
