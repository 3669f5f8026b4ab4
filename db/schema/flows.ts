import { bigint, char, date, index, integer, pgTable, primaryKey, smallint, uuid } from "drizzle-orm/pg-core";
import { markets } from "./markets";
import { regions } from "./regions";

/**
 * The flows of a province in a month, kept up to date by triggers in the
 * transaction that changes a shipment, its lines, its tracking events or its
 * redelivery requests (migration 0022): reading them never scans shipments.
 * A parcel counts in the month its order was placed, in the market's time
 * zone: "out" of the seller's province, "in" to the recipient's.
 * Each province and month is split over a few shards (by parcel) so that
 * checkouts in one province do not queue behind one row; readers sum them.
 */
export const provinceFlows = pgTable(
  "province_flows",
  {
    provinceId: uuid()
      .notNull()
      .references(() => regions.id),
    marketCode: char({ length: 2 })
      .notNull()
      .references(() => markets.code),
    /** the first day of the month */
    month: date({ mode: "string" }).notNull(),
    shard: smallint().notNull(),
    /** confirmed orders (one per shop and order) sent from / received in the province, and their goods' value in the market's currency */
    ordersOut: integer().notNull().default(0),
    ordersIn: integer().notNull().default(0),
    valueOutMinor: bigint({ mode: "number" }).notNull().default(0),
    valueInMinor: bigint({ mode: "number" }).notNull().default(0),
    /** of those, the parcels the post has taken in hand (accepted or further) */
    parcelsOut: integer().notNull().default(0),
    parcelsIn: integer().notNull().default(0),
    /** parcels delivered in the province */
    delivered: integer().notNull().default(0),
    /** times a parcel was held at a counter of the province, and redeliveries asked for */
    held: integer().notNull().default(0),
    redeliveries: integer().notNull().default(0),
    /** cash the postmen collected on delivery */
    codCollectedMinor: bigint({ mode: "number" }).notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.provinceId, t.month, t.shard] }),
    // the flows screen reads one market over a period
    index("province_flows_market_month_idx").on(t.marketCode, t.month),
  ],
);

/**
 * Delivered parcels by whole days from order to delivery, per province and
 * month: the median is read from these counts. Not sharded: deliveries are
 * scanned one by one and spread over the days, so they rarely meet on a row,
 * and the screen reads a tenth of the rows.
 */
export const provinceDeliveryDays = pgTable(
  "province_delivery_days",
  {
    provinceId: uuid()
      .notNull()
      .references(() => regions.id),
    marketCode: char({ length: 2 })
      .notNull()
      .references(() => markets.code),
    month: date({ mode: "string" }).notNull(),
    days: integer().notNull(),
    parcels: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.provinceId, t.month, t.days] }), index("province_delivery_days_market_month_idx").on(t.marketCode, t.month)],
);
