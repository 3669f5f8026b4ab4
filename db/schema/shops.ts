import { char, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { LocalizedText } from "./localized";
import { markets } from "./markets";
import { regions } from "./regions";

export const shopStatus = pgEnum("shop_status", ["pending", "approved", "rejected", "suspended"]);

/** A village seller. Only approved shops and their products are listed. */
export const shops = pgTable(
  "shops",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    marketCode: char({ length: 2 })
      .notNull()
      .references(() => markets.code),
    villageId: uuid()
      .notNull()
      .references(() => regions.id),
    status: shopStatus().notNull().default("pending"),
    name: jsonb().$type<LocalizedText>().notNull(),
    story: jsonb().$type<LocalizedText>().notNull(),
    /** E.164 */
    phone: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("shops_village_idx").on(t.villageId)],
);

export type Shop = typeof shops.$inferSelect;
