import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/format";
import { cartItemCount } from "@/server/checkout/cart";
import { CART_COOKIE } from "@/server/checkout/cart-token";
import { getDb } from "@/server/db";
import { Link } from "./link";
import type { Locale } from "@/lib/locales";
import { LanguageSwitcher } from "./language-switcher";
import { MarketPicker } from "./market/market-picker";
import { shopperMarket } from "./market/shopper-market";
import { SearchForm } from "./search-form";

async function cartCountOfRequest(): Promise<number> {
  const token = (await cookies()).get(CART_COOKIE)?.value ?? null;
  return token ? cartItemCount(await getDb(), token) : 0;
}

/** Brand, cart with its count, "Deliver to", a plain GET search form (works without JavaScript) and the language switcher. */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const [t, tc, market, itemCount] = await Promise.all([
    getTranslations({ locale, namespace: "nav" }),
    getTranslations({ locale, namespace: "cart" }),
    shopperMarket(locale),
    cartCountOfRequest(),
  ]);
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-saffron-700">
          {t("brand")}
        </Link>
        <Link href="/cart" prefetch={false} className="ms-auto rounded-md px-2 py-1 text-sm font-medium text-stone-800 underline-offset-2 hover:underline">
          {tc("link")}
          {itemCount > 0 && (
            <span className="ms-1 rounded-full bg-saffron-700 px-2 text-white" data-testid="cart-count">
              {formatNumber(itemCount, locale)}
            </span>
          )}
        </Link>
        <LanguageSwitcher current={locale} label={t("language")} />
        <MarketPicker locale={locale} market={market} />
        <SearchForm locale={locale} id="site-search" />
      </div>
    </header>
  );
}
