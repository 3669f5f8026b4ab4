import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { FallbackNote } from "@/components/fallback-note";
import { LocalizedText } from "@/components/localized-text";
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
  const data = await (await serverApi(locale)).catalog.shop({ locale, slug, page: 1 }).catch(() => null);
  return data ? { title: data.shop.name.text } : {};
}

export default async function ShopPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const page = pageNumber((await searchParams).page);
  const api = await serverApi(locale);
  const data = await loadOr404(api.catalog.shop({ locale, slug, page }));
  const t = await getTranslations({ locale, namespace: "shop" });
  const village = data.place.at(-1);
  return (
    <div>
      <Breadcrumbs
        locale={locale}
        items={[
          ...data.place.map((r) => ({ href: `/regions/${r.slug}`, label: r.name.text })),
          { label: data.shop.name.text, lang: data.shop.name.locale !== locale ? data.shop.name.locale : undefined },
        ]}
      />
      <LocalizedText as="h1" value={data.shop.name} pageLocale={locale} className="text-2xl font-bold" />
      <FallbackNote value={data.shop.name} pageLocale={locale} />
      {village && (
        <p className="mt-1 text-stone-600">
          {t("location", { place: data.place.map((r) => r.name.text).join(" · ") })}{" "}
          <Link href={`/regions/${village.slug}`} prefetch={false} className="sr-only">
            {village.name.text}
          </Link>
        </p>
      )}
      <section className="mt-6 max-w-prose" aria-labelledby="story-title">
        <h2 id="story-title" className="mb-2 text-lg font-semibold">
          {t("story")}
        </h2>
        <LocalizedText as="p" value={data.shop.story} pageLocale={locale} className="leading-relaxed text-stone-700" />
      </section>
      <section className="mt-8" aria-labelledby="shop-products-title">
        <h2 id="shop-products-title" className="mb-3 text-lg font-semibold">
          {t("products")}
        </h2>
        {data.products.items.length > 0 ? (
          <ProductGrid cards={data.products.items} locale={locale} />
        ) : (
          <p className="text-stone-600">{t("noProducts")}</p>
        )}
        <Pagination basePath={`/shops/${slug}`} page={data.products.page} pageCount={data.products.pageCount} locale={locale} />
      </section>
    </div>
  );
}
