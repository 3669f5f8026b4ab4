import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { getMoneyFormatter } from "@/components/price";
import { isLocale } from "@/lib/locales";
import { pageLocale } from "@/lib/route-params";
import { sessionApi } from "@/server/trpc/server";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: (await getTranslations({ locale, namespace: "cart" }))("title"), robots: { index: false } };
}

/** The cart, grouped into parcels; every change is a plain form post, so it works on any phone. */
export default async function CartPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const query = await searchParams;
  const [{ api }, t, to, money] = await Promise.all([
    sessionApi(locale),
    getTranslations({ locale, namespace: "cart" }),
    getTranslations({ locale, namespace: "order" }),
    getMoneyFormatter(locale),
  ]);
  const { lines } = await api.shop.cart({ locale });
  const shops = [...new Map(lines.map((l) => [l.shopId, l.shopName])).entries()];
  const total = lines.reduce((sum, l) => sum + l.unitPriceMinor * l.quantity, 0);
  const currency = lines[0]?.currency ?? "";
  const blocked = lines.some((l) => l.unavailable || l.stock < l.quantity);
  const error = typeof query.error === "string" ? query.error : null;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {typeof query.added === "string" && !error && (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900">
          {t("added")}
        </p>
      )}
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-900" data-testid="cart-error">
          {t("error", { key: error, stock: typeof query.stock === "string" ? query.stock : "0" })}
        </p>
      )}
      {lines.length === 0 && <p className="text-stone-600">{t("empty")}</p>}
      <Link href="/orders" prefetch={false} className="inline-flex min-h-11 items-center self-start text-sm underline">
        {to("mine")}
      </Link>
      {shops.map(([shopId, shopName]) => (
        <section key={shopId} className="rounded-xl border border-stone-200 bg-white p-4" data-testid="cart-parcel">
          <h2 className="mb-2 font-semibold">{t("fromShop", { shop: shopName })}</h2>
          <ul className="flex flex-col gap-3">
            {lines
              .filter((l) => l.shopId === shopId)
              .map((line) => (
                <li key={line.variantId} className="flex flex-col gap-2 border-t border-stone-100 pt-3 first:border-0 first:pt-0" data-testid="cart-line">
                  <div className="flex justify-between gap-3">
                    <Link href={`/products/${line.productSlug}`} prefetch={false} className="font-medium underline-offset-2 hover:underline">
                      {line.productName} · {line.variantLabel}
                    </Link>
                    <span className="font-semibold">{money({ amountMinor: line.unitPriceMinor * line.quantity, currency: line.currency })}</span>
                  </div>
                  {line.priceMinorAtAdd !== line.unitPriceMinor && (
                    <p className="text-sm text-amber-800" data-testid="price-changed">
                      {t("priceChanged", { before: money({ amountMinor: line.priceMinorAtAdd, currency: line.currency }) })}
                    </p>
                  )}
                  {line.unavailable ? (
                    <p className="text-sm text-red-800">{t("unavailable")}</p>
                  ) : (
                    line.stock < line.quantity && <p className="text-sm text-red-800">{t("onlyLeft", { count: line.stock })}</p>
                  )}
                  <div className="flex flex-wrap items-end gap-2">
                    <form method="post" action="/api/cart/quantity" className="flex items-end gap-2">
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="variantId" value={line.variantId} />
                      <label className="flex flex-col text-sm">
                        {t("quantity")}
                        <input name="quantity" type="number" inputMode="numeric" min={1} max={99} defaultValue={line.quantity} className="w-20 rounded-lg border border-stone-300 px-3 py-2 text-base" />
                      </label>
                      <button type="submit" className="rounded-lg border border-stone-300 px-3 py-2">
                        {t("update")}
                      </button>
                    </form>
                    <form method="post" action="/api/cart/quantity">
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="variantId" value={line.variantId} />
                      <input type="hidden" name="quantity" value="0" />
                      <button type="submit" className="rounded-lg px-3 py-2 text-red-800 underline">
                        {t("remove")}
                      </button>
                    </form>
                  </div>
                </li>
              ))}
          </ul>
        </section>
      ))}
      {lines.length > 0 && (
        <div className="flex flex-col gap-2">
          <p className="text-lg font-semibold">{t("itemsTotal", { amount: money({ amountMinor: total, currency }) })}</p>
          <p className="text-sm text-stone-600">{t("postageLater")}</p>
          {blocked ? null : (
            <Link href="/checkout" className="self-start rounded-lg bg-saffron-700 px-6 py-3 text-base font-semibold text-white" data-testid="go-checkout">
              {t("checkout")}
            </Link>
          )}
        </div>
      )}
    </div>
  );
}
