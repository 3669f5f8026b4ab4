import Image from "next/image";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { LocalizedText } from "@/components/localized-text";
import { SalesChart } from "@/components/portal/seller/sales-chart";
import { getMoneyFormatter } from "@/components/price";
import { formatNumber } from "@/lib/format";
import { localeNames } from "@/lib/locales";
import { pageLocale } from "@/lib/route-params";
import { requireSession } from "@/server/trpc/server";

type Props = { params: Promise<{ locale: string; shopId: string }> };

function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <section className="rounded-xl border border-stone-200 bg-white p-4" data-testid={testId}>
      <h2 className="mb-2 font-semibold">{title}</h2>
      {children}
    </section>
  );
}

/** What needs doing: orders, stock running low, languages still missing, and the products themselves. */
export default async function ShopDashboard({ params }: Props) {
  const locale = await pageLocale(params);
  const { shopId } = await params;
  const { api } = await requireSession(locale, `/seller/${shopId}`);
  const [dashboard, products, shipments, t, tp, money, td] = await Promise.all([
    api.seller.dashboard({ shopId, locale }),
    api.seller.products({ shopId, locale }),
    api.seller.shipments({ shopId }),
    getTranslations({ locale, namespace: "seller" }),
    getTranslations({ locale, namespace: "shipments" }),
    getMoneyFormatter(locale),
    getTranslations({ locale, namespace: "dispatch" }),
  ]);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Section title={tp("title")} testId="shipments">
        {shipments.length === 0 ? (
          <p className="text-sm text-stone-600">{tp("none")}</p>
        ) : (
          <ul className="flex flex-col gap-3 text-sm">
            {shipments.map((s) => (
              <li key={s.id} className="border-t border-stone-100 pt-2 first:border-0 first:pt-0" data-testid="shipment">
                <p className="font-medium">
                  <bdi>{s.orderNumber}</bdi>
                  {s.trackingNumber && (
                    <>
                      {" "}
                      · <bdi dir="ltr" className="font-mono">{s.trackingNumber}</bdi>
                    </>
                  )}{" "}
                  · {s.delivery.recipientName} · <bdi dir="ltr">{s.delivery.recipientPhone}</bdi>
                </p>
                <p className="text-stone-600">{s.delivery.placeLabel}</p>
                <ul className="list-inside list-disc">
                  {s.lines.map((l) => (
                    <li key={l.id}>
                      {l.productName} · {l.variantLabel} × {formatNumber(l.quantity, locale)}
                    </li>
                  ))}
                </ul>
                {s.codAmountMinor > 0 && <p className="font-medium">{tp("cod", { amount: money({ amountMinor: s.codAmountMinor, currency: s.currency }) })}</p>}
              </li>
            ))}
          </ul>
        )}
        <Link href={`/seller/${shopId}/dispatch`} className="mt-3 inline-flex min-h-11 items-center rounded-lg bg-saffron-700 px-4 py-2 text-sm font-medium text-white" data-testid="dispatch-link">
          {td("dashboardLink")}
        </Link>
      </Section>
      <Section title={t("salesByWeek")}>
        {dashboard.sales.length === 0 ? <p className="text-sm text-stone-600">{t("noSales")}</p> : <SalesChart locale={locale} weeks={dashboard.sales} />}
      </Section>
      <Section title={t("lowStock")} testId="low-stock">
        {dashboard.lowStock.length === 0 ? (
          <p className="text-sm text-stone-600">{t("lowStockNone")}</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {dashboard.lowStock.map((v) => (
              <li key={v.variantId}>
                <Link href={`/seller/${shopId}/products/${v.productId}`} className="underline">
                  {v.label.text}
                </Link>{" "}
                — {t("inStockCount", { count: v.stock })}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t("missingTranslations")} testId="missing-translations">
        {dashboard.missingTranslations.length === 0 ? (
          <p className="text-sm text-stone-600">{t("missingNone")}</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {dashboard.missingTranslations.map((p) => (
              <li key={p.id}>
                <Link href={`/seller/${shopId}/products/${p.id}`} className="underline">
                  <LocalizedText value={p.name} pageLocale={locale} />
                </Link>{" "}
                — {t("missingLanguages", { languages: new Intl.ListFormat(locale).format(p.missing.map((l) => localeNames[l])) })}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <section className="md:col-span-2" aria-labelledby="products-title">
        <div className="mb-2 flex items-center justify-between">
          <h2 id="products-title" className="text-lg font-semibold">
            {t("products")}
          </h2>
          <Link href={`/seller/${shopId}/products/new`} className="rounded-lg bg-saffron-700 px-4 py-2 text-sm font-medium text-white">
            {t("navNewProduct")}
          </Link>
        </div>
        {products.length === 0 && <p className="text-stone-600">{t("noProducts")}</p>}
        <ul className="flex flex-col gap-2">
          {products.map((p) => (
            <li key={p.id} className="flex items-center gap-3 rounded-xl border border-stone-200 bg-white p-3" data-testid="seller-product">
              <div className="relative size-14 shrink-0 overflow-hidden rounded-lg bg-stone-100">
                {p.image && <Image src={p.image} alt="" fill sizes="56px" className="object-cover" />}
              </div>
              <div className="flex min-w-0 flex-1 flex-col">
                <LocalizedText value={p.name} pageLocale={locale} className="truncate font-medium" />
                <span className="text-xs text-stone-500">
                  {t("productStatus", { status: p.status })}
                  {p.variants[0] && ` · ${money({ amountMinor: p.variants[0].priceMinor, currency: p.variants[0].currency })}`}
                </span>
              </div>
              <Link href={`/seller/${shopId}/products/${p.id}`} className="rounded-lg border border-stone-300 px-3 py-2 text-sm">
                {t("edit")}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
