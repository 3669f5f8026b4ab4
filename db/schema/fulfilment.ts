import { sql } from "drizzle-orm";
import { char, check, date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { TRACKING_STATUSES } from "../../lib/tracking";
import { user } from "./auth";
import { servicePoints } from "./logistics";
import { markets } from "./markets";
import { shops } from "./shops";

export const postalService = pgEnum("postal_service", ["parcel", "registered", "express"]);

/**
 * A block of S10 serial numbers the postal operator assigned to the
 * marketplace for one service: Villagepost numbers parcels from it itself.
 */
export const s10Ranges = pgTable(
  "s10_ranges",
  {
    id: uuid().primaryKey().defaultRandom(),
    marketCode: char({ length: 2 })
      .notNull()
      .references(() => markets.code),
    service: postalService().notNull(),
    /** the two-letter service indicator printed in the number, e.g. CP for parcels */
    prefix: char({ length: 2 }).notNull(),
    /** the issuing post's country code at the end of the number */
    country: char({ length: 2 }).notNull(),
    firstSerial: integer().notNull(),
    lastSerial: integer().notNull(),
    /**
     * Serials are handed out by a database sequence of the range's own
     * (s10_serial_<id without dashes>), never by updating this row, so
     * checkouts do not queue on it. Set once the sequence has passed lastSerial.
     */
    exhaustedAt: timestamp({ withTimezone: true }),
    /** admins are warned when fewer serials than this remain */
    warnBelow: integer().notNull().default(1000),
    createdById: text().references(() => user.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // allocation picks the first unexhausted range of a market and service
    index("s10_ranges_market_service_idx").on(t.marketCode, t.service, t.firstSerial),
    check("s10_ranges_bounds", sql`${t.firstSerial} >= 0 and ${t.lastSerial} <= 99999999 and ${t.firstSerial} <= ${t.lastSerial}`),
    // overlapping ranges (same prefix and country, intersecting serials) are refused by the exclusion
    // constraint s10_ranges_no_overlap (btree_gist), written by hand in its migration
  ],
);

/**
 * Where a parcel is, as the post reports it. A shipment's status follows the
 * latest event in time; delivered and returned to sender are final.
 */
export const trackingStatus = pgEnum("tracking_status", TRACKING_STATUSES);

export const handoverKind = pgEnum("handover_kind", ["collection", "drop_off"]);
export const pickupStatus = pgEnum("pickup_status", ["requested", "collected", "cancelled"]);

/**
 * How a shop hands its parcels to the post: collected from its premises on a
 * village route day within a time window, or dropped off at a service point.
 */
export const pickups = pgTable(
  "pickups",
  {
    id: uuid().primaryKey().defaultRandom(),
    shopId: uuid()
      .notNull()
      .references(() => shops.id),
    kind: handoverKind().notNull(),
    date: date({ mode: "string" }).notNull(),
    /** e.g. 09:00-12:00, for collections */
    timeWindow: text(),
    servicePointId: uuid().references(() => servicePoints.id),
    status: pickupStatus().notNull().default("requested"),
    /** the carrier's reference for the request, when it gives one */
    carrierReference: text(),
    requestedBy: text()
      .notNull()
      .references(() => user.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("pickups_shop_idx").on(t.shopId, t.date), index("pickups_date_idx").on(t.date)],
);

/** The dispatch list handed over with a pickup; its number is printed as a barcode the counter scans. */
export const manifests = pgTable(
  "manifests",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** readable, e.g. MF-7K3Q-9XD2 */
    number: text().notNull().unique(),
    shopId: uuid()
      .notNull()
      .references(() => shops.id),
    pickupId: uuid()
      .notNull()
      .unique()
      .references(() => pickups.id),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedBy: text().references(() => user.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("manifests_shop_idx").on(t.shopId, t.createdAt)],
);

export type Pickup = typeof pickups.$inferSelect;
export type Manifest = typeof manifests.$inferSelect;
export type S10Range = typeof s10Ranges.$inferSelect;
export type { TrackingStatus } from "../../lib/tracking";
export type PostalService = (typeof postalService.enumValues)[number];
