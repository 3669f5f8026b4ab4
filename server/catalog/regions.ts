import { inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DatabaseOrTx } from "@/db/client";
import { regions, type Region } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { rowsOf } from "../network/sql-rows";
import { localize, type Localized } from "./localize";

export interface RegionRef {
  slug: string;
  level: Region["level"];
  name: Localized;
}

export function regionRef(region: Pick<Region, "slug" | "level" | "name">, locale: Locale, fallback: Locale): RegionRef {
  return { slug: region.slug, level: region.level, name: localize(region.name, locale, fallback) };
}

/** The region and its ancestors, province first, however deep the market's map is. */
export async function regionPath(db: DatabaseOrTx, regionId: string): Promise<Region[]> {
  const result = await db.execute(sql`
    with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from ${regions} where id = ${regionId}
      union all
      select r.id, r.parent_id, up.depth + 1 from ${regions} r join up on r.id = up.parent_id where up.depth < 8
    )
    select id, depth from up`);
  const chain = rowsOf<{ id: string; depth: number }>(result);
  if (chain.length === 0) return [];
  const rows = await db.select().from(regions).where(inArray(regions.id, chain.map((c) => c.id)));
  const depthOf = new Map(chain.map((c) => [c.id, Number(c.depth)]));
  return rows.sort((a, b) => (depthOf.get(b.id) ?? 0) - (depthOf.get(a.id) ?? 0));
}

/**
 * The ids on the path of each region, province first, for many regions in one
 * statement (a quote reads every shop's path and the destination's at once).
 */
export async function regionIdPaths(db: DatabaseOrTx, regionIds: string[]): Promise<Map<string, string[]>> {
  const starts = [...new Set(regionIds)];
  if (starts.length === 0) return new Map();
  const result = await db.execute(sql`
    with recursive up(start, id, parent_id, depth) as (
      select id, id, parent_id, 0 from ${regions} where id = any(${sql.param(starts)}::uuid[])
      union all
      select up.start, r.id, r.parent_id, up.depth + 1 from ${regions} r join up on r.id = up.parent_id where up.depth < 8
    )
    select start, id from up order by start, depth desc`);
  const paths = new Map<string, string[]>();
  for (const row of rowsOf<{ start: string; id: string }>(result)) {
    const path = paths.get(row.start) ?? [];
    path.push(row.id);
    paths.set(row.start, path);
  }
  return paths;
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

/** A product's origin village, its county and its province (join these in this order). */
export const originVillage = alias(regions, "origin_village");
export const originCounty = alias(regions, "origin_county");
export const originProvince = alias(regions, "origin_province");

/** The top of the origin's path (three levels deep): the province a product comes from. */
export const originProvinceId = sql<string | null>`coalesce(${originProvince.id}, ${originCounty.id}, ${originVillage.id})`;
