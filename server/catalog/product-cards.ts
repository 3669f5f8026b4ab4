import { and, asc, desc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DatabaseOrTx } from "@/db/client";
import { products, productTranslations, regions, shops, variants, productImages } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { localize, type Localized } from "./localize";

/** The translation in the shopper's language (absent when the seller has not written one yet). */
export const requestedText = alias(productTranslations, "requested_text");
/** The translation in the seller's own language, always present. */
const sourceText = alias(productTranslations, "source_text");

export interface ImageRef {
  path: string;
  width: number;
  height: number;
}

export interface ProductCard {
  slug: string;
  name: Localized;
  summary: Localized;
  /** lowest and highest variant price, in the currency's minor unit */
  price: { minMinor: number; maxMinor: number; currency: string };
  inStock: boolean;
  image: ImageRef | null;
  shopName: Localized;
  village: Localized | null;
}

/** Listed: an active product of an approved shop. */
export const isListed = and(eq(products.status, "active"), eq(shops.status, "approved"));

export interface CardQuery {
  where?: SQL;
  orderBy?: SQL[];
  limit: number;
  offset?: number;
}

/**
 * Product cards for listings, in the shopper's language with the seller's as
 * fallback, plus the total number of matches for pagination.
 */
export async function listProductCards(
  db: DatabaseOrTx,
  locale: Locale,
  query: CardQuery,
): Promise<{ cards: ProductCard[]; total: number }> {
  // one grouped pass over variants and one over images, rather than a subquery per card
  const price = db
    .select({
      productId: variants.productId,
      minPrice: sql<number>`min(${variants.priceMinor})`.mapWith(Number).as("min_price"),
      maxPrice: sql<number>`max(${variants.priceMinor})`.mapWith(Number).as("max_price"),
      currency: sql<string>`min(${variants.currency})`.as("currency"),
      stock: sql<number>`sum(${variants.stock})`.mapWith(Number).as("stock"),
    })
    .from(variants)
    .where(isNull(variants.archivedAt))
    .groupBy(variants.productId)
    .as("price");
  const firstImage = db
    .selectDistinctOn([productImages.productId], {
      productId: productImages.productId,
      path: productImages.path,
      width: productImages.width,
      height: productImages.height,
    })
    .from(productImages)
    .orderBy(productImages.productId, productImages.position)
    .as("first_image");

  const rows = await db
    .select({
      slug: products.slug,
      sourceLocale: products.sourceLocale,
      requestedName: requestedText.name,
      requestedSummary: requestedText.summary,
      sourceName: sourceText.name,
      sourceSummary: sourceText.summary,
      shopName: shops.name,
      villageName: regions.name,
      minPrice: price.minPrice,
      maxPrice: price.maxPrice,
      currency: price.currency,
      stock: price.stock,
      imagePath: firstImage.path,
      imageWidth: firstImage.width,
      imageHeight: firstImage.height,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(products)
    .innerJoin(shops, eq(shops.id, products.shopId))
    .innerJoin(sourceText, and(eq(sourceText.productId, products.id), eq(sourceText.locale, products.sourceLocale)))
    .leftJoin(requestedText, and(eq(requestedText.productId, products.id), eq(requestedText.locale, locale)))
    .leftJoin(regions, eq(regions.id, products.originRegionId))
    .innerJoin(price, eq(price.productId, products.id))
    .leftJoin(firstImage, eq(firstImage.productId, products.id))
    .where(and(isListed, query.where))
    .orderBy(...(query.orderBy ?? [desc(products.featured), asc(products.slug)]), asc(products.id))
    .limit(query.limit)
    .offset(query.offset ?? 0);

  const cards = rows.map((row): ProductCard => {
    const fallback = row.sourceLocale as Locale;
    return {
      slug: row.slug,
      name: row.requestedName !== null ? { text: row.requestedName, locale } : { text: row.sourceName, locale: fallback },
      summary:
        row.requestedName !== null
          ? { text: row.requestedSummary ?? "", locale }
          : { text: row.sourceSummary, locale: fallback },
      price: { minMinor: row.minPrice, maxMinor: row.maxPrice, currency: row.currency },
      inStock: row.stock > 0,
      image:
        row.imagePath && row.imageWidth && row.imageHeight
          ? { path: row.imagePath, width: row.imageWidth, height: row.imageHeight }
          : null,
      shopName: localize(row.shopName, locale, fallback),
      village: row.villageName ? localize(row.villageName, locale, fallback) : null,
    };
  });
  return { cards, total: rows[0]?.total ?? 0 };
}
