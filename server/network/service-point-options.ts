import { asc, eq } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { servicePoints } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { localize } from "../catalog/localize";

/** A market's service points by code and name, for the forms that bind staff to a counter. */
export async function servicePointOptions(db: DatabaseOrTx, marketCode: string, locale: Locale) {
  const rows = await db
    .select({ code: servicePoints.code, name: servicePoints.name, type: servicePoints.type })
    .from(servicePoints)
    .where(eq(servicePoints.marketCode, marketCode))
    .orderBy(asc(servicePoints.code));
  return rows.map((r) => ({ code: r.code, type: r.type, name: localize(r.name, locale).text }));
}
