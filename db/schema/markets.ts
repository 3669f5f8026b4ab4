import { sql } from "drizzle-orm";
import { bigint, char, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import type { LocalizedText } from "./localized";

/**
 * A country the marketplace serves. Everything that differs between countries
 * (currency, language, postal-code and phone rules) is a row here, so adding a
 * fourth country is a seed change, not a code change.
 */
export const markets = pgTable("markets", {
  code: char({ length: 2 }).primaryKey(), // ISO 3166-1 alpha-2: IR, CN, VN
  name: jsonb().$type<LocalizedText>().notNull(),
  currency: char({ length: 3 }).notNull(), // ISO 4217
  /** digits after the decimal point of `currency` as we store it (IRR and VND: 0) */
  currencyExponent: integer().notNull(),
  defaultLocale: text().notNull(),
  /** regular expression a postal code must match, digits only, e.g. ^\d{10}$ */
  postalCodePattern: text().notNull(),
  /** libphonenumber region for phone numbers */
  phoneRegion: char({ length: 2 }).notNull(),
  position: integer().notNull().default(0),
  /** IANA time zone of the market's post: the dates on labels, the times sellers read */
  timeZone: text().notNull().default("UTC"),
  /** how shoppers here may pay: "card" (Stripe, where its currencies allow), "cod" (cash to the carrier) */
  paymentMethods: text().array().notNull().default(sql`'{cod}'::text[]`),
  /** Stripe payment method types offered with cards, e.g. alipay and wechat_pay for CNY */
  walletMethods: text().array().notNull().default(sql`'{}'::text[]`),
  /** administrative levels of the market's map, top down; addresses point at the last */
  regionLevels: text().array().notNull().default(sql`'{province,county,village}'::text[]`),
  /** the calendar its sellers' statements and periods follow: "persian" (Jalali) or "gregory" */
  calendar: text().notNull().default("gregory"),
  /** added to a parcel's postage when its recipient pays cash on delivery */
  codFeeMinor: bigint({ mode: "number" }).notNull().default(0),
});

export type Market = typeof markets.$inferSelect;
