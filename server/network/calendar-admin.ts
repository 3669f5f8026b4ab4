import { and, asc, eq, gte } from "drizzle-orm";
import type { Database, DatabaseOrTx } from "@/db/client";
import { calendarExceptions, markets, regions } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { localize } from "../catalog/localize";
import { AppError } from "../errors";
import type { SessionUser } from "../trpc/context";
import { recordChange } from "./audit";
import { addDays, dayIn } from "./calendar-days";

export interface CalendarDayInput {
  marketCode: string;
  /** a region's code: the day applies to it and every region below; null: the whole market */
  regionCode: string | null;
  day: string;
  kind: "holiday" | "cancelled" | "extra";
  name: string;
}

/** Adds a holiday, a cancelled day or an extra route day to a market's calendar (audited). Adding it twice changes nothing. */
export async function addCalendarDay(db: Database, admin: Pick<SessionUser, "id">, input: CalendarDayInput) {
  return db.transaction(async (tx) => {
    const [market] = await tx.select({ code: markets.code, defaultLocale: markets.defaultLocale }).from(markets).where(eq(markets.code, input.marketCode));
    if (!market) throw new AppError("BAD_REQUEST", "marketNotFound");
    let regionId: string | null = null;
    if (input.regionCode) {
      const [region] = await tx
        .select({ id: regions.id })
        .from(regions)
        .where(and(eq(regions.marketCode, market.code), eq(regions.code, input.regionCode)));
      if (!region) throw new AppError("BAD_REQUEST", "regionNotFound");
      regionId = region.id;
    }
    if (input.kind !== "holiday" && !regionId) throw new AppError("BAD_REQUEST", "calendarDayNeedsRegion");
    const added = await tx
      .insert(calendarExceptions)
      .values({ marketCode: market.code, regionId, day: input.day, kind: input.kind, name: input.name ? { [market.defaultLocale]: input.name } : {} })
      .onConflictDoNothing()
      .returning({ id: calendarExceptions.id });
    if (added.length > 0) await recordChange(tx, admin.id, "calendar.add", { market: market.code, region: input.regionCode, day: input.day, kind: input.kind, name: input.name });
    return { added: added.length > 0 };
  });
}

/** Removes a day from the calendar (audited). */
export async function removeCalendarDay(db: Database, admin: Pick<SessionUser, "id">, id: string) {
  return db.transaction(async (tx) => {
    const [removed] = await tx.delete(calendarExceptions).where(eq(calendarExceptions.id, id)).returning();
    if (!removed) throw new AppError("NOT_FOUND", "notFound");
    await recordChange(tx, admin.id, "calendar.remove", { market: removed.marketCode, day: removed.day, kind: removed.kind });
    return { removed: true };
  });
}

/** A market's calendar from its today on (at most 200 days listed). */
export async function listCalendar(db: DatabaseOrTx, marketCode: string, locale: Locale) {
  const [market] = await db.select({ timeZone: markets.timeZone }).from(markets).where(eq(markets.code, marketCode));
  if (!market) throw new AppError("BAD_REQUEST", "marketNotFound");
  const rows = await db
    .select({ id: calendarExceptions.id, day: calendarExceptions.day, kind: calendarExceptions.kind, name: calendarExceptions.name, regionName: regions.name, regionCode: regions.code })
    .from(calendarExceptions)
    .leftJoin(regions, eq(regions.id, calendarExceptions.regionId))
    .where(and(eq(calendarExceptions.marketCode, marketCode), gte(calendarExceptions.day, addDays(dayIn(market.timeZone), -1))))
    .orderBy(asc(calendarExceptions.day))
    .limit(200);
  return rows.map((r) => ({ ...r, name: localize(r.name, locale).text, regionName: r.regionName && localize(r.regionName, locale).text }));
}
