import { asc, eq } from "drizzle-orm";
import { getCountryCallingCode, type CountryCode } from "libphonenumber-js/max";
import type { DatabaseOrTx } from "@/db/client";
import { markets } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { localize } from "../catalog/localize";

/** The markets by code and name in the reader's language, in their order, with the levels of their map. */
export async function listMarkets(db: DatabaseOrTx, locale: Locale) {
  const rows = await db
    .select({ code: markets.code, name: markets.name, regionLevels: markets.regionLevels, timeZone: markets.timeZone })
    .from(markets)
    .orderBy(asc(markets.position));
  return rows.map((m) => ({ ...m, name: localize(m.name, locale).text }));
}

/** The markets' phone countries for the sign-in and admin phone forms: region, name, calling code, and the language whose readers live there. */
export async function phoneCountries(db: DatabaseOrTx, locale: Locale) {
  const rows = await db
    .select({ region: markets.phoneRegion, name: markets.name, defaultLocale: markets.defaultLocale })
    .from(markets)
    .orderBy(asc(markets.position));
  return rows.map((m) => ({ region: m.region, name: localize(m.name, locale).text, defaultLocale: m.defaultLocale, dialCode: getCountryCallingCode(m.region as CountryCode) }));
}

/** The phone region of the market whose language the page speaks, for numbers typed without a country code. */
export async function defaultPhoneRegion(db: DatabaseOrTx, locale: Locale): Promise<string | undefined> {
  const [row] = await db.select({ region: markets.phoneRegion }).from(markets).where(eq(markets.defaultLocale, locale)).orderBy(asc(markets.position)).limit(1);
  return row?.region;
}

/** True when a phone region is one of the markets'. */
export async function isPhoneRegion(db: DatabaseOrTx, region: string): Promise<boolean> {
  const [row] = await db.select({ region: markets.phoneRegion }).from(markets).where(eq(markets.phoneRegion, region)).limit(1);
  return Boolean(row);
}

/** The markets a member of staff may read flows of: their own, or every market for admins. */
export async function marketsInScope(db: DatabaseOrTx, scope: { marketCode: string | null }, locale: Locale) {
  const all = await listMarkets(db, locale);
  const currencies = new Map((await db.select({ code: markets.code, currency: markets.currency }).from(markets)).map((m) => [m.code, m.currency]));
  return all.filter((m) => scope.marketCode === null || m.code === scope.marketCode).map((m) => ({ code: m.code, name: m.name, currency: currencies.get(m.code) ?? "" }));
}
