import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { categories, markets, products, regions, shops } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import type { LocaleInput } from "./catalog.schema";
import { localize, type Localized } from "./localize";
import { isListed, listProductCards, type ProductCard } from "./product-cards";
import { inRegionSubtree } from "./regions";

export interface ProvinceSummary {
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

/** Counts listed products per category, every category included. */
export async function listCategories(db: DatabaseOrTx, locale: Locale): Promise<CategorySummary[]> {
  const rows = await db
    .select({ slug: categories.slug, name: categories.name, productCount: sql<number>`count(${shops.id})`.mapWith(Number) })
    .from(categories)
    .leftJoin(products, and(eq(products.categoryId, categories.id), eq(products.status, "active")))
    .leftJoin(shops, and(eq(shops.id, products.shopId), eq(shops.status, "approved")))
    .groupBy(categories.id)
    .orderBy(asc(categories.position));
  return rows.map((row) => ({ slug: row.slug, name: localize(row.name, locale), productCount: row.productCount }));
}

/** Provinces of every market with how many listed products come from each. */
export async function listProvinces(db: DatabaseOrTx, locale: Locale): Promise<ProvinceSummary[]> {
  const rows = await db
    .select({ id: regions.id, slug: regions.slug, marketCode: regions.marketCode, name: regions.name, marketName: markets.name, defaultLocale: markets.defaultLocale })
    .from(regions)
    .innerJoin(markets, eq(markets.code, regions.marketCode))
    .where(eq(regions.level, "province"))
    .orderBy(asc(markets.position), asc(regions.position));
  return Promise.all(
    rows.map(async (row) => {
      const [counted] = await db
        .select({ n: sql<number>`count(*)`.mapWith(Number) })
        .from(products)
        .innerJoin(shops, eq(shops.id, products.shopId))
        .where(sql`${isListed} and ${inRegionSubtree(products.originRegionId, row.id)}`);
      return {
        slug: row.slug,
        marketCode: row.marketCode,
        marketName: localize(row.marketName, locale),
        name: localize(row.name, locale, row.defaultLocale as Locale),
        productCount: counted?.n ?? 0,
      };
    }),
  );
}

/** The home page: featured regions and specialities. */
export async function getHome(db: DatabaseOrTx, input: LocaleInput): Promise<Home> {
  const [provinces, categoryList, featured] = await Promise.all([
    listProvinces(db, input.locale),
    listCategories(db, input.locale),
    listProductCards(db, input.locale, {
      where: eq(products.featured, true),
      orderBy: [desc(products.updatedAt), asc(products.slug)],
      limit: FEATURED_COUNT,
    }),
  ]);
  return { provinces, categories: categoryList, featured: featured.cards };
}
