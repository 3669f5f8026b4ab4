import { char, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { LocalizedText } from "./localized";
import { markets } from "./markets";
import { regions } from "./regions";

export const payoutMethod = pgEnum("payout_method", ["bank", "post_office"]);

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
    /** the language the seller writes in */
    sourceLocale: text().notNull().default("en"),
    payoutMethod: payoutMethod(),
    /** bank or post-office account number; only ever shown masked */
    payoutAccount: text(),
    /** shown to the applicant when an admin rejects or suspends the shop */
    decisionReason: text(),
    decidedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("shops_village_idx").on(t.villageId), index("shops_status_idx").on(t.status)],
);

export type Shop = typeof shops.$inferSelect;
