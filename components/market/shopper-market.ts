import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import type { Locale } from "@/lib/locales";
import { resolveMarket, type MarketOption } from "@/server/catalog/markets";
import { serverApi } from "@/server/trpc/server";

/** The cookie that keeps the shopper's "Deliver to" choice; proxy.ts sets it from ?market= links. */
export const MARKET_COOKIE = "market";

export interface ShopperMarket {
  /** where parcels go; null when the shopper has not chosen and the language names no market (English) */
  current: MarketOption | null;
  options: MarketOption[];
}

/** The market of this request: the cookie, else the page language's market. One lookup per request. */
export const shopperMarket = cache(async (locale: Locale): Promise<ShopperMarket> => {
  const [api, jar] = await Promise.all([serverApi(locale), cookies()]);
  const options = await api.catalog.markets({ locale });
  return { current: resolveMarket(options, locale, jar.get(MARKET_COOKIE)?.value), options };
});
