import { sql } from "drizzle-orm";
import type { Database, Tx } from "../client";
import * as s from "../schema";
import { categories } from "./data/categories";
import { markets } from "./data/markets";
import type { MarketCode, SeedMarketData, SeedRegion } from "./types";
import { demoMarkets } from "./data";

const IMAGE_SIZE = 800;

function first<T>(rows: T[], what: string): T {
  const [row] = rows;
  if (!row) throw new Error(`Seeding ${what} returned no row`);
  return row;
}
const CURRENCY: Record<MarketCode, string> = { IR: "IRR", CN: "CNY", VN: "VND" };
const SOURCE_LOCALE: Record<MarketCode, string> = { IR: "fa", CN: "zh", VN: "vi" };

/** True when the demo (or any) marketplace data is present. */
export async function isSeeded(db: Database): Promise<boolean> {
  const rows = await db.select({ code: s.markets.code }).from(s.markets).limit(1);
  return rows.length > 0;
}

/** Removes all catalog data (for `npm run db:seed -- --reset`). */
export async function resetCatalog(db: Database): Promise<void> {
  await db.execute(
    sql`truncate ${s.productImages}, ${s.variants}, ${s.productTranslations}, ${s.products}, ${s.categories}, ${s.shops}, ${s.regions}, ${s.markets} cascade`,
  );
}

async function insertRegions(tx: Tx, market: MarketCode, nodes: SeedRegion[], parentId: string | null, depth: number, ids: Map<string, string>) {
  const level = (["province", "county", "village"] as const)[depth];
  if (!level) throw new Error(`Region tree of ${market} is deeper than province → county → village`);
  for (const [position, node] of nodes.entries()) {
    const row = first(
      await tx
        .insert(s.regions)
        .values({ slug: node.slug, marketCode: market, parentId, level, name: node.name, lat: node.lat, lng: node.lng, position })
        .returning({ id: s.regions.id }),
      `region ${node.slug}`,
    );
    ids.set(node.slug, row.id);
    if (node.children) await insertRegions(tx, market, node.children, row.id, depth + 1, ids);
  }
}

async function insertMarket(tx: Tx, data: SeedMarketData, categoryIds: Map<string, string>) {
  const regionIds = new Map<string, string>();
  await insertRegions(tx, data.market, data.regions, null, 0, regionIds);
  const need = (map: Map<string, string>, key: string, what: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Seed data of ${data.market}: unknown ${what} "${key}"`);
    return id;
  };
  const shopIds = new Map<string, string>();
  for (const shop of data.shops) {
    const rows = await tx
      .insert(s.shops)
      .values({
        slug: shop.slug,
        marketCode: data.market,
        villageId: need(regionIds, shop.village, "village"),
        status: "approved",
        name: shop.name,
        story: shop.story,
        phone: shop.phone,
      })
      .returning({ id: s.shops.id });
    shopIds.set(shop.slug, first(rows, `shop ${shop.slug}`).id);
  }
  for (const product of data.products) {
    const rows = await tx
      .insert(s.products)
      .values({
        slug: product.slug,
        shopId: need(shopIds, product.shop, "shop"),
        categoryId: need(categoryIds, product.category, "category"),
        status: "active",
        featured: product.featured ?? false,
        sourceLocale: SOURCE_LOCALE[data.market],
        originRegionId: need(regionIds, product.originVillage, "village"),
        harvestedOn: product.harvestedOn ?? null,
        harvestSeason: product.harvestSeason ?? null,
        certificationKind: product.certificationKind ?? null,
      })
      .returning({ id: s.products.id });
    const productId = first(rows, `product ${product.slug}`).id;
    await tx.insert(s.productTranslations).values(
      (["fa", "zh", "vi", "en"] as const).map((locale) => ({
        productId,
        locale,
        name: product.name[locale],
        summary: product.summary[locale],
        description: product.description[locale],
        certification: product.certification?.[locale] ?? null,
      })),
    );
    await tx.insert(s.variants).values(
      product.variants.map((variant, position) => ({
        productId,
        sku: variant.sku,
        label: variant.label,
        priceMinor: variant.priceMinor,
        currency: CURRENCY[data.market],
        stock: variant.stock,
        weightGrams: variant.weightGrams,
        position,
      })),
    );
    await tx.insert(s.productImages).values(
      [1, 2].map((n, position) => ({
        productId,
        path: `/images/products/${product.slug}-${n}.webp`,
        width: IMAGE_SIZE,
        height: IMAGE_SIZE,
        position,
      })),
    );
  }
}

/** Writes the demo marketplace (three markets, their regions, shops and products) in one transaction. */
export async function seed(db: Database, data: SeedMarketData[] = demoMarkets): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(s.markets).values([...markets]);
    const rows = await tx
      .insert(s.categories)
      .values(categories.map((c, position) => ({ slug: c.slug, name: c.name, position })))
      .returning({ id: s.categories.id, slug: s.categories.slug });
    const categoryIds = new Map(rows.map((r) => [r.slug, r.id]));
    for (const market of data) await insertMarket(tx, market, categoryIds);
  });
}
