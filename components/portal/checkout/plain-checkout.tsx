import { getTranslations } from "next-intl/server";
import { getMoneyFormatter } from "@/components/price";
import { localizedHref } from "@/components/link";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/locales";
import type { CartLine } from "@/server/checkout/cart";
import { sessionApi } from "@/server/trpc/server";
import { PlainOrderForm } from "./plain-order-form";

const chip = "inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-4 py-2 font-medium underline-offset-2 hover:underline";

/**
 * Checkout drawn on the server for a phone without JavaScript: a saved
 * address or the region chosen a level at a time with plain GET forms (each
 * step keeps the earlier choices in the URL), then one form post that places
 * the order.
 */
export async function PlainCheckout({ locale, lines, regionId, addressId }: { locale: Locale; lines: CartLine[]; userId: string | null; regionId: string | null; addressId: string | null }) {
  const [{ api }, t, tc, money] = await Promise.all([sessionApi(locale), getTranslations({ locale, namespace: "checkout" }), getTranslations({ locale, namespace: "cart" }), getMoneyFormatter(locale)]);
  const first = lines[0];
  if (!first) return null;
  const market = first.marketCode;
  const firstOptions = await api.shop.options({ locale });
  const saved = firstOptions.savedAddresses.find((a) => a.id === addressId) ?? null;
  const steps = await api.shop.regionSteps({ locale, market, regionId: saved?.villageId ?? regionId });
  const options = steps.addressRegionId ? await api.shop.options({ locale, nearVillageId: steps.addressRegionId }) : firstOptions;
  const page = localizedHref(locale, "/checkout");
  const itemsMinor = lines.reduce((sum, l) => sum + l.unitPriceMinor * l.quantity, 0);

  return (
    <div className="flex flex-col gap-5" data-testid="plain-checkout">
      <section className="rounded-xl border border-stone-200 bg-white p-4" aria-labelledby="plain-items">
        <h2 id="plain-items" className="mb-2 font-semibold">
          {t("summary")}
        </h2>
        <ul className="flex flex-col gap-1 text-sm">
          {lines.map((l) => (
            <li key={l.variantId} className="flex justify-between gap-3">
              <span>{t("line", { name: `${l.productName} · ${l.variantLabel}`, quantity: formatNumber(l.quantity, locale) })}</span>
              <span>{money({ amountMinor: l.unitPriceMinor * l.quantity, currency: l.currency })}</span>
            </li>
          ))}
        </ul>
        <p className="mt-2 font-semibold">{tc("itemsTotal", { amount: money({ amountMinor: itemsMinor, currency: first.currency }) })}</p>
        <p className="text-sm text-stone-600">{t("postageOnOrder")}</p>
      </section>

      {firstOptions.savedAddresses.length > 0 && (
        <section className="flex flex-col gap-2" aria-labelledby="plain-saved">
          <h2 id="plain-saved" className="text-lg font-semibold">
            {t("savedAddresses")}
          </h2>
          <ul className="flex flex-col gap-2">
            {firstOptions.savedAddresses.map((a) => (
              <li key={a.id} className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-3" data-testid="plain-saved-address">
                <span>
                  {a.recipientName} · {a.landmark} · {a.place}
                </span>
                <a href={`${page}?address=${a.id}`} className={`${chip} self-start`} aria-current={saved?.id === a.id ? "true" : undefined}>
                  {t("useAddress")}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="flex flex-col gap-3" aria-labelledby="plain-where">
        <h2 id="plain-where" className="text-lg font-semibold">
          {t("where")}
        </h2>
        {steps.chosen.length > 0 && (
          <ol className="flex flex-col gap-2" data-testid="plain-chosen">
            {steps.chosen.map((region, index) => (
              <li key={region.id} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-stone-200 bg-white p-3">
                <span>
                  <span className="text-sm text-stone-600">{t("levelName", { level: region.level })}: </span>
                  <span className="font-medium">{region.name}</span>
                </span>
                <a href={index === 0 ? page : `${page}?region=${steps.chosen[index - 1]?.id ?? ""}`} className={chip} aria-label={t("changeLevel", { level: t("levelName", { level: region.level }) })}>
                  {t("change")}
                </a>
              </li>
            ))}
          </ol>
        )}
        {steps.next && (
          <form method="get" action={page} className="flex flex-wrap items-end gap-2" data-testid="plain-region-step">
            <label className="flex min-w-56 flex-1 flex-col gap-1">
              {t("chooseLevel", { level: steps.next.level })}
              <select name="region" required className="min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base">
                {steps.next.options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="min-h-12 rounded-lg bg-saffron-700 px-5 py-2 font-semibold text-white">
              {t("next")}
            </button>
          </form>
        )}
      </section>

      {steps.addressRegionId && (
        <PlainOrderForm
          locale={locale}
          villageId={steps.addressRegionId}
          market={market}
          paymentMethods={options.paymentMethods}
          servicePoints={options.servicePoints.map((p) => ({ id: p.id, name: p.name, address: p.address, hours: p.hours, distanceKm: p.distanceKm, acceptsCashOnDelivery: p.acceptsCashOnDelivery }))}
          initial={saved ? { postalCode: saved.postalCode, landmark: saved.landmark, recipientName: saved.recipientName, recipientPhone: saved.recipientPhone } : null}
        />
      )}
    </div>
  );
}
