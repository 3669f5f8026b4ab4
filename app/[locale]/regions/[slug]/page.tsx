import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { permanentRedirect } from "next/navigation";
import { cache } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ChipLink } from "@/components/chip-link";
import { ProductListing } from "@/components/product-listing";
import type { Locale } from "@/lib/locales";
import { slugPageParams, type SlugPageProps } from "@/lib/route-params";
import { loadOr404, serverApi } from "@/server/trpc/server";

const load = cache(async (locale: Locale, slug: string, page: number) =>
  loadOr404((await serverApi(locale)).catalog.region({ locale, slug, page })),
);

export async function generateMetadata(props: SlugPageProps): Promise<Metadata> {
  const { locale, slug, page } = await slugPageParams(props);
  return { title: (await load(locale, slug, page)).region.name.text };
}

/** Province → its counties → their villages, with the products grown there. */
export default async function RegionPage(props: SlugPageProps) {
  const { locale, slug, page } = await slugPageParams(props);
  const data = await load(locale, slug, page);
  // an old code (a merged or renamed region) leads to the region of today's map
  if (data.movedTo) permanentRedirect(`/${locale}/regions/${data.movedTo}`);
  const t = await getTranslations({ locale, namespace: "region" });
  const name = data.region.name.text;
  return (
    <div>
      <Breadcrumbs
        locale={locale}
        items={[...data.ancestors.map((r) => ({ href: `/regions/${r.slug}`, label: r.name.text })), { label: name }]}
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
                <ChipLink href={`/regions/${child.slug}`} testId="child-region">
                  {child.name.text}
                </ChipLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="products-title">
        <h2 id="products-title" className="mb-3 text-lg font-semibold">
          {t("productsFrom", { name })}
        </h2>
        <ProductListing products={data.products} locale={locale} basePath={`/regions/${slug}`} emptyText={t("noProducts")} />
      </section>
    </div>
  );
}
