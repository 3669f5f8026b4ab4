import { sql } from "drizzle-orm";
import { bigint, boolean, char, check, doublePrecision, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import type { LocalizedText } from "./localized";
import { markets } from "./markets";
import { regions } from "./regions";

export const servicePointType = pgEnum("service_point_type", ["post_office", "service_counter", "village_station", "commune_post_office"]);

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

/** Postage: one row per market, zone and weight bracket (up to maxWeightGrams). */
export const tariffs = pgTable(
  "tariffs",
  {
    marketCode: char({ length: 2 })
      .notNull()
      .references(() => markets.code),
    zone: tariffZone().notNull(),
    maxWeightGrams: integer().notNull(),
    priceMinor: bigint({ mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.marketCode, t.zone, t.maxWeightGrams] }), check("tariffs_price_nonnegative", sql`${t.priceMinor} >= 0`)],
);
