import { sql } from "drizzle-orm";
import { char, check, index, integer, pgEnum, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { markets } from "./markets";

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
    /** the next serial to hand out; past lastSerial the range is used up */
    nextSerial: integer().notNull(),
    /** admins are warned when fewer serials than this remain */
    warnBelow: integer().notNull().default(1000),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // allocation picks the first unexhausted range of a market and service
    index("s10_ranges_market_service_idx").on(t.marketCode, t.service, t.firstSerial),
    check("s10_ranges_bounds", sql`${t.firstSerial} >= 0 and ${t.lastSerial} <= 99999999 and ${t.firstSerial} <= ${t.lastSerial}`),
    check("s10_ranges_next", sql`${t.nextSerial} >= ${t.firstSerial} and ${t.nextSerial} <= ${t.lastSerial} + 1`),
  ],
);

export type S10Range = typeof s10Ranges.$inferSelect;
export type PostalService = (typeof postalService.enumValues)[number];
