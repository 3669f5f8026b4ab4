import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DatabaseOrTx } from "@/db/client";
import { regions } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { localize } from "../catalog/localize";

const county = alias(regions, "county");
const province = alias(regions, "province");

/** The villages of a market, grouped by "province · county", for the origin picker. */
export async function marketVillages(db: DatabaseOrTx, marketCode: string, locale: Locale) {
  const rows = await db
    .select({ id: regions.id, name: regions.name, county: county.name, province: province.name })
    .from(regions)
    .innerJoin(county, eq(county.id, regions.parentId))
    .innerJoin(province, eq(province.id, county.parentId))
    .where(and(eq(regions.marketCode, marketCode), eq(regions.level, "village")))
    .orderBy(asc(province.position), asc(county.position), asc(regions.position));
  return rows.map((r) => ({
    id: r.id,
    name: localize(r.name, locale).text,
    group: `${localize(r.province, locale).text} · ${localize(r.county, locale).text}`,
  }));
}
