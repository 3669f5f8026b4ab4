import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { permanentRedirect } from "next/navigation";
import { cache } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ChipLink } from "@/components/chip-link";
import { ForeignMarketNote, MarketQuestion } from "@/components/market/market-picker";
import { pageMarket } from "@/components/market/shopper-market";
import { ProductListing } from "@/components/product-listing";
import type { Locale } from "@/lib/locales";
import { pageAlternates, pageOpenGraph } from "@/lib/seo";
import { slugPageParams, type SlugPageProps } from "@/lib/route-params";
import { storefrontTag, tagPage } from "@/server/lib/storefront-cache";
import { loadOr404, serverApi } from "@/server/trpc/server";

const load = cache(async (locale: Locale, slug: string, page: number, market: string | undefined) => {
  // tagged before the lookup, so a kept "not found" is dropped too once a seller adds it
  await tagPage([storefrontTag.region(slug)]);
  return loadOr404((await serverApi(locale)).catalog.region({ locale, slug, page, market }));
});

/** Rendered on its first visit and kept (see the market's layout). */
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata(props: SlugPageProps): Promise<Metadata> {
  const { locale, slug, page } = await slugPageParams(props);
  const [data, t] = await Promise.all([load(locale, slug, page, (await pageMarket(locale, props.params)).current?.code), getTranslations({ locale, namespace: "meta" })]);
  const title = data.region.name.text;
  const path = `/regions/${slug}`;
  return { title, alternates: pageAlternates(locale, path), openGraph: pageOpenGraph(locale, { path, title, siteName: t("title") }) };
}

/** Province → its counties → their villages, with the products grown there. */
export default async function RegionPage(props: SlugPageProps) {
  const { locale, slug, page } = await slugPageParams(props);
  const data = await load(locale, slug, page, (await pageMarket(locale, props.params)).current?.code);
  // an old code (a merged or renamed region) leads to the region of today's map
  if (data.movedTo) permanentRedirect(`/${locale}/regions/${data.movedTo}`);
  const [t, market] = await Promise.all([getTranslations({ locale, namespace: "region" }), pageMarket(locale, props.params)]);
  const name = data.region.name.text;
  const regionMarket = market.options.find((m) => m.code === data.region.marketCode);
  const foreign = market.current && regionMarket && market.current.code !== regionMarket.code ? regionMarket : null;
  return (
    <div>
      <Breadcrumbs
        locale={locale}
        items={[...data.ancestors.map((r) => ({ href: `/regions/${r.slug}`, label: r.name.text })), { label: name }]}
      />
      <p className="text-sm text-stone-500">{t(data.region.level)}</p>
      <h1 className="mb-6 text-2xl font-bold">{name}</h1>
      <MarketQuestion locale={locale} market={market} />
      {foreign && <ForeignMarketNote locale={locale} market={foreign} kind="regionShipsOnly" />}
      {data.children.length > 0 && (
        <section className="mb-8" aria-labelledby="children-title">
          <h2 id="children-title" className="mb-3 text-lg font-semibold">
            {t("within", { name })}
          </h2>
          <ul className="flex flex-wrap gap-2">
            {data.children.map((child) => (
              <li key={child.slug}>
                <ChipLink href={`/regions/${child.slug}`} testId="child-region">
                  {child.name.text}
                </ChipLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      {!foreign && (
        <section aria-labelledby="products-title">
          <h2 id="products-title" className="mb-3 text-lg font-semibold">
            {t("productsFrom", { name })}
          </h2>
          <ProductListing products={data.products} locale={locale} basePath={`/regions/${slug}`} emptyText={t("noProducts")} />
        </section>
      )}
    </div>
  );
}
