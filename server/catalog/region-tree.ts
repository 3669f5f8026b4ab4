import { and, asc, eq } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { markets, regions } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import type { MarketInput } from "./catalog.schema";
import { ADDRESS_LEVELS, onCurrentMap } from "../network/current-map";
import { localize, type Localized } from "./localize";

export interface VillageNode {
  id: string;
  name: Localized;
}

export interface CountyNode {
  id: string;
  name: Localized;
  villages: VillageNode[];
}

export interface ProvinceNode {
  id: string;
  slug: string;
  marketCode: string;
  marketName: Localized;
  name: Localized;
  counties: CountyNode[];
}

/**
 * Every province of today's map with its counties and their villages, names
 * in the page's language (else the market's own), each level ordered by
 * position: the three selects of the village picker. Villages below a township
 * (China) sit under the township's county; communes directly under a province
 * (Vietnam since 2025) under one entry named for the province. One query.
 */
export async function getRegionTree(db: DatabaseOrTx, input: MarketInput): Promise<ProvinceNode[]> {
  const rows = await db
    .select({
      id: regions.id,
      slug: regions.slug,
      parentId: regions.parentId,
      level: regions.level,
      name: regions.name,
      marketCode: regions.marketCode,
      marketName: markets.name,
      defaultLocale: markets.defaultLocale,
    })
    .from(regions)
    .innerJoin(markets, eq(markets.code, regions.marketCode))
    // today's map; checkout needs one market's tree only: the one its parcels go to
    .where(and(onCurrentMap(), input.market ? eq(regions.marketCode, input.market) : undefined))
    .orderBy(asc(markets.position), asc(regions.position), asc(regions.slug));

  type Row = (typeof rows)[number];
  const name = (row: Row) => localize(row.name, input.locale, row.defaultLocale as Locale);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const counties = new Map<string, CountyNode>();
  const countiesOf = new Map<string, CountyNode[]>();
  const push = <T>(map: Map<string, T[]>, key: string, item: T) => {
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  };
  const countyNode = (row: Row): CountyNode => {
    let node = counties.get(row.id);
    if (!node) {
      node = { id: row.id, name: name(row), villages: [] };
      counties.set(row.id, node);
      push(countiesOf, row.level === "province" ? row.id : (row.parentId ?? ""), node);
    }
    return node;
  };

  for (const row of rows) if (row.level === "county") countyNode(row);
  for (const row of rows) {
    if (!ADDRESS_LEVELS.includes(row.level) || !row.parentId) continue;
    // up to the county (or the province, for a map without counties)
    let up = byId.get(row.parentId);
    while (up && up.level !== "county" && up.level !== "province") up = up.parentId ? byId.get(up.parentId) : undefined;
    const county = up && countyNode(up);
    county?.villages.push({ id: row.id, name: name(row) });
  }
  return rows
    .filter((row) => row.level === "province")
    .map((row) => ({
      id: row.id,
      slug: row.slug,
      marketCode: row.marketCode,
      marketName: localize(row.marketName, input.locale),
      name: name(row),
      counties: countiesOf.get(row.id) ?? [],
    }));
}
