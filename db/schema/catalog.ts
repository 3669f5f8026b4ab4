import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  char,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { LocalizedText } from "./localized";
import { regions } from "./regions";
import { shops } from "./shops";

export const categories = pgTable("categories", {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  name: jsonb().$type<LocalizedText>().notNull(),
  position: integer().notNull().default(0),
});

export const productStatus = pgEnum("product_status", ["draft", "active", "paused", "archived"]);
export const harvestSeason = pgEnum("harvest_season", ["spring", "summer", "autumn", "winter"]);
export const certificationKind = pgEnum("certification_kind", [
  "gi",
  "organic",
  "ocop",
  "green_food",
  "national_standard",
]);

export const products = pgTable(
  "products",
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    shopId: uuid()
      .notNull()
      .references(() => shops.id),
    categoryId: uuid()
      .notNull()
      .references(() => categories.id),
    status: productStatus().notNull().default("draft"),
    featured: boolean().notNull().default(false),
    /** the language the seller wrote in; shown when a translation is missing */
    sourceLocale: text().notNull(),
    originRegionId: uuid().references(() => regions.id),
    harvestedOn: date({ mode: "string" }),
    harvestSeason: harvestSeason(),
    certificationKind: certificationKind(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // category and shop pages list active products
    index("products_category_idx").on(t.categoryId, t.status),
    index("products_shop_idx").on(t.shopId, t.status),
    // region pages filter by the origin village
    index("products_origin_idx").on(t.originRegionId),
  ],
);

export const productTranslations = pgTable(
  "product_translations",
  {
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    locale: text().notNull(),
    name: text().notNull(),
    summary: text().notNull().default(""),
    description: text().notNull().default(""),
    certification: text(),
    /**
     * The name in search form (lib/search-keys.ts): folded case, marks, Persian
     * letters and digits, computed by the application when the translation is
     * saved so both engines index the same text.
     */
    searchName: text().notNull().default(""),
    /** toneless pinyin of a Chinese name, for shoppers who type Chinese that way */
    searchPinyin: text().notNull().default(""),
    /** summary and description in search form */
    searchText: text().notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.locale] }),
    // search: trigram similarity (`q <% search_name`) and substrings in every language, CJK included.
    // fastupdate off: with GIN's pending list, every search scans up to 4 MB of recent rows one by one
    // (products saved since the last vacuum); without it, saving a product updates the index at once
    index("product_translations_search_name_trgm_idx").using("gin", t.searchName.op("gin_trgm_ops")).with({ fastupdate: false }),
    index("product_translations_search_text_trgm_idx").using("gin", t.searchText.op("gin_trgm_ops")).with({ fastupdate: false }),
    index("product_translations_search_pinyin_trgm_idx").using("gin", t.searchPinyin.op("gin_trgm_ops")).with({ fastupdate: false }),
  ],
);

export const variants = pgTable(
  "variants",
  {
    id: uuid().primaryKey().defaultRandom(),
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    sku: text().notNull().unique(),
    label: jsonb().$type<LocalizedText>().notNull(),
    /** price in the currency's minor unit (rial, fen, đồng) */
    priceMinor: bigint({ mode: "number" }).notNull(),
    currency: char({ length: 3 }).notNull(),
    stock: integer().notNull().default(0),
    weightGrams: integer().notNull(),
    position: integer().notNull().default(0),
    /** a size removed by its seller after it was ordered: kept for the orders that name it, never offered again */
    archivedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("variants_product_idx").on(t.productId),
    check("variants_stock_nonnegative", sql`${t.stock} >= 0`),
    check("variants_price_positive", sql`${t.priceMinor} > 0`),
    check("variants_weight_positive", sql`${t.weightGrams} > 0`),
  ],
);

export const productImages = pgTable(
  "product_images",
  {
    id: uuid().primaryKey().defaultRandom(),
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    /** public URL path, e.g. /images/products/qaenat-saffron-1.webp */
    path: text().notNull(),
    width: integer().notNull(),
    height: integer().notNull(),
    position: integer().notNull().default(0),
  },
  (t) => [index("product_images_product_idx").on(t.productId, t.position)],
);

export type Product = typeof products.$inferSelect;
export type Variant = typeof variants.$inferSelect;
