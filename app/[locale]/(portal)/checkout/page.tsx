import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { CheckoutForm } from "@/components/portal/checkout/checkout-form";
import { PlainCheckout } from "@/components/portal/checkout/plain-checkout";
import { pageLocale } from "@/lib/route-params";
import { sessionApi } from "@/server/trpc/server";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: (await getTranslations({ locale, namespace: "checkout" }))("title"), robots: { index: false } };
}

const one = (value: string | string[] | undefined) => (typeof value === "string" && /^[0-9a-f-]{36}$/i.test(value) ? value : null);

/**
 * Checkout. With JavaScript, the interactive form (live postage, drafts kept
 * on a dropped connection); without it, the same order placed through a
 * server-drawn form whose region is chosen one level at a time by plain links
 * and GET forms. An empty cart says so either way.
 */
export default async function CheckoutPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const query = await searchParams;
  const [t, { api, user }] = await Promise.all([getTranslations({ locale, namespace: "checkout" }), sessionApi(locale)]);
  const { lines } = await api.shop.cart({ locale });
  if (lines.length === 0) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="rounded-lg bg-stone-100 p-4 text-stone-800" data-testid="checkout-empty">
          {t("emptyCart")}
        </p>
        <Link href="/" className="inline-flex min-h-11 items-center self-start rounded-lg bg-saffron-700 px-5 py-2 font-semibold text-white" data-testid="checkout-back">
          {t("backToShop")}
        </Link>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <div className="noscript:hidden">
        <CheckoutForm locale={locale} />
      </div>
      <noscript>
        <PlainCheckout locale={locale} lines={lines} userId={user?.id ?? null} regionId={one(query.region)} addressId={one(query.address)} />
      </noscript>
    </div>
  );
}
