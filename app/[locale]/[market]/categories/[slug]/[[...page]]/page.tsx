import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { MarketQuestion } from "@/components/market/market-picker";
import { pageMarket } from "@/components/market/shopper-market";
import { ProductListing } from "@/components/product-listing";
import type { Locale } from "@/lib/locales";
import { pageAlternates, pageOpenGraph } from "@/lib/seo";
import { slugPageParams, type SlugPageProps } from "@/lib/route-params";
import { storefrontTag, tagPage } from "@/server/lib/storefront-cache";
import { loadOr404, serverApi } from "@/server/trpc/server";

/** One query per request, shared by the metadata and the page. */
const load = cache(async (locale: Locale, slug: string, page: number, market: string | undefined) => {
  // tagged before the lookup, so a kept "not found" is dropped too once a seller adds it
  await tagPage([storefrontTag.category(slug)]);
  return loadOr404((await serverApi(locale)).catalog.category({ locale, slug, page, market }));
});

/** Rendered on its first visit and kept (see the market's layout). */
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata(props: SlugPageProps): Promise<Metadata> {
  const { locale, slug, page } = await slugPageParams(props);
  const [data, t] = await Promise.all([load(locale, slug, page, (await pageMarket(locale, props.params)).current?.code), getTranslations({ locale, namespace: "meta" })]);
  const title = data.category.name.text;
  const path = `/categories/${slug}`;
  return { title, alternates: pageAlternates(locale, path), openGraph: pageOpenGraph(locale, { path, title, siteName: t("title") }) };
}

export default async function CategoryPage(props: SlugPageProps) {
  const { locale, slug, page } = await slugPageParams(props);
  const data = await load(locale, slug, page, (await pageMarket(locale, props.params)).current?.code);
  const t = await getTranslations({ locale, namespace: "category" });
  return (
    <div>
      <Breadcrumbs locale={locale} items={[{ label: data.category.name.text }]} />
      <h1 className="mb-6 text-2xl font-bold">{t("productsIn", { name: data.category.name.text })}</h1>
      <MarketQuestion locale={locale} market={await pageMarket(locale, props.params)} />
      <ProductListing products={data.products} locale={locale} basePath={`/categories/${slug}`} emptyText={t("noProducts")} />
    </div>
  );
}
