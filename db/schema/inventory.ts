import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { variants } from "./catalog";

/** Each stock change with its reason: the history a seller reads. */
export const stockAdjustments = pgTable(
  "stock_adjustments",
  {
    id: uuid().primaryKey().defaultRandom(),
    variantId: uuid()
      .notNull()
      .references(() => variants.id, { onDelete: "cascade" }),
    delta: integer().notNull(),
    stockAfter: integer().notNull(),
    reason: text().notNull(),
    note: text(),
    actorId: text().references(() => user.id),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("stock_adjustments_variant_at_idx").on(t.variantId, t.at)],
);
