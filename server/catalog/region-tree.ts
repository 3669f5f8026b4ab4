import { asc, eq } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { markets, regions } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import type { MarketInput } from "./catalog.schema";
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
 * Every province with its counties and their villages, names in the page's
 * language (else the market's own), each level ordered by position: the
 * three selects of the village picker. One query; the tree is small.
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
    // checkout needs one market's tree only: the one its parcels go to
    .where(input.market ? eq(regions.marketCode, input.market) : undefined)
    .orderBy(asc(markets.position), asc(regions.position), asc(regions.slug));

  const name = (row: (typeof rows)[number]) => localize(row.name, input.locale, row.defaultLocale as Locale);
  const counties = new Map<string, CountyNode>();
  const countiesOf = new Map<string, CountyNode[]>();
  const villagesOf = new Map<string, VillageNode[]>();
  const push = <T>(map: Map<string, T[]>, key: string, item: T) => {
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  };

  for (const row of rows) {
    if (row.level === "county" && row.parentId) {
      const county: CountyNode = { id: row.id, name: name(row), villages: [] };
      counties.set(row.id, county);
      push(countiesOf, row.parentId, county);
    } else if (row.level === "village" && row.parentId) {
      push(villagesOf, row.parentId, { id: row.id, name: name(row) });
    }
  }
  for (const [countyId, villages] of villagesOf) {
    const county = counties.get(countyId);
    if (county) county.villages = villages;
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
