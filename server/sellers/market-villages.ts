import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DatabaseOrTx } from "@/db/client";
import { regions } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { localize } from "../catalog/localize";
import { isCurrentAddress } from "../network/current-map";

const parent = alias(regions, "parent");
const grandparent = alias(regions, "grandparent");

/** The villages (or communes) of a market on today's map, grouped by the two levels above them, for the origin picker. */
export async function marketVillages(db: DatabaseOrTx, marketCode: string, locale: Locale) {
  const rows = await db
    .select({ id: regions.id, name: regions.name, parent: parent.name, grandparent: grandparent.name })
    .from(regions)
    .innerJoin(parent, eq(parent.id, regions.parentId))
    .leftJoin(grandparent, eq(grandparent.id, parent.parentId))
    .where(and(eq(regions.marketCode, marketCode), isCurrentAddress()))
    .orderBy(asc(grandparent.position), asc(parent.position), asc(regions.position));
  return rows.map((r) => ({
    id: r.id,
    name: localize(r.name, locale).text,
    group: [r.grandparent, r.parent].flatMap((n) => (n ? [localize(n, locale).text] : [])).join(" · "),
  }));
}
