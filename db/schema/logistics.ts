import { sql } from "drizzle-orm";
import { bigint, boolean, char, check, date, doublePrecision, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import type { LocalizedText } from "./localized";
import { markets } from "./markets";
import { regions } from "./regions";

export const servicePointType = pgEnum("service_point_type", [
  "post_office",
  /** a rural counter (e.g. an ICT service counter run for the post) */
  "service_counter",
  /** a delivery station in a village */
  "village_station",
  "commune_post_office",
  "village_agency",
  "collaborator_point",
]);

/** Opening hours per weekday (0 = Sunday … 6 = Saturday): "HH:MM-HH:MM" intervals; a missing day is closed. */
export type WeeklyHours = Partial<Record<"0" | "1" | "2" | "3" | "4" | "5" | "6", string[]>>;

/** Where shoppers can collect parcels (and often pay cash): post offices, counters, village stations. */
export const servicePoints = pgTable(
  "service_points",
  {
    id: uuid().primaryKey().defaultRandom(),
    code: text().notNull().unique(),
    marketCode: char({ length: 2 })
      .notNull()
      .references(() => markets.code),
    /** the village (or county town) it stands in */
    regionId: uuid()
      .notNull()
      .references(() => regions.id),
    type: servicePointType().notNull(),
    name: jsonb().$type<LocalizedText>().notNull(),
    address: jsonb().$type<LocalizedText>().notNull(),
    /** e.g. "Sat–Wed 08:00–14:00", per locale */
    hours: jsonb().$type<LocalizedText>().notNull(),
    lat: doublePrecision().notNull(),
    lng: doublePrecision().notNull(),
    acceptsCashOnDelivery: boolean().notNull().default(true),
    postalCode: text().notNull(),
    /** the hours as data (the `hours` text is written from them); null for points entered before */
    openingHours: jsonb().$type<WeeklyHours>(),
    /** days the point is closed (holidays of its own), YYYY-MM-DD in the market's time zone */
    closedDays: jsonb().$type<string[]>().notNull().default([]),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("service_points_market_idx").on(t.marketCode)],
);

/** The weekdays the post serves a village (0 = Sunday … 6 = Saturday). */
export const routeSchedules = pgTable("route_schedules", {
  regionId: uuid()
    .primaryKey()
    .references(() => regions.id, { onDelete: "cascade" }),
  weekdays: integer().array().notNull(),
});

export const tariffZone = pgEnum("tariff_zone", ["same_county", "same_province", "other_province"]);

/**
 * A market's postage table from a day on: a quote uses the version in force
 * at order time and the order keeps its id and price. A version that has
 * begun is never changed; admins add a new one.
 */
export const tariffVersions = pgTable(
  "tariff_versions",
  {
    id: uuid().primaryKey().defaultRandom(),
    marketCode: char({ length: 2 })
      .notNull()
      .references(() => markets.code),
    /** 1, 2, 3 … per market */
    version: integer().notNull(),
    /** the first day it applies, in the market's time zone */
    effectiveFrom: date({ mode: "string" }).notNull(),
    /** the instant that day begins in the market's time zone */
    effectiveAt: timestamp({ withTimezone: true }).notNull(),
    createdById: text().references(() => user.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("tariff_versions_market_version").on(t.marketCode, t.version), unique("tariff_versions_market_day").on(t.marketCode, t.effectiveFrom)],
);

/** Postage of a tariff version: one row per zone and weight bracket (up to maxWeightGrams). */
export const tariffPrices = pgTable(
  "tariff_prices",
  {
    versionId: uuid()
      .notNull()
      .references(() => tariffVersions.id, { onDelete: "cascade" }),
    zone: tariffZone().notNull(),
    maxWeightGrams: integer().notNull(),
    priceMinor: bigint({ mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.zone, t.maxWeightGrams] }),
    check("tariff_prices_price_nonnegative", sql`${t.priceMinor} >= 0`),
    check("tariff_prices_weight_positive", sql`${t.maxWeightGrams} > 0`),
  ],
);
