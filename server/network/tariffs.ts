import { and, asc, desc, eq, lte, max, sql } from "drizzle-orm";
import type { Database, DatabaseOrTx } from "@/db/client";
import { markets, tariffPrices, tariffVersions } from "@/db/schema";
import { AppError } from "../errors";
import type { SessionUser } from "../trpc/context";
import { recordChange } from "./audit";
import { addDays, dayIn } from "./calendar-days";

export const ZONES = ["same_county", "same_province", "other_province"] as const;
export type TariffZone = (typeof ZONES)[number];

export interface TariffBracket {
  maxWeightGrams: number;
  prices: Record<TariffZone, number>;
}

export interface TariffInput {
  marketCode: string;
  /** the first day it applies, in the market's time zone: tomorrow or later */
  effectiveFrom: string;
  /** weight brackets, lightest first */
  brackets: TariffBracket[];
}

export interface TariffInForce {
  versionId: string;
  version: number;
  rows: { zone: TariffZone; maxWeightGrams: number; priceMinor: number }[];
}

/** The tariff a market's quote uses at `at`: the version that began last before it. Null when the market has none. */
export async function tariffAt(db: DatabaseOrTx, marketCode: string, at: Date): Promise<TariffInForce | null> {
  const [version] = await db
    .select({ id: tariffVersions.id, version: tariffVersions.version })
    .from(tariffVersions)
    .where(and(eq(tariffVersions.marketCode, marketCode), lte(tariffVersions.effectiveAt, at)))
    .orderBy(desc(tariffVersions.effectiveAt))
    .limit(1);
  if (!version) return null;
  const rows = await db
    .select({ zone: tariffPrices.zone, maxWeightGrams: tariffPrices.maxWeightGrams, priceMinor: tariffPrices.priceMinor })
    .from(tariffPrices)
    .where(eq(tariffPrices.versionId, version.id));
  return { versionId: version.id, version: version.version, rows };
}

/** Brackets × zones of a version as the admin grid shows them. */
function toBrackets(rows: { zone: TariffZone; maxWeightGrams: number; priceMinor: number }[]): TariffBracket[] {
  const byWeight = new Map<number, TariffBracket>();
  for (const r of rows) {
    const bracket = byWeight.get(r.maxWeightGrams) ?? { maxWeightGrams: r.maxWeightGrams, prices: { same_county: 0, same_province: 0, other_province: 0 } };
    bracket.prices[r.zone] = r.priceMinor;
    byWeight.set(r.maxWeightGrams, bracket);
  }
  return [...byWeight.values()].sort((a, b) => a.maxWeightGrams - b.maxWeightGrams);
}

/** A market's tariff versions, newest first, each marked past, in force or coming. */
export async function listTariffs(db: DatabaseOrTx, marketCode: string, now = new Date()) {
  const [market] = await db.select({ currency: markets.currency, timeZone: markets.timeZone }).from(markets).where(eq(markets.code, marketCode));
  if (!market) throw new AppError("BAD_REQUEST", "marketNotFound");
  const versions = await db.select().from(tariffVersions).where(eq(tariffVersions.marketCode, marketCode)).orderBy(desc(tariffVersions.effectiveAt));
  const prices = await db
    .select({ versionId: tariffPrices.versionId, zone: tariffPrices.zone, maxWeightGrams: tariffPrices.maxWeightGrams, priceMinor: tariffPrices.priceMinor })
    .from(tariffPrices)
    .innerJoin(tariffVersions, eq(tariffVersions.id, tariffPrices.versionId))
    .where(eq(tariffVersions.marketCode, marketCode))
    .orderBy(asc(tariffPrices.maxWeightGrams));
  const current = versions.find((v) => v.effectiveAt <= now)?.id ?? null;
  return {
    currency: market.currency,
    today: dayIn(market.timeZone, now),
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      effectiveFrom: v.effectiveFrom,
      state: v.id === current ? ("current" as const) : v.effectiveAt > now ? ("coming" as const) : ("past" as const),
      brackets: toBrackets(prices.filter((p) => p.versionId === v.id)),
    })),
  };
}

/**
 * Saves a market's tariff from a day on (audited). A new day makes a new
 * version; the day of a version not yet begun replaces its prices. A version
 * that has begun never changes, so orders priced by it keep pointing at what
 * they paid.
 */
export async function saveTariff(db: Database, admin: Pick<SessionUser, "id">, input: TariffInput, now = new Date()) {
  return db.transaction(async (tx) => {
    const [market] = await tx.select({ code: markets.code, timeZone: markets.timeZone }).from(markets).where(eq(markets.code, input.marketCode));
    if (!market) throw new AppError("BAD_REQUEST", "marketNotFound", {}, "marketCode");
    const today = dayIn(market.timeZone, now);
    // a day that has begun may already have orders priced by the tariff before it
    if (input.effectiveFrom <= today) throw new AppError("BAD_REQUEST", "tariffDayPast", { day: addDays(today, 1) }, "effectiveFrom");
    // one save at a time per market: version numbers follow each other
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`villagepost:tariff:${market.code}`}))`);
    const [same] = await tx
      .select()
      .from(tariffVersions)
      .where(and(eq(tariffVersions.marketCode, market.code), eq(tariffVersions.effectiveFrom, input.effectiveFrom)));
    let versionId: string;
    let version: number;
    if (same) {
      if (same.effectiveAt <= now) throw new AppError("CONFLICT", "tariffVersionStarted", { version: same.version }, "effectiveFrom");
      await tx.delete(tariffPrices).where(eq(tariffPrices.versionId, same.id));
      versionId = same.id;
      version = same.version;
    } else {
      const [last] = await tx.select({ n: max(tariffVersions.version) }).from(tariffVersions).where(eq(tariffVersions.marketCode, market.code));
      version = (last?.n ?? 0) + 1;
      const [created] = await tx
        .insert(tariffVersions)
        .values({
          marketCode: market.code,
          version,
          effectiveFrom: input.effectiveFrom,
          effectiveAt: sql`(${input.effectiveFrom}::date::timestamp at time zone ${market.timeZone})`,
          createdById: admin.id,
        })
        .returning({ id: tariffVersions.id });
      if (!created) throw new Error("tariff version not created");
      versionId = created.id;
    }
    await tx.insert(tariffPrices).values(
      input.brackets.flatMap((b) => Object.entries(b.prices).map(([zone, priceMinor]) => ({ versionId, zone: zone as TariffZone, maxWeightGrams: b.maxWeightGrams, priceMinor }))),
    );
    await recordChange(tx, admin.id, "tariff.save", { market: market.code, version, effectiveFrom: input.effectiveFrom, brackets: input.brackets });
    return { versionId, version };
  });
}
