import { and, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { regions, type Region } from "@/db/schema";
import { rowsOf } from "./sql-rows";

/** The levels addresses point at: a village, or a commune where a market's map has no villages below it. */
export const ADDRESS_LEVELS: Region["level"][] = ["village", "commune"];

/** SQL: the region is on today's map (not merged away or renamed, not yet to come). */
export function onCurrentMap(): SQL {
  return and(
    or(isNull(regions.validFrom), sql`${regions.validFrom} <= current_date`),
    or(isNull(regions.validTo), sql`${regions.validTo} > current_date`),
  ) as SQL;
}

/** The region is on the map on `day` (YYYY-MM-DD, default today in UTC). */
export function isOnMap(region: Pick<Region, "validFrom" | "validTo">, day = new Date().toISOString().slice(0, 10)): boolean {
  return (region.validFrom === null || region.validFrom <= day) && (region.validTo === null || region.validTo > day);
}

/** SQL: the region is a place an address can point at today. */
export function isCurrentAddress(): SQL {
  return and(inArray(regions.level, ADDRESS_LEVELS), onCurrentMap()) as SQL;
}

/**
 * The region that stands today for one that was merged or renamed: follows
 * "replaced by" to its end (a merged commune merged again), or the region
 * itself when nothing replaced it. Null for an unknown id.
 */
export async function currentRegionOf(db: DatabaseOrTx, regionId: string): Promise<Region | null> {
  const result = await db.execute(sql`
    with recursive chain(id, replaced_by_id, hops) as (
      select id, replaced_by_id, 0 from ${regions} where id = ${regionId}
      union all
      select r.id, r.replaced_by_id, chain.hops + 1 from ${regions} r join chain on r.id = chain.replaced_by_id where chain.hops < 16
    )
    select id from chain order by hops desc limit 1`);
  const id = rowsOf<{ id: string }>(result)[0]?.id;
  if (!id) return null;
  const [region] = await db.select().from(regions).where(eq(regions.id, id));
  return region ?? null;
}
