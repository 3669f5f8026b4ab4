import { NextIntlClientProvider } from "next-intl";
import { PageFrame } from "@/components/page-frame";
import { shopperMarket } from "@/components/market/shopper-market";
import type { ReactNode } from "react";
import { PhoneCountries } from "@/components/portal/account/phone-countries";
import { TRPCReactProvider } from "@/lib/trpc/client";
import { portalMessages } from "@/lib/messages";
import { pageLocale } from "@/lib/route-params";
import { serverApi } from "@/server/trpc/server";

/**
 * Sign-in, the seller portal and administration: interactive pages, so they
 * (and only they) get the tRPC client, the client-side message catalog and
 * the markets' phone countries for the phone forms.
 */
export default async function PortalLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  // the phone forms' countries are the markets' (market data, not code)
  const countries = await (await serverApi(locale)).network.phoneCountries();
  return (
    <PageFrame locale={locale} market={await shopperMarket(locale)}>
      <NextIntlClientProvider locale={locale} messages={portalMessages(locale)}>
        <TRPCReactProvider locale={locale}>
            <PhoneCountries countries={countries}>{children}</PhoneCountries>
          </TRPCReactProvider>
      </NextIntlClientProvider>
    </PageFrame>
  );
}
