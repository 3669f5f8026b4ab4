import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { addresses, markets, regions } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { localize } from "../catalog/localize";
import { ADDRESS_LEVELS, isOnMap, onCurrentMap } from "../network/current-map";
import { rowsOf } from "../network/sql-rows";

export interface RegionChoice {
  id: string;
  level: string;
  name: string;
}

export interface RegionSteps {
  /** the regions chosen so far, top down (province first) */
  chosen: RegionChoice[];
  /** what to choose next: the children of the last choice (or the market's provinces); null once an address level is reached */
  next: { level: string; options: RegionChoice[] } | null;
  /** the village (or commune) an address points at, once chosen */
  addressRegionId: string | null;
}

/**
 * The region picker of the checkout without JavaScript: the market's map one
 * level at a time, as deep as the market's data goes (a village under a
 * township in China, a commune under its province in Vietnam). `regionId` is
 * the last choice; one outside the market or off today's map starts again
 * from the provinces.
 */
export async function regionSteps(db: DatabaseOrTx, args: { market: string; locale: Locale; regionId: string | null }): Promise<RegionSteps> {
  const [market] = await db.select({ defaultLocale: markets.defaultLocale }).from(markets).where(eq(markets.code, args.market));
  const fallback = (market?.defaultLocale ?? "en") as Locale;
  type Row = { id: string; parent_id: string | null; level: string; name: Record<string, string>; market_code: string; valid_from: string | null; valid_to: string | null };
  let chain: Row[] = [];
  if (args.regionId) {
    const result = await db.execute(sql`
      with recursive up(id, parent_id, level, name, market_code, valid_from, valid_to, depth) as (
        select id, parent_id, level, name, market_code, valid_from::text, valid_to::text, 0 from ${regions} where id = ${args.regionId}
        union all
        select r.id, r.parent_id, r.level, r.name, r.market_code, r.valid_from::text, r.valid_to::text, up.depth + 1
          from ${regions} r join up on r.id = up.parent_id where up.depth < 8
      )
      select id, parent_id, level, name, market_code, valid_from, valid_to from up order by depth desc`);
    chain = rowsOf<Row>(result);
    const usable = chain.length > 0 && chain.every((r) => r.market_code === args.market && isOnMap({ validFrom: r.valid_from, validTo: r.valid_to }));
    if (!usable) chain = [];
  }
  const chosen = chain.map((r) => ({ id: r.id, level: r.level, name: localize(r.name, args.locale, fallback).text }));
  const last = chain.at(-1);
  if (last && ADDRESS_LEVELS.includes(last.level as (typeof ADDRESS_LEVELS)[number])) {
    return { chosen, next: null, addressRegionId: last.id };
  }
  const children = await db
    .select({ id: regions.id, level: regions.level, name: regions.name })
    .from(regions)
    .where(
      and(
        eq(regions.marketCode, args.market),
        onCurrentMap(),
        last ? eq(regions.parentId, last.id) : eq(regions.level, "province"),
      ),
    )
    .orderBy(asc(regions.position), asc(regions.slug));
  const options = children.map((r) => ({ id: r.id, level: r.level, name: localize(r.name, args.locale, fallback).text }));
  return { chosen, next: { level: options[0]?.level ?? (last ? "village" : "province"), options }, addressRegionId: null };
}

export interface SavedAddress {
  id: string;
  villageId: string;
  place: string;
  postalCode: string;
  landmark: string;
  recipientName: string;
  recipientPhone: string;
  lat: number | null;
  lng: number | null;
}

/**
 * A signed-in shopper's earlier home addresses in one market, newest first,
 * each once (an order to the same address again saves no copy), with the
 * village and its county in the reader's language. Villages no longer on the
 * map are left out.
 */
export async function savedAddresses(db: DatabaseOrTx, args: { userId: string; market: string; locale: Locale }): Promise<SavedAddress[]> {
  const rows = await db
    .select({
      id: addresses.id,
      villageId: addresses.villageId,
      postalCode: addresses.postalCode,
      landmark: addresses.landmark,
      recipientName: addresses.recipientName,
      recipientPhone: addresses.recipientPhone,
      lat: addresses.lat,
      lng: addresses.lng,
      villageName: regions.name,
      parentId: regions.parentId,
      validFrom: regions.validFrom,
      validTo: regions.validTo,
    })
    .from(addresses)
    .innerJoin(regions, eq(regions.id, addresses.villageId))
    .where(and(eq(addresses.userId, args.userId), eq(regions.marketCode, args.market)))
    .orderBy(desc(addresses.createdAt))
    .limit(50);
  const current = rows.filter((r) => isOnMap(r));
  const parentIds = [...new Set(current.map((r) => r.parentId).filter((id): id is string => id !== null))];
  const parents = parentIds.length ? await db.select({ id: regions.id, name: regions.name }).from(regions).where(inArray(regions.id, parentIds)) : [];
  const [market] = await db.select({ defaultLocale: markets.defaultLocale }).from(markets).where(eq(markets.code, args.market));
  const fallback = (market?.defaultLocale ?? "en") as Locale;
  const seen = new Set<string>();
  const out: SavedAddress[] = [];
  for (const r of current) {
    const key = [r.villageId, r.postalCode, r.landmark, r.recipientName, r.recipientPhone].join("\u0000");
    if (seen.has(key)) continue;
    seen.add(key);
    const parent = parents.find((p) => p.id === r.parentId);
    const names = [localize(r.villageName, args.locale, fallback).text, parent ? localize(parent.name, args.locale, fallback).text : null].filter(Boolean);
    out.push({
      id: r.id,
      villageId: r.villageId,
      place: names.join(args.locale === "fa" ? "، " : args.locale === "zh" ? "，" : ", "),
      postalCode: r.postalCode,
      landmark: r.landmark,
      recipientName: r.recipientName,
      recipientPhone: r.recipientPhone,
      lat: r.lat ?? null,
      lng: r.lng ?? null,
    });
  }
  return out.slice(0, 10);
}
