import { asc } from "drizzle-orm";
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
