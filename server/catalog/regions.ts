import { eq, inArray, sql } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { markets, regions, type Region } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { localize, type Localized } from "./localize";

export interface RegionRef {
  slug: string;
  level: Region["level"];
  name: Localized;
}

export function regionRef(region: Pick<Region, "slug" | "level" | "name">, locale: Locale, fallback: Locale): RegionRef {
  return { slug: region.slug, level: region.level, name: localize(region.name, locale, fallback) };
}

/** The region and its ancestors, province first. */
export async function regionPath(db: DatabaseOrTx, regionId: string): Promise<(Region & { defaultLocale: string })[]> {
  const result = await db.execute<{ id: string; depth: number }>(sql`
    with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from ${regions} where id = ${regionId}
      union all
      select r.id, r.parent_id, up.depth + 1 from ${regions} r join up on r.id = up.parent_id
    )
    select id, depth from up`);
  const order = new Map(result.rows.map((row) => [row.id, Number(row.depth)]));
  if (order.size === 0) return [];
  const rows = await db
    .select({ region: regions, defaultLocale: markets.defaultLocale })
    .from(regions)
    .innerJoin(markets, eq(markets.code, regions.marketCode))
    .where(inArray(regions.id, [...order.keys()]));
  return rows
    .map((row) => ({ ...row.region, defaultLocale: row.defaultLocale }))
    .sort((a, b) => (order.get(b.id) ?? 0) - (order.get(a.id) ?? 0));
}

/** SQL condition: the column holds the region or any region below it. */
export function inRegionSubtree(column: unknown, regionId: string) {
  return sql`${column} in (
    with recursive down(id) as (
      select ${regionId}::uuid
      union all
      select r.id from ${regions} r join down on r.parent_id = down.id
    )
    select id from down)`;
}
