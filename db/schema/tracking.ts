import { bigint, boolean, date, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { trackingStatus } from "./fulfilment";
import { servicePoints } from "./logistics";
import { shipments } from "./orders";

export const trackingSource = pgEnum("tracking_source", ["carrier", "operator", "system"]);

/**
 * Every tracking event of a parcel, kept even when it arrived too late to
 * change the status: the shopper's timeline is these rows in time order.
 */
export const trackingEvents = pgTable(
  "tracking_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** unique per source: a carrier event id, a manifest handover, an operator's scan */
    eventKey: text().notNull().unique(),
    shipmentId: uuid()
      .notNull()
      .references(() => shipments.id, { onDelete: "cascade" }),
    status: trackingStatus().notNull(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    source: trackingSource().notNull(),
    /** free text from the carrier (a sorting centre, a route) */
    location: text(),
    servicePointId: uuid().references(() => servicePoints.id),
    codCollectedMinor: bigint({ mode: "number" }),
    actorId: text().references(() => user.id),
    /** whether this event moved the parcel's status (false for late or duplicate-in-meaning events) */
    applied: boolean().notNull(),
  },
  (t) => [index("tracking_events_shipment_idx").on(t.shipmentId, t.occurredAt)],
);

/** A shopper's request to deliver again a parcel held at a counter, on a day and in a time slot. */
export const redeliveryRequests = pgTable(
  "redelivery_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    shipmentId: uuid()
      .notNull()
      .references(() => shipments.id, { onDelete: "cascade" }),
    date: date({ mode: "string" }).notNull(),
    slot: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("redelivery_requests_shipment_idx").on(t.shipmentId, t.createdAt)],
);

export type TrackingEvent = typeof trackingEvents.$inferSelect;
