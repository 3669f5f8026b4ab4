import { asc } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { markets } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { localize, type Localized } from "./localize";

export interface MarketOption {
  code: string;
  name: Localized;
  currency: string;
  defaultLocale: string;
}

/** The markets a shopper can have parcels delivered in, in display order. */
export async function listMarkets(db: DatabaseOrTx, locale: Locale): Promise<MarketOption[]> {
  const rows = await db
    .select({ code: markets.code, name: markets.name, currency: markets.currency, defaultLocale: markets.defaultLocale })
    .from(markets)
    .orderBy(asc(markets.position), asc(markets.code));
  return rows.map((row) => ({ ...row, name: localize(row.name, locale) }));
}

/**
 * The shopper's market: the one they chose if it exists, else the only market
 * whose language is the page's (fa → Iran), else none — the page asks.
 */
export function resolveMarket(options: MarketOption[], locale: Locale, chosen: string | null | undefined): MarketOption | null {
  const picked = chosen ? options.find((m) => m.code === chosen.toUpperCase()) : undefined;
  if (picked) return picked;
  const byLanguage = options.filter((m) => m.defaultLocale === locale);
  return byLanguage.length === 1 ? (byLanguage[0] ?? null) : null;
}
