import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
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
  /** the market the product ships in (its shop's) */
  marketCode: string;
}

/** Listed: an active product of an approved shop. */
export const isListed = and(eq(products.status, "active"), eq(shops.status, "approved"));

/** Listed, and in the shopper's market when one is chosen. */
export function listedIn(market: string | null | undefined): SQL | undefined {
  return and(isListed, market ? eq(shops.marketCode, market) : undefined);
}

export interface CardQuery {
  where?: SQL;
  orderBy?: SQL[];
  /** the shopper's market: only its products are listed */
  market?: string | null;
  limit: number;
  offset?: number;
}

/**
 * Product cards for listings, in the shopper's language with the seller's as
 * fallback, plus the total number of matches for pagination. The page of ids
 * is chosen first (indexes on products and shops only), then price and image
 * are read for those cards alone.
 */
export async function listProductCards(
  db: DatabaseOrTx,
  locale: Locale,
  query: CardQuery,
): Promise<{ cards: ProductCard[]; total: number }> {
  const where = and(listedIn(query.market), query.where);
  const [page, [counted]] = await Promise.all([
    db
      .select({ id: products.id })
      .from(products)
      .innerJoin(shops, eq(shops.id, products.shopId))
      .where(where)
      .orderBy(...(query.orderBy ?? [desc(products.featured), asc(products.slug)]), asc(products.id))
      .limit(query.limit)
      .offset(query.offset ?? 0),
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(products)
      .innerJoin(shops, eq(shops.id, products.shopId))
      .where(where),
  ]);
  return { cards: await productCardsByIds(db, locale, page.map((row) => row.id)), total: counted?.n ?? 0 };
}

/**
 * The cards of these products, in the order given: one LATERAL price and first
 * image per card (index scans on variants and images), never a pass over all.
 */
export async function productCardsByIds(db: DatabaseOrTx, locale: Locale, ids: string[]): Promise<ProductCard[]> {
  if (ids.length === 0) return [];
  const price = db
    .select({
      minPrice: sql<number>`min(${variants.priceMinor})`.mapWith(Number).as("min_price"),
      maxPrice: sql<number>`max(${variants.priceMinor})`.mapWith(Number).as("max_price"),
      currency: sql<string>`min(${variants.currency})`.as("currency"),
      stock: sql<number>`coalesce(sum(${variants.stock}), 0)`.mapWith(Number).as("stock"),
    })
    .from(variants)
    // sizes a seller removed after they were ordered stay archived, not priced
    .where(and(eq(variants.productId, products.id), isNull(variants.archivedAt)))
    .as("price");
  const firstImage = db
    .select({ path: productImages.path, width: productImages.width, height: productImages.height })
    .from(productImages)
    .where(eq(productImages.productId, products.id))
    .orderBy(asc(productImages.position))
    .limit(1)
    .as("first_image");

  const rows = await db
    .select({
      id: products.id,
      slug: products.slug,
      sourceLocale: products.sourceLocale,
      marketCode: shops.marketCode,
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
    })
    .from(products)
    .innerJoin(shops, eq(shops.id, products.shopId))
    .innerJoin(sourceText, and(eq(sourceText.productId, products.id), eq(sourceText.locale, products.sourceLocale)))
    .leftJoin(requestedText, and(eq(requestedText.productId, products.id), eq(requestedText.locale, locale)))
    .leftJoin(regions, eq(regions.id, products.originRegionId))
    .innerJoinLateral(price, sql`true`)
    .leftJoinLateral(firstImage, sql`true`)
    .where(inArray(products.id, ids));

  const order = new Map(ids.map((id, i) => [id, i]));
  rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return rows
    .filter((row) => row.currency !== null)
    .map((row): ProductCard => {
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
        marketCode: row.marketCode,
      };
    });
}
