import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageAlternates } from "@/lib/seo";
import { ChipLink } from "@/components/chip-link";
import { ProductGrid } from "@/components/product-card";
import { StoreLink } from "@/components/store-link";
import { MarketQuestion } from "@/components/market/market-picker";
import { pageMarket } from "@/components/market/shopper-market";
import { pageLocale } from "@/lib/route-params";
import { storefrontTag, tagPage } from "@/server/lib/storefront-cache";
import { serverApi } from "@/server/trpc/server";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { alternates: pageAlternates(locale, "") };
}

export default async function HomePage({ params }: { params: Promise<{ locale: string; market: string }> }) {
  const locale = await pageLocale(params);
  const [t, api, market] = await Promise.all([getTranslations({ locale, namespace: "home" }), serverApi(locale), pageMarket(locale, params)]);
  const [home] = await Promise.all([api.catalog.home({ locale, market: market.current?.code }), tagPage([storefrontTag.home])]);
  return (
    <div className="flex flex-col gap-10">
      <section className="rounded-2xl bg-saffron-50 p-6">
        <h1 className="text-2xl font-bold text-saffron-700 sm:text-3xl">{t("heroTitle")}</h1>
        <p className="mt-3 max-w-2xl text-stone-700">{t("heroText")}</p>
      </section>

      <MarketQuestion locale={locale} market={market} />

      <section aria-labelledby="featured-title">
        <h2 id="featured-title" className="mb-4 text-xl font-semibold">
          {t("featuredTitle")}
        </h2>
        <ProductGrid cards={home.featured} locale={locale} important />
      </section>

      <section aria-labelledby="regions-title">
        <h2 id="regions-title" className="mb-4 text-xl font-semibold">
          {t("regionsTitle")}
        </h2>
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {home.provinces.map((province) => (
            <li key={province.slug}>
              <StoreLink
                href={`/regions/${province.slug}`}
                className="flex items-center justify-between gap-3 rounded-xl border border-stone-200 bg-white p-4 hover:border-saffron-600"
                data-testid="province-link"
              >
                <span>
                  <span className="block font-medium" lang={province.name.locale !== locale ? province.name.locale : undefined}>
                    {province.name.text}
                  </span>
                  <span className="text-sm text-stone-500">{province.marketName.text}</span>
                </span>
                <span className="text-sm text-stone-600">{t("productCount", { count: province.productCount })}</span>
              </StoreLink>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="specialities-title">
        <h2 id="specialities-title" className="mb-4 text-xl font-semibold">
          {t("specialitiesTitle")}
        </h2>
        <ul className="flex flex-wrap gap-2">
          {home.categories
            .filter((category) => category.productCount > 0)
            .map((category) => (
              <li key={category.slug}>
                <ChipLink href={`/categories/${category.slug}`}>
                  {category.name.text}
                  <span className="ms-2 text-stone-500">{t("productCount", { count: category.productCount })}</span>
                </ChipLink>
              </li>
            ))}
        </ul>
      </section>
    </div>
  );
}
