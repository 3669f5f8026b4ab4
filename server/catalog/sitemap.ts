import { asc, eq } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { categories, products, regions, shops } from "@/db/schema";
import { isListed } from "./product-cards";

/** The most addresses one sitemap file may hold (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapEntry {
  /** the path after the language, "" for the home page */
  path: string;
  lastModified?: Date;
}

/** What a search engine should find in each language: home, specialities, regions, approved shops, listed products. */
export async function sitemapEntries(db: DatabaseOrTx): Promise<SitemapEntry[]> {
  const [categoryRows, regionRows, shopRows] = await Promise.all([
    db.select({ slug: categories.slug }).from(categories).orderBy(asc(categories.position)),
    db.select({ slug: regions.slug }).from(regions).orderBy(asc(regions.marketCode), asc(regions.position)),
    db.select({ slug: shops.slug }).from(shops).where(eq(shops.status, "approved")).orderBy(asc(shops.slug)),
  ]);
  const fixed: SitemapEntry[] = [
    { path: "" },
    ...categoryRows.map((c) => ({ path: `/categories/${c.slug}` })),
    ...regionRows.map((r) => ({ path: `/regions/${r.slug}` })),
    ...shopRows.map((s) => ({ path: `/shops/${s.slug}` })),
  ];
  const productRows = await db
    .select({ slug: products.slug, updatedAt: products.updatedAt })
    .from(products)
    .innerJoin(shops, eq(shops.id, products.shopId))
    .where(isListed)
    .orderBy(asc(products.slug))
    .limit(Math.max(0, SITEMAP_LIMIT - fixed.length));
  return [...fixed, ...productRows.map((p) => ({ path: `/products/${p.slug}`, lastModified: p.updatedAt }))];
}
