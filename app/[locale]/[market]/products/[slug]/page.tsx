import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { FallbackNote } from "@/components/fallback-note";
import { LocalizedText } from "@/components/localized-text";
import { getMoneyFormatter } from "@/components/price";
import { ProductGrid } from "@/components/product-card";
import { ProductJsonLd } from "@/components/product-json-ld";
import { PlainImage } from "@/components/plain-image";
import { Provenance } from "@/components/provenance";
import { VariantPicker } from "@/components/variant-picker";
import { StoreLink } from "@/components/store-link";
import { ForeignMarketNote } from "@/components/market/market-picker";
import { pageMarket } from "@/components/market/shopper-market";
import type { Locale } from "@/lib/locales";
import { pageAlternates, pageOpenGraph } from "@/lib/seo";
import { pageLocale } from "@/lib/route-params";
import { env } from "@/server/env";
import { storefrontTag, tagPage } from "@/server/lib/storefront-cache";
import { loadOr404, serverApi } from "@/server/trpc/server";

type Params = Promise<{ locale: string; market: string; slug: string }>;

/** One query per request, shared by the metadata and the page. */
const load = cache(async (locale: Locale, slug: string) => {
  // tagged before the lookup, so a kept "not found" is dropped too once a seller adds it
  await tagPage([storefrontTag.product(slug)]);
  return loadOr404((await serverApi(locale)).catalog.product({ locale, slug }));
});

/** Rendered on its first visit and kept (see the market's layout). */
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const product = await load(locale, (await params).slug);
  const t = await getTranslations({ locale, namespace: "meta" });
  const path = `/products/${product.slug}`;
  return {
    title: product.name.text,
    description: product.summary.text,
    alternates: pageAlternates(locale, path),
    openGraph: pageOpenGraph(locale, {
      path,
      title: product.name.text,
      description: product.summary.text,
      siteName: t("title"),
      images: product.images.slice(0, 1).map((image) => image.path),
    }),
  };
}

export default async function ProductPage({ params }: { params: Params }) {
  const locale = await pageLocale(params);
  const product = await load(locale, (await params).slug);
  const market = await pageMarket(locale, params);
  // besides its own edits, its shop's (the seller card, "more from this shop") and its category's drop this page
  await tagPage([storefrontTag.shop(product.shop.slug), storefrontTag.category(product.category.slug)]);
  // a product of another market shows where it ships instead of a price the shopper cannot pay
  const foreign = market.current !== null && market.current.code !== product.market.code;
  const otherMarket = market.current?.code !== product.market.code;
  const t = await getTranslations({ locale, namespace: "product" });
  const tc = await getTranslations({ locale, namespace: "cart" });
  const money = await getMoneyFormatter(locale);
  const prices = product.variants.map((v) => v.priceMinor);
  const currency = product.variants[0]?.currency ?? "";
  const [min, max] = [Math.min(...prices), Math.max(...prices)];

  return (
    <article>
      {/* offers in the shopper's market only, like the page itself */}
      {!foreign && <ProductJsonLd product={product} url={`${env.APP_URL}/${locale}/products/${product.slug}`} baseUrl={env.APP_URL} />}
      <Breadcrumbs
        locale={locale}
        items={[
          { href: `/categories/${product.category.slug}`, label: product.category.name.text },
          { label: product.name.text, lang: product.name.locale !== locale ? product.name.locale : undefined },
        ]}
      />
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-label={product.name.text}>
          {/* focusable, so the photos scroll with the arrow keys too */}
          <ol
            className="flex snap-x snap-mandatory overflow-x-auto rounded-xl bg-stone-100 focus-visible:outline-2 focus-visible:outline-saffron-700"
            data-testid="gallery"
            tabIndex={0}
            aria-label={t("photos", { name: product.name.text })}
          >
            {product.images.map((image, index) => (
              <li key={image.path} id={`photo-${index + 1}`} className="relative aspect-square w-full shrink-0 snap-center">
                <PlainImage
                  src={image.path}
                  alt={t("photo", { n: index + 1, total: product.images.length, name: product.name.text })}
                  fill
                  sizes="(min-width: 768px) 480px, 100vw"
                  important={index === 0}
                  className="object-cover"
                />
              </li>
            ))}
          </ol>
          {product.images.length > 1 && (
            <ul className="mt-2 flex gap-2">
              {product.images.map((image, index) => (
                <li key={image.path}>
                  <a href={`#photo-${index + 1}`} className="block" aria-label={t("showPhoto", { n: index + 1 })}>
                    <PlainImage src={image.path} alt="" width={64} height={64} className="rounded-md border border-stone-200" />
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="flex flex-col gap-3">
          <div>
            <LocalizedText as="h1" value={product.name} pageLocale={locale} className="text-2xl font-bold" />
            <FallbackNote value={product.name} pageLocale={locale} />
          </div>
          <LocalizedText as="p" value={product.summary} pageLocale={locale} className="text-stone-700" />
          {otherMarket && <ForeignMarketNote locale={locale} market={product.market} kind="shipsOnly" />}
          {!foreign && (
            <>
              <p className="text-xl font-semibold text-saffron-700" data-testid="price">
                {min === max
                  ? money({ amountMinor: min, currency })
                  : t("priceRange", { min: money({ amountMinor: min, currency }), max: money({ amountMinor: max, currency }) })}
              </p>
              {/* a plain form post: adding to the cart works before (and without) any JavaScript */}
              <form method="post" action="/api/cart/add" className="flex flex-col gap-3" data-testid="add-to-cart">
                <input type="hidden" name="locale" value={locale} />
                <VariantPicker variants={product.variants} locale={locale} />
                <div className="flex items-end gap-3">
                  <label className="flex flex-col text-sm">
                    {tc("quantity")}
                    <input name="quantity" type="number" inputMode="numeric" min={1} max={99} defaultValue={1} className="w-20 rounded-lg border border-stone-300 px-3 py-2 text-base" />
                  </label>
                  <button
                    type="submit"
                    disabled={product.variants.every((v) => v.stock === 0)}
                    className="flex-1 rounded-lg bg-saffron-700 px-4 py-3 text-base font-semibold text-white disabled:opacity-50"
                  >
                    {tc("add")}
                  </button>
                </div>
              </form>
            </>
          )}
          <Provenance provenance={product.provenance} locale={locale} />
        </section>
      </div>

      <section className="mt-8" aria-labelledby="description-title">
        <h2 id="description-title" className="mb-2 text-lg font-semibold">
          {t("description")}
        </h2>
        <LocalizedText as="p" value={product.description} pageLocale={locale} className="max-w-prose leading-relaxed" />
      </section>

      <section className="mt-8 rounded-xl border border-stone-200 bg-white p-4" aria-labelledby="seller-title" data-testid="seller-card">
        <h2 id="seller-title" className="text-sm font-medium text-stone-500">
          {t("seller")}
        </h2>
        <LocalizedText as="p" value={product.shop.name} pageLocale={locale} className="mt-1 text-lg font-semibold" />
        <p className="text-sm text-stone-600">{product.shop.place.map((r) => r.name.text).join(" · ")}</p>
        <LocalizedText as="p" value={product.shop.story} pageLocale={locale} className="mt-2 line-clamp-3 text-sm text-stone-700" />
        <StoreLink href={`/shops/${product.shop.slug}`} className="mt-3 inline-block font-medium text-saffron-700 underline">
          {t("visitShop")}
        </StoreLink>
      </section>

      {!foreign && product.moreFromShop.length > 0 && (
        <section className="mt-8" aria-labelledby="more-title">
          <h2 id="more-title" className="mb-4 text-lg font-semibold">
            {t("moreFromShop", { shop: product.shop.name.text })}
          </h2>
          <ProductGrid cards={product.moreFromShop} locale={locale} />
        </section>
      )}
    </article>
  );
}
