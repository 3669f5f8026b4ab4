import { char, date, index, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import type { LocalizedText } from "./localized";
import { servicePoints } from "./logistics";
import { markets } from "./markets";
import { regions } from "./regions";

/**
 * Where a member of postal staff works: one market, and optionally one counter
 * (a service point). A clerk sees and acts on their market's parcels only.
 */
export const staffAssignments = pgTable(
  "staff_assignments",
  {
    userId: text()
      .primaryKey()
      .references(() => user.id, { onDelete: "cascade" }),
    marketCode: char({ length: 2 })
      .notNull()
      .references(() => markets.code),
    servicePointId: uuid().references(() => servicePoints.id),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("staff_assignments_point_idx").on(t.servicePointId)],
);

export const calendarExceptionKind = pgEnum("calendar_exception_kind", ["holiday", "cancelled", "extra"]);

/**
 * Exceptions to the weekly route days. A holiday (Nowruz, Tết, the Spring
 * Festival) stops every route of its market, or of one region and all below
 * it; a cancellation stops one region's route on one day; an extra day adds one.
 */
export const calendarExceptions = pgTable(
  "calendar_exceptions",
  {
    id: uuid().primaryKey().defaultRandom(),
    marketCode: char({ length: 2 })
      .notNull()
      .references(() => markets.code),
    /** null: the whole market */
    regionId: uuid().references(() => regions.id, { onDelete: "cascade" }),
    /** the day in the market's time zone */
    day: date({ mode: "string" }).notNull(),
    kind: calendarExceptionKind().notNull(),
    name: jsonb().$type<LocalizedText>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // the calendar reads a market's exceptions over the days ahead
    index("calendar_exceptions_market_day_idx").on(t.marketCode, t.day),
    unique("calendar_exceptions_unique").on(t.marketCode, t.regionId, t.day, t.kind).nullsNotDistinct(),
  ],
);

/** Every admin change of roles, agent links, counters and network data: who, when, what. */
export const networkAudit = pgTable(
  "network_audit",
  {
    id: uuid().primaryKey().defaultRandom(),
    actorId: text().references(() => user.id),
    /** e.g. "regions.import", "staff.assign", "calendar.add" */
    action: text().notNull(),
    /** what changed: the before and after, or an import's counts */
    detail: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // admins read the log newest first
  (t) => [index("network_audit_at_idx").on(t.at)],
);

export type StaffAssignment = typeof staffAssignments.$inferSelect;
export type CalendarException = typeof calendarExceptions.$inferSelect;

/** The villages a service point (counter, agency, station) serves: its collections and the pickups its staff see. */
export const servicePointVillages = pgTable(
  "service_point_villages",
  {
    servicePointId: uuid()
      .notNull()
      .references(() => servicePoints.id, { onDelete: "cascade" }),
    regionId: uuid()
      .notNull()
      .references(() => regions.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.servicePointId, t.regionId] }), index("service_point_villages_region_idx").on(t.regionId)],
);
