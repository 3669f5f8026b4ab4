import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { categories, markets, products, regions, shops } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import type { MarketInput } from "./catalog.schema";
import { localize, type Localized } from "./localize";
import { listedIn, listProductCards, type ProductCard } from "./product-cards";
import { originCounty, originProvince, originProvinceId, originVillage } from "./regions";

export interface ProvinceSummary {
  id: string;
  slug: string;
  marketCode: string;
  marketName: Localized;
  name: Localized;
  productCount: number;
}

export interface CategorySummary {
  slug: string;
  name: Localized;
  productCount: number;
}

export interface Home {
  provinces: ProvinceSummary[];
  categories: CategorySummary[];
  featured: ProductCard[];
}

const FEATURED_COUNT = 8;

/** Counts listed products (of the market, when one is chosen) per category, every category included. */
export async function listCategories(db: DatabaseOrTx, locale: Locale, market?: string | null): Promise<CategorySummary[]> {
  const listed = db
    .select({ categoryId: products.categoryId, n: sql<number>`count(*)`.mapWith(Number).as("n") })
    .from(products)
    .innerJoin(shops, eq(shops.id, products.shopId))
    .where(listedIn(market))
    .groupBy(products.categoryId)
    .as("listed");
  const rows = await db
    .select({ slug: categories.slug, name: categories.name, productCount: sql<number>`coalesce(${listed.n}, 0)`.mapWith(Number) })
    .from(categories)
    .leftJoin(listed, eq(listed.categoryId, categories.id))
    .orderBy(asc(categories.position));
  return rows.map((row) => ({ slug: row.slug, name: localize(row.name, locale), productCount: row.productCount }));
}

/** Provinces (of the market, or of every market) with how many listed products come from each: one grouped query. */
export async function listProvinces(db: DatabaseOrTx, locale: Locale, market?: string | null): Promise<ProvinceSummary[]> {
  const counted = db
    .select({ provinceId: sql<string>`${originProvinceId}`.as("province_id"), n: sql<number>`count(*)`.mapWith(Number).as("n") })
    .from(products)
    .innerJoin(shops, eq(shops.id, products.shopId))
    .innerJoin(originVillage, eq(originVillage.id, products.originRegionId))
    .leftJoin(originCounty, eq(originCounty.id, originVillage.parentId))
    .leftJoin(originProvince, eq(originProvince.id, originCounty.parentId))
    .where(listedIn(market))
    .groupBy(originProvinceId)
    .as("counted");
  const rows = await db
    .select({
      id: regions.id,
      slug: regions.slug,
      marketCode: regions.marketCode,
      name: regions.name,
      marketName: markets.name,
      defaultLocale: markets.defaultLocale,
      productCount: sql<number>`coalesce(${counted.n}, 0)`.mapWith(Number),
    })
    .from(regions)
    .innerJoin(markets, eq(markets.code, regions.marketCode))
    .leftJoin(counted, eq(counted.provinceId, regions.id))
    .where(and(eq(regions.level, "province"), market ? eq(regions.marketCode, market) : undefined))
    .orderBy(asc(markets.position), asc(regions.position));
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    marketCode: row.marketCode,
    marketName: localize(row.marketName, locale),
    name: localize(row.name, locale, row.defaultLocale as Locale),
    productCount: row.productCount,
  }));
}

/** The home page: the market's regions, specialities and featured products. */
export async function getHome(db: DatabaseOrTx, input: MarketInput): Promise<Home> {
  const [provinces, categoryList, featured] = await Promise.all([
    listProvinces(db, input.locale, input.market),
    listCategories(db, input.locale, input.market),
    listProductCards(db, input.locale, {
      where: eq(products.featured, true),
      market: input.market,
      orderBy: [desc(products.updatedAt), asc(products.slug)],
      limit: FEATURED_COUNT,
    }),
  ]);
  return { provinces, categories: categoryList, featured: featured.cards };
}
