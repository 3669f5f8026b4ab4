import { and, asc, eq, lte, sql } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { s10Ranges, type PostalService } from "@/db/schema";
import { AppError } from "../errors";
import { formatS10 } from "./s10";

export interface AllocatedNumber {
  trackingNumber: string;
  rangeId: string;
  /** serials left in the range after this one */
  remaining: number;
  /** true once fewer than the range's warning mark remain: admins should ask the operator for more */
  low: boolean;
}

/**
 * The next S10 number of a market's service. One conditional UPDATE moves the
 * range's counter, so no number is ever handed out twice, whatever the
 * concurrency; a used-up range moves on to the next, and when all are used up
 * the answer is a clear error.
 */
export async function allocateTrackingNumber(db: DatabaseOrTx, marketCode: string, service: PostalService): Promise<AllocatedNumber> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const [range] = await db
      .select({ id: s10Ranges.id })
      .from(s10Ranges)
      .where(and(eq(s10Ranges.marketCode, marketCode), eq(s10Ranges.service, service), lte(s10Ranges.nextSerial, s10Ranges.lastSerial)))
      .orderBy(asc(s10Ranges.firstSerial))
      .limit(1);
    if (!range) break;
    const [taken] = await db
      .update(s10Ranges)
      .set({ nextSerial: sql`${s10Ranges.nextSerial} + 1` })
      .where(and(eq(s10Ranges.id, range.id), lte(s10Ranges.nextSerial, s10Ranges.lastSerial)))
      .returning({
        serial: sql<number>`${s10Ranges.nextSerial} - 1`.mapWith(Number),
        lastSerial: s10Ranges.lastSerial,
        prefix: s10Ranges.prefix,
        country: s10Ranges.country,
        warnBelow: s10Ranges.warnBelow,
      });
    // another allocation used the range up between the two statements: look again
    if (!taken) continue;
    const remaining = taken.lastSerial - taken.serial;
    return {
      trackingNumber: formatS10(taken.prefix, taken.serial, taken.country),
      rangeId: range.id,
      remaining,
      low: remaining < taken.warnBelow,
    };
  }
  throw new AppError("CONFLICT", "trackingNumbersExhausted", { service });
}

/**
 * What is left of each market's numbers per service, for the admins' warning:
 * the ranges of a service add up, and it is low when fewer remain in all of
 * them than the warning mark of the range in use.
 */
export async function rangeReport(db: DatabaseOrTx) {
  const rows = await db.select().from(s10Ranges).orderBy(asc(s10Ranges.marketCode), asc(s10Ranges.service), asc(s10Ranges.firstSerial));
  const report = new Map<string, { marketCode: string; service: PostalService; prefixes: string[]; remaining: number; warnBelow: number; ranges: number }>();
  for (const r of rows) {
    const key = `${r.marketCode}:${r.service}`;
    const entry = report.get(key) ?? { marketCode: r.marketCode, service: r.service, prefixes: [], remaining: 0, warnBelow: 0, ranges: 0 };
    const remaining = Math.max(0, r.lastSerial - r.nextSerial + 1);
    if (!entry.prefixes.includes(r.prefix)) entry.prefixes.push(r.prefix);
    entry.remaining += remaining;
    entry.ranges += 1;
    // the mark of the first range that still has numbers (the one in use)
    if (entry.warnBelow === 0 && remaining > 0) entry.warnBelow = r.warnBelow;
    report.set(key, entry);
  }
  return [...report.values()].map(({ warnBelow, ...entry }) => ({ ...entry, low: entry.remaining < Math.max(warnBelow, 1) }));
}
