import "server-only";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { Locale } from "@/lib/locales";
import { marketOfSegment } from "@/lib/market-segment";
import { resolveMarket, type MarketOption } from "@/server/catalog/markets";
import { serverApi } from "@/server/trpc/server";

/** The cookie that keeps the shopper's "Deliver to" choice; proxy.ts sets it from ?market= links. */
export const MARKET_COOKIE = "market";

export interface ShopperMarket {
  /** where parcels go; null when the shopper has not chosen and the language names no market (English) */
  current: MarketOption | null;
  options: MarketOption[];
}

/** The market for a choice (a code or none): the chosen one if it exists, else the page language's. */
export const marketOfChoice = cache(async (locale: Locale, chosen: string | null): Promise<ShopperMarket> => {
  const options = await (await serverApi(locale)).catalog.markets({ locale });
  return { current: resolveMarket(options, locale, chosen), options };
});

/**
 * The market of a storefront page, from its route segment (proxy.ts puts the
 * cookie's choice there): no cookie is read, so the page is cached per market.
 */
export async function pageMarket(locale: Locale, params: Promise<{ market: string }>): Promise<ShopperMarket> {
  const chosen = marketOfSegment((await params).market);
  if (chosen === undefined) notFound();
  return marketOfChoice(locale, chosen);
}

/**
 * The market for the storefront layout: as `pageMarket`, but a segment that
 * names no market (/fa/no-such-page) reads as no choice, so the 404 page the
 * page below answers still has its header.
 */
export async function layoutMarket(locale: Locale, params: Promise<{ market: string }>): Promise<ShopperMarket> {
  return marketOfChoice(locale, marketOfSegment((await params).market) ?? null);
}

/** The market of a page rendered per request (cart, checkout, portal): the cookie, else the page language's. */
export const shopperMarket = cache(async (locale: Locale): Promise<ShopperMarket> => {
  const jar = await cookies();
  return marketOfChoice(locale, jar.get(MARKET_COOKIE)?.value ?? null);
});
