import { sql } from "drizzle-orm";
import { revalidateTag, unstable_cache } from "next/cache";
import type { DatabaseOrTx } from "@/db/client";

/**
 * Storefront pages are rendered once per (language, market) and kept (see
 * app/[locale]/[market]/layout.tsx). Each page carries the tags of what it
 * shows; a seller's or admin's edit drops only the pages with its tags: the
 * product, its shop, its category and its regions (the village and every
 * region above it), the home page's lists and every kept search.
 */
export const storefrontTag = {
  product: (slug: string) => `product:${slug}`,
  shop: (slug: string) => `shop:${slug}`,
  category: (slug: string) => `category:${slug}`,
  region: (slug: string) => `region:${slug}`,
  /** the home page: featured products and the counts per province and speciality */
  home: "home",
  /** every kept search page: any product edit can change what a search finds, its order and its counts */
  search: "search",
} as const;

/**
 * Marks the page being rendered with these tags, so `refreshStorefront` with
 * any of them drops it. Next.js gathers the tags of the cached calls a page
 * makes while it renders; this call caches nothing but the tags themselves.
 * On a page rendered per request it only costs a lookup.
 */
export async function tagPage(tags: string[]): Promise<void> {
  const unique = [...new Set(tags)].sort();
  await unstable_cache(async () => true, ["storefront-page-tags", ...unique], { tags: unique })();
}

/**
 * Drops the cached storefront pages that carry any of these tags, at once
 * (the next visit renders them anew). Outside a Next.js request (tests,
 * command-line scripts) there is no page cache to drop.
 */
export function refreshStorefront(tags: Iterable<string>): void {
  for (const tag of new Set(tags)) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch {
      // no Next.js request context: nothing is cached in this process
    }
  }
}

/**
 * The tags of the pages that show these products, or every product of these
 * shops: product, shop, category, the origin region and the shop's region with
 * every region above them, the home page and the searches. One statement.
 */
export async function storefrontTagsOf(db: DatabaseOrTx, of: { productIds?: string[]; productSlugs?: string[]; shopIds?: string[] }): Promise<string[]> {
  const productIds = of.productIds ?? [];
  const productSlugs = of.productSlugs ?? [];
  const shopIds = of.shopIds ?? [];
  if (productIds.length + productSlugs.length + shopIds.length === 0) return [storefrontTag.home, storefrontTag.search];
  const result = (await db.execute(sql`
    with recursive shown as (
      select p.slug as product_slug, s.slug as shop_slug, c.slug as category_slug, p.origin_region_id, s.village_id as shop_region_id
      from products p
      join shops s on s.id = p.shop_id
      join categories c on c.id = p.category_id
      where p.id = any(${sql.param(productIds)}::uuid[]) or p.slug = any(${sql.param(productSlugs)}::text[])
         or p.shop_id = any(${sql.param(shopIds)}::uuid[])
      union all
      select null, s.slug, null, null, s.village_id from shops s where s.id = any(${sql.param(shopIds)}::uuid[])
    ),
    places as (
      select r.id, r.slug, r.parent_id from regions r
      where r.id in (select origin_region_id from shown union select shop_region_id from shown)
      union
      select r.id, r.slug, r.parent_id from regions r join places on r.id = places.parent_id
    )
    select 'product' as kind, product_slug as slug from shown where product_slug is not null
    union select 'shop', shop_slug from shown
    union select 'category', category_slug from shown where category_slug is not null
    union select 'region', slug from places`)) as unknown as { rows: { kind: "product" | "shop" | "category" | "region"; slug: string }[] };
  return [storefrontTag.home, storefrontTag.search, ...result.rows.map((row) => storefrontTag[row.kind](row.slug))];
}
