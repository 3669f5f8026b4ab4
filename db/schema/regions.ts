import { sql } from "drizzle-orm";
import { char, doublePrecision, index, integer, jsonb, pgEnum, pgTable, text, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { markets } from "./markets";
import type { LocalizedText } from "./localized";

export const regionLevel = pgEnum("region_level", ["province", "county", "village"]);

/** province → county/district → village/commune, one table with a parent id. */
export const regions = pgTable(
  "regions",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    marketCode: char({ length: 2 })
      .notNull()
      .references(() => markets.code),
    parentId: uuid().references((): AnyPgColumn => regions.id),
    level: regionLevel().notNull(),
    name: jsonb().$type<LocalizedText>().notNull(),
    lat: doublePrecision(),
    lng: doublePrecision(),
    position: integer().notNull().default(0),
  },
  (t) => [
    // children of a region (region page, breadcrumbs walk up by id)
    index("regions_parent_idx").on(t.parentId),
    // provinces of the home page
    index("regions_level_idx").on(t.level).where(sql`${t.level} = 'province'`),
  ],
);

export type Region = typeof regions.$inferSelect;
