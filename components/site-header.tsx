import { getTranslations } from "next-intl/server";
import { StoreLink } from "./store-link";
import type { Locale } from "@/lib/locales";
import { CartCount } from "./cart-count";
import { LanguageSwitcher } from "./language-switcher";
import { MarketPicker } from "./market/market-picker";
import type { ShopperMarket } from "./market/shopper-market";
import { SearchForm } from "./search-form";

/**
 * Brand, cart with its count, "Deliver to", a plain GET search form (works
 * without JavaScript) and the language switcher. Reads no cookie: storefront
 * pages pass the market of their route, so they are cached per market.
 */
export async function SiteHeader({ locale, market }: { locale: Locale; market: ShopperMarket }) {
  const [t, tc] = await Promise.all([getTranslations({ locale, namespace: "nav" }), getTranslations({ locale, namespace: "cart" })]);
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <StoreLink href="/" className="text-lg font-bold text-saffron-700">
          {t("brand")}
        </StoreLink>
        <StoreLink href="/cart" className="ms-auto rounded-md px-2 py-1 text-sm font-medium text-stone-800 underline-offset-2 hover:underline">
          {tc("link")}
          <CartCount locale={locale} />
        </StoreLink>
        <LanguageSwitcher current={locale} label={t("language")} />
        <MarketPicker locale={locale} market={market} />
        <SearchForm locale={locale} id="site-search" />
      </div>
    </header>
  );
}
