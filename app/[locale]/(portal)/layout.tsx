import { NextIntlClientProvider } from "next-intl";
import { PageFrame } from "@/components/page-frame";
import { shopperMarket } from "@/components/market/shopper-market";
import type { ReactNode } from "react";
import { TRPCReactProvider } from "@/lib/trpc/client";
import { portalMessages } from "@/lib/messages";
import { pageLocale } from "@/lib/route-params";

/**
 * Sign-in, the seller portal and administration: interactive pages, so they
 * (and only they) get the tRPC client and the client-side message catalog.
 */
export default async function PortalLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  return (
    <PageFrame locale={locale} market={await shopperMarket(locale)}>
      <NextIntlClientProvider locale={locale} messages={portalMessages(locale)}>
        <TRPCReactProvider locale={locale}>{children}</TRPCReactProvider>
      </NextIntlClientProvider>
    </PageFrame>
  );
}
