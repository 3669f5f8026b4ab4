import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { FallbackNote } from "@/components/fallback-note";
import { LocalizedText } from "@/components/localized-text";
import { ForeignMarketNote } from "@/components/market/market-picker";
import { pageMarket } from "@/components/market/shopper-market";
import { ProductListing } from "@/components/product-listing";
import type { Locale } from "@/lib/locales";
import { pageAlternates, pageOpenGraph } from "@/lib/seo";
import { slugPageParams, type SlugPageProps } from "@/lib/route-params";
import { storefrontTag, tagPage } from "@/server/lib/storefront-cache";
import { loadOr404, serverApi } from "@/server/trpc/server";

const load = cache(async (locale: Locale, slug: string, page: number, market: string | undefined) => {
  // tagged before the lookup, so a kept "not found" is dropped too once a seller adds it
  await tagPage([storefrontTag.shop(slug)]);
  return loadOr404((await serverApi(locale)).catalog.shop({ locale, slug, page, market }));
});

/** Rendered on its first visit and kept (see the market's layout). */
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata(props: SlugPageProps): Promise<Metadata> {
  const { locale, slug, page } = await slugPageParams(props);
  const [data, t] = await Promise.all([load(locale, slug, page, (await pageMarket(locale, props.params)).current?.code), getTranslations({ locale, namespace: "meta" })]);
  const title = data.shop.name.text;
  const path = `/shops/${slug}`;
  return {
    title,
    alternates: pageAlternates(locale, path),
    openGraph: pageOpenGraph(locale, { path, title, description: data.shop.story.text.slice(0, 200), siteName: t("title") }),
  };
}

/** A village seller: where they are, their story, what they sell. */
export default async function ShopPage(props: SlugPageProps) {
  const { locale, slug, page } = await slugPageParams(props);
  const data = await load(locale, slug, page, (await pageMarket(locale, props.params)).current?.code);
  const [t, market] = await Promise.all([getTranslations({ locale, namespace: "shop" }), pageMarket(locale, props.params)]);
  const { shop } = data;
  const shopMarket = market.options.find((m) => m.code === shop.marketCode);
  const foreign = market.current && shopMarket && market.current.code !== shopMarket.code ? shopMarket : null;
  return (
    <div>
      <Breadcrumbs
        locale={locale}
        items={[
          ...data.place.map((r) => ({ href: `/regions/${r.slug}`, label: r.name.text })),
          { label: shop.name.text, lang: shop.name.locale !== locale ? shop.name.locale : undefined },
        ]}
      />
      <LocalizedText as="h1" value={shop.name} pageLocale={locale} className="text-2xl font-bold" />
      <FallbackNote value={shop.name} pageLocale={locale} />
      <p className="mt-1 text-stone-600">{t("location", { place: data.place.map((r) => r.name.text).join(" · ") })}</p>
      {foreign && <ForeignMarketNote locale={locale} market={foreign} kind="shopShipsOnly" />}
      <section className="mt-6 max-w-prose" aria-labelledby="story-title">
        <h2 id="story-title" className="mb-2 text-lg font-semibold">
          {t("story")}
        </h2>
        <LocalizedText as="p" value={shop.story} pageLocale={locale} className="leading-relaxed text-stone-700" />
      </section>
      {!foreign && (
        <section className="mt-8" aria-labelledby="shop-products-title">
          <h2 id="shop-products-title" className="mb-3 text-lg font-semibold">
            {t("products")}
          </h2>
          <ProductListing products={data.products} locale={locale} basePath={`/shops/${slug}`} emptyText={t("noProducts")} />
        </section>
      )}
    </div>
  );
}
