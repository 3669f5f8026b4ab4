import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { s10Ranges, type PostalService } from "@/db/schema";
import { AppError } from "../errors";
import { rowsOf } from "../network/sql-rows";
import { formatS10 } from "./s10";

export interface AllocatedNumber {
  trackingNumber: string;
  rangeId: string;
  /** serials left in the range after this one */
  remaining: number;
  /** true once fewer than the range's warning mark remain: admins should ask the operator for more */
  low: boolean;
}

/** The database sequence a range hands its serials out from (created and dropped with the row by a trigger). */
export function rangeSequence(rangeId: string) {
  if (!/^[0-9a-f-]{36}$/.test(rangeId)) throw new Error(`not a range id: ${rangeId}`);
  return `s10_serial_${rangeId.replaceAll("-", "")}`;
}

/**
 * The next S10 number of a market's service. Each range has a sequence of its
 * own, so checkouts take numbers with nextval and never update, or wait on, a
 * shared row: a rolled-back checkout leaves a gap, never a duplicate. A range
 * whose sequence has passed its last serial is marked used up (once) and the
 * next range is taken; when all are used up the answer is a clear error.
 */
export async function allocateTrackingNumber(db: DatabaseOrTx, marketCode: string, service: PostalService): Promise<AllocatedNumber> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const [range] = await db
      .select({ id: s10Ranges.id, prefix: s10Ranges.prefix, country: s10Ranges.country, lastSerial: s10Ranges.lastSerial, warnBelow: s10Ranges.warnBelow })
      .from(s10Ranges)
      .where(and(eq(s10Ranges.marketCode, marketCode), eq(s10Ranges.service, service), isNull(s10Ranges.exhaustedAt)))
      .orderBy(asc(s10Ranges.firstSerial))
      .limit(1);
    if (!range) break;
    const [taken] = rowsOf<{ serial: string | number }>(await db.execute(sql`select nextval(${rangeSequence(range.id)}::regclass) as serial`));
    const serial = Number(taken?.serial);
    if (serial > range.lastSerial) {
      // used up: later allocations skip it without touching its sequence
      await db.update(s10Ranges).set({ exhaustedAt: new Date() }).where(and(eq(s10Ranges.id, range.id), isNull(s10Ranges.exhaustedAt)));
      continue;
    }
    const remaining = range.lastSerial - serial;
    return {
      trackingNumber: formatS10(range.prefix, serial, range.country),
      rangeId: range.id,
      remaining,
      low: remaining < range.warnBelow,
    };
  }
  throw new AppError("CONFLICT", "trackingNumbersExhausted", { service });
}

export interface RangeState {
  id: string;
  marketCode: string;
  service: PostalService;
  prefix: string;
  country: string;
  firstSerial: number;
  lastSerial: number;
  warnBelow: number;
  /** the highest serial handed out so far, or null before the first */
  lastUsed: number | null;
  remaining: number;
  createdAt: Date;
}

/** Every range with what is left of it, read from its sequence (no lock, no row update). */
export async function rangeStates(db: DatabaseOrTx, marketCode?: string): Promise<RangeState[]> {
  // pg_sequence_last_value: null until the first nextval
  const rows = await db
    .select({
      range: s10Ranges,
      lastUsed: sql<string | number | null>`pg_sequence_last_value(('s10_serial_' || replace(${s10Ranges.id}::text, '-', ''))::regclass)`,
    })
    .from(s10Ranges)
    .where(marketCode ? eq(s10Ranges.marketCode, marketCode) : undefined)
    .orderBy(asc(s10Ranges.marketCode), asc(s10Ranges.service), asc(s10Ranges.firstSerial));
  return rows.map(({ range: r, lastUsed }) => {
    const last = lastUsed === null ? null : Number(lastUsed);
    const remaining = r.exhaustedAt ? 0 : Math.max(0, r.lastSerial - Math.max(last ?? r.firstSerial - 1, r.firstSerial - 1));
    return {
      id: r.id,
      marketCode: r.marketCode,
      service: r.service,
      prefix: r.prefix,
      country: r.country,
      firstSerial: r.firstSerial,
      lastSerial: r.lastSerial,
      warnBelow: r.warnBelow,
      lastUsed: last,
      remaining,
      createdAt: r.createdAt,
    };
  });
}

/**
 * What is left of each market's numbers per service, for the admins' warning:
 * the ranges of a service add up, and it is low when fewer remain in all of
 * them than the warning mark of the range in use.
 */
export async function rangeReport(db: DatabaseOrTx) {
  const report = new Map<string, { marketCode: string; service: PostalService; prefixes: string[]; remaining: number; warnBelow: number; ranges: number }>();
  for (const r of await rangeStates(db)) {
    const key = `${r.marketCode}:${r.service}`;
    const entry = report.get(key) ?? { marketCode: r.marketCode, service: r.service, prefixes: [], remaining: 0, warnBelow: 0, ranges: 0 };
    if (!entry.prefixes.includes(r.prefix)) entry.prefixes.push(r.prefix);
    entry.remaining += r.remaining;
    entry.ranges += 1;
    // the mark of the first range that still has numbers (the one in use)
    if (entry.warnBelow === 0 && r.remaining > 0) entry.warnBelow = r.warnBelow;
    report.set(key, entry);
  }
  return [...report.values()].map(({ warnBelow, ...entry }) => ({ ...entry, low: entry.remaining < Math.max(warnBelow, 1) }));
}
