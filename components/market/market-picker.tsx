import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";
import type { ShopperMarket } from "./shopper-market";

/**
 * "Deliver to" in the header: a GET form without an action, so it submits to
 * the page it is on; proxy.ts keeps the choice in a cookie and comes back.
 * Works without JavaScript.
 */
export async function MarketPicker({ locale, market }: { locale: Locale; market: ShopperMarket }) {
  const t = await getTranslations({ locale, namespace: "market" });
  return (
    <form method="get" className="flex items-center gap-2 text-sm" data-testid="market-picker">
      <label htmlFor="deliver-to" className="text-stone-600">
        {t("deliverTo")}
      </label>
      <select
        id="deliver-to"
        name="market"
        defaultValue={market.current?.code ?? ""}
        className="min-h-9 rounded-md border border-stone-300 bg-white px-2 py-1"
      >
        {!market.current && (
          <option value="" disabled>
            {t("choose")}
          </option>
        )}
        {market.options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name.text}
          </option>
        ))}
      </select>
      <button type="submit" className="min-h-9 rounded-md border border-stone-300 px-3 py-1 font-medium hover:bg-stone-100">
        {t("apply")}
      </button>
    </form>
  );
}

/** Asks where to deliver when the language names no market (English): one plain link per market. */
export async function MarketQuestion({ locale, market }: { locale: Locale; market: ShopperMarket }) {
  if (market.current) return null;
  const t = await getTranslations({ locale, namespace: "market" });
  return (
    <section className="mb-6 rounded-xl border border-saffron-600 bg-saffron-50 p-4" aria-labelledby="market-question" data-testid="market-question">
      <h2 id="market-question" className="font-semibold">
        {t("askTitle")}
      </h2>
      <p className="mt-1 text-sm text-stone-700">{t("askText")}</p>
      <ul className="mt-3 flex flex-wrap gap-2">
        {market.options.map((option) => (
          <li key={option.code}>
            {/* a query-only link stays on this page */}
            <a href={`?market=${option.code}`} className="inline-block rounded-full border border-stone-300 bg-white px-4 py-2 text-sm hover:border-saffron-600">
              {option.name.text}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Said on a product, shop or region of another market: where it ships, and a switch. */
export async function ForeignMarketNote({
  locale,
  market,
  kind,
}: {
  locale: Locale;
  market: { code: string; name: { text: string } };
  kind: "shipsOnly" | "shopShipsOnly" | "regionShipsOnly";
}) {
  const t = await getTranslations({ locale, namespace: "market" });
  return (
    <div role="note" className="my-4 rounded-xl border border-amber-400 bg-amber-50 p-4" data-testid="foreign-market">
      <p className="font-medium">{t(kind, { market: market.name.text })}</p>
      <a href={`?market=${market.code}`} className="mt-2 inline-block rounded-lg bg-saffron-700 px-4 py-2 text-sm font-semibold text-white">
        {t("switchTo", { market: market.name.text })}
      </a>
    </div>
  );
}
