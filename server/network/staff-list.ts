import { asc, eq } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { servicePoints, staffAssignments, user } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { localize } from "../catalog/localize";

/** Postal staff with their market and counter, for the admin screen. */
export async function listStaff(db: DatabaseOrTx, locale: Locale) {
  const rows = await db
    .select({
      name: user.name,
      phone: user.phoneNumber,
      role: user.role,
      marketCode: staffAssignments.marketCode,
      counterCode: servicePoints.code,
      counterName: servicePoints.name,
    })
    .from(staffAssignments)
    .innerJoin(user, eq(user.id, staffAssignments.userId))
    .leftJoin(servicePoints, eq(servicePoints.id, staffAssignments.servicePointId))
    .orderBy(asc(staffAssignments.marketCode), asc(user.phoneNumber))
    .limit(500);
  return rows.map((r) => ({ ...r, counterName: r.counterName && localize(r.counterName, locale).text }));
}
