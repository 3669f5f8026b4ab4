import { sql } from "drizzle-orm";
import { char, date, doublePrecision, index, integer, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { markets } from "./markets";
import type { LocalizedText } from "./localized";

/**
 * Administrative levels. A market lists the ones it uses, top down, in
 * markets.region_levels (Iran: province → county → village; China: province →
 * county → township → village; Vietnam since July 2025: province → commune).
 * The last level of a market is where addresses point.
 */
export const regionLevel = pgEnum("region_level", ["province", "county", "township", "village", "commune"]);

/**
 * The administrative map, one table with a parent id. A region is never
 * deleted: a merge or rename closes it (valid_to) and points it at the region
 * that replaces it, so orders keep the address as written and old codes
 * redirect to the new map.
 */
export const regions = pgTable(
  "regions",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    marketCode: char({ length: 2 })
      .notNull()
      .references(() => markets.code),
    /** stable code of the region within its market (the post's or the statistics office's) */
    code: text().notNull(),
    parentId: uuid().references((): AnyPgColumn => regions.id),
    /** postal code, or the prefix shared by the codes below a province or county */
    postalCode: text(),
    /** first day the region exists on the map (UTC date); null: always */
    validFrom: date({ mode: "string" }),
    /** first day it no longer exists (merged or renamed); null: current */
    validTo: date({ mode: "string" }),
    /** the region that took it over after a merge or rename */
    replacedById: uuid().references((): AnyPgColumn => regions.id),
    level: regionLevel().notNull(),
    name: jsonb().$type<LocalizedText>().notNull(),
    lat: doublePrecision(),
    lng: doublePrecision(),
    position: integer().notNull().default(0),
  },
  (t) => [
    // children of a region (region page, breadcrumbs walk up by id)
    index("regions_parent_idx").on(t.parentId),
    // provinces of the home page
    index("regions_level_idx").on(t.level).where(sql`${t.level} = 'province'`),
    // imports and redirects look regions up by market and code
    uniqueIndex("regions_market_code_idx").on(t.marketCode, t.code),
  ],
);

export type Region = typeof regions.$inferSelect;
