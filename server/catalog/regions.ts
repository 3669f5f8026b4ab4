import { eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DatabaseOrTx } from "@/db/client";
import { regions, type Region } from "@/db/schema";
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

const parent = alias(regions, "parent");
const grandparent = alias(regions, "grandparent");

/** The region and its ancestors, province first (the hierarchy is three levels deep). */
export async function regionPath(db: DatabaseOrTx, regionId: string): Promise<Region[]> {
  const [row] = await db
    .select({ region: regions, parent, grandparent })
    .from(regions)
    .leftJoin(parent, eq(parent.id, regions.parentId))
    .leftJoin(grandparent, eq(grandparent.id, parent.parentId))
    .where(eq(regions.id, regionId));
  if (!row) return [];
  return [row.grandparent, row.parent, row.region].filter((r): r is Region => r !== null);
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
