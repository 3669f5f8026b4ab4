import { and, eq, gte, isNull, lte, or, sql } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { calendarExceptions, markets, regions, routeSchedules } from "@/db/schema";
import { addDays, dayIn, routeDaysFrom, type DayException } from "./calendar-days";

const HORIZON = 60;

/** A market's day-offs and extra days over a stretch, for one region: the whole market's, and those of the region or any region above it. */
export async function exceptionsFor(db: DatabaseOrTx, marketCode: string, regionId: string | null, from: string, to: string): Promise<DayException[]> {
  const forRegion = regionId
    ? sql`${calendarExceptions.regionId} in (
        with recursive up(id, parent_id, depth) as (
          select id, parent_id, 0 from ${regions} where id = ${regionId}
          union all
          select r.id, r.parent_id, up.depth + 1 from ${regions} r join up on r.id = up.parent_id where up.depth < 8
        ) select id from up)`
    : undefined;
  return db
    .select({ day: calendarExceptions.day, kind: calendarExceptions.kind })
    .from(calendarExceptions)
    .where(
      and(
        eq(calendarExceptions.marketCode, marketCode),
        gte(calendarExceptions.day, from),
        lte(calendarExceptions.day, to),
        or(isNull(calendarExceptions.regionId), forRegion),
      ),
    );
}

/**
 * The next route days of a village from the calendar, in its market's time
 * zone: its weekly days, less the holidays and cancellations, plus extra days.
 * `offset` skips days from today (1: from tomorrow).
 */
export async function villageRouteDays(db: DatabaseOrTx, regionId: string, count: number, now = new Date(), offset = 0): Promise<string[]> {
  const [row] = await db
    .select({ marketCode: regions.marketCode, timeZone: markets.timeZone, weekdays: routeSchedules.weekdays })
    .from(regions)
    .innerJoin(markets, eq(markets.code, regions.marketCode))
    .leftJoin(routeSchedules, eq(routeSchedules.regionId, regions.id))
    .where(eq(regions.id, regionId));
  if (!row) return [];
  const first = addDays(dayIn(row.timeZone, now), offset);
  const exceptions = await exceptionsFor(db, row.marketCode, regionId, first, addDays(first, HORIZON));
  return routeDaysFrom(row.weekdays ?? [], exceptions, first, count, HORIZON);
}

/** The days a market's post works (for drop-offs and redelivery): every day but its market-wide holidays, from its today. */
export async function workingDays(db: DatabaseOrTx, marketCode: string, count: number, now = new Date(), offset = 0): Promise<string[]> {
  const [market] = await db.select({ timeZone: markets.timeZone }).from(markets).where(eq(markets.code, marketCode));
  const first = addDays(dayIn(market?.timeZone ?? "UTC", now), offset);
  const exceptions = await exceptionsFor(db, marketCode, null, first, addDays(first, HORIZON));
  return routeDaysFrom([0, 1, 2, 3, 4, 5, 6], exceptions, first, count, HORIZON);
}
