import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Pagination } from "@/components/pagination";
import { ProductGrid } from "@/components/product-card";
import { Link } from "@/i18n/navigation";
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
  const region = await (await serverApi(locale)).catalog.region({ locale, slug, page: 1 }).catch(() => null);
  return region ? { title: region.region.name.text } : {};
}

/** Province → its counties → their villages, with the products grown there. */
export default async function RegionPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const page = pageNumber((await searchParams).page);
  const api = await serverApi(locale);
  const data = await loadOr404(api.catalog.region({ locale, slug, page }));
  const t = await getTranslations({ locale, namespace: "region" });
  const name = data.region.name.text;
  return (
    <div>
      <Breadcrumbs
        locale={locale}
        items={[
          ...data.ancestors.map((r) => ({ href: `/regions/${r.slug}`, label: r.name.text })),
          { label: name },
        ]}
      />
      <p className="text-sm text-stone-500">{t(data.region.level)}</p>
      <h1 className="mb-6 text-2xl font-bold">{name}</h1>
      {data.children.length > 0 && (
        <section className="mb-8" aria-labelledby="children-title">
          <h2 id="children-title" className="mb-3 text-lg font-semibold">
            {t("within", { name })}
          </h2>
          <ul className="flex flex-wrap gap-2">
            {data.children.map((child) => (
              <li key={child.slug}>
                <Link
                  href={`/regions/${child.slug}`}
                  prefetch={false}
                  className="inline-block rounded-full border border-stone-300 bg-white px-4 py-2 text-sm hover:border-saffron-600"
                  data-testid="child-region"
                >
                  {child.name.text}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="products-title">
        <h2 id="products-title" className="mb-3 text-lg font-semibold">
          {t("productsFrom", { name })}
        </h2>
        {data.products.items.length > 0 ? (
          <ProductGrid cards={data.products.items} locale={locale} />
        ) : (
          <p className="text-stone-600">{t("noProducts")}</p>
        )}
        <Pagination basePath={`/regions/${slug}`} page={data.products.page} pageCount={data.products.pageCount} locale={locale} />
      </section>
    </div>
  );
}
