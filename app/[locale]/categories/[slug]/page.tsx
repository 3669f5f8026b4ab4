import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Pagination } from "@/components/pagination";
import { ProductGrid } from "@/components/product-card";
import { isLocale } from "@/lib/locales";
import { pageLocale, pageNumber } from "@/lib/route-params";
import { loadOr404, serverApi } from "@/server/trpc/server";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const data = await (await serverApi(locale)).catalog.category({ locale, slug, page: 1 }).catch(() => null);
  return data ? { title: data.category.name.text } : {};
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const page = pageNumber((await searchParams).page);
  const api = await serverApi(locale);
  const data = await loadOr404(api.catalog.category({ locale, slug, page }));
  const t = await getTranslations({ locale, namespace: "category" });
  return (
    <div>
      <Breadcrumbs locale={locale} items={[{ label: data.category.name.text }]} />
      <h1 className="mb-6 text-2xl font-bold">{t("productsIn", { name: data.category.name.text })}</h1>
      {data.products.items.length > 0 ? (
        <ProductGrid cards={data.products.items} locale={locale} />
      ) : (
        <p className="text-stone-600">{t("noProducts")}</p>
      )}
      <Pagination basePath={`/categories/${slug}`} page={data.products.page} pageCount={data.products.pageCount} locale={locale} />
    </div>
  );
}
