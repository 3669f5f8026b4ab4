import { asc, eq, inArray } from "drizzle-orm";
import type { Database, DatabaseOrTx } from "@/db/client";
import { markets, regions, servicePoints, servicePointVillages, type LocalizedText, type WeeklyHours } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { localize } from "../catalog/localize";
import { AppError } from "../errors";
import type { SessionUser } from "../trpc/context";
import { POINT_COLUMNS, typeName, writeServicePoints, type PointColumn } from "./import/points";
import { reasonText } from "./import/reasons";

const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

/** Weekly hours written back the way an admin types them, e.g. `sat-wed 08:00-14:00; thu 08:00-12:00`. */
export function hoursSpec(weekly: WeeklyHours | null): string {
  if (!weekly) return "";
  const key = (d: number) => (weekly[String(d) as keyof WeeklyHours] ?? []).join(",");
  const runs: { first: number; last: number; value: string }[] = [];
  for (let d = 0; d < 7; d++) {
    const value = key(d);
    const run = runs[runs.length - 1];
    if (run && run.value === value && run.last === d - 1) run.last = d;
    else runs.push({ first: d, last: d, value });
  }
  // a run through Saturday that goes on into Sunday's is one run (sat-wed)
  const [head] = runs;
  const tail = runs[runs.length - 1];
  if (runs.length > 1 && head && tail && head.first === 0 && tail.last === 6 && head.value === tail.value) {
    runs.shift();
    tail.last = head.last;
  }
  // the week starts with its longest open run (sat-wed; thu — mon-sat; sun)
  const length = (r: { first: number; last: number }) => ((r.last - r.first + 7) % 7) + 1;
  const open = runs.filter((r) => r.value !== "");
  const longest = open.reduce((best, r, i) => (length(r) > length(open[best] ?? r) ? i : best), 0);
  const ordered = [...open.slice(longest), ...open.slice(0, longest)];
  return ordered
    .map((r) => `${DAYS[r.first]}${r.first === r.last ? "" : `-${DAYS[r.last]}`} ${r.value}`)
    .join("; ");
}

/** A market's service points with everything the admin form edits, and where they stand for the plot. */
export async function listPointsAdmin(db: DatabaseOrTx, marketCode: string, locale: Locale) {
  const [market] = await db.select({ defaultLocale: markets.defaultLocale }).from(markets).where(eq(markets.code, marketCode));
  if (!market) throw new AppError("BAD_REQUEST", "marketNotFound");
  const local = market.defaultLocale as keyof LocalizedText;
  const points = await db
    .select({ point: servicePoints, regionCode: regions.code })
    .from(servicePoints)
    .innerJoin(regions, eq(regions.id, servicePoints.regionId))
    .where(eq(servicePoints.marketCode, marketCode))
    .orderBy(asc(servicePoints.code));
  const served = points.length
    ? await db
        .select({ pointId: servicePointVillages.servicePointId, code: regions.code })
        .from(servicePointVillages)
        .innerJoin(regions, eq(regions.id, servicePointVillages.regionId))
        .where(
          inArray(
            servicePointVillages.servicePointId,
            points.map((p) => p.point.id),
          ),
        )
    : [];
  return points.map(({ point: p, regionCode }) => ({
    id: p.id,
    code: p.code,
    type: typeName(p.type),
    name: localize(p.name, locale).text,
    hoursText: localize(p.hours, locale).text,
    lat: p.lat,
    lng: p.lng,
    takesCash: p.acceptsCashOnDelivery,
    closedDays: p.closedDays,
    villageCount: served.filter((s) => s.pointId === p.id).length,
    /** the form's fields, as an import row has them */
    form: {
      market: p.marketCode,
      code: p.code,
      type: typeName(p.type),
      region_code: regionCode,
      postal_code: p.postalCode,
      lat: String(p.lat),
      lng: String(p.lng),
      takes_cash: p.acceptsCashOnDelivery,
      hours: hoursSpec(p.openingHours),
      closed_days: p.closedDays.join(";"),
      villages: served
        .filter((s) => s.pointId === p.id)
        .map((s) => s.code)
        .sort()
        .join(";"),
      name_local: p.name[local] ?? "",
      name_en: p.name.en ?? "",
      name_fa: p.name.fa ?? "",
      name_zh: p.name.zh ?? "",
      name_vi: p.name.vi ?? "",
      address_local: p.address[local] ?? "",
    },
  }));
}

export type ServicePointForm = Record<Exclude<PointColumn, "takes_cash" | "address_en" | "address_fa" | "address_zh" | "address_vi">, string> & { takes_cash: boolean };

/**
 * Adds or changes one service point from the admin form, checked exactly as
 * an imported row is; a refused field is answered next to that field, in the
 * admin's language. Audited.
 */
export async function savePoint(db: Database, admin: Pick<SessionUser, "id">, input: ServicePointForm, locale: Locale) {
  const cells = Object.fromEntries(POINT_COLUMNS.map((c) => [c, c === "takes_cash" ? (input.takes_cash ? "yes" : "no") : input[c]]));
  const result = await writeServicePoints(db, [{ line: 1, cells, columnCount: POINT_COLUMNS.length }], POINT_COLUMNS.length, {
    actorId: admin.id,
    fileName: "form",
    action: "points.save",
  });
  const [error] = result.errors;
  if (error) throw new AppError("BAD_REQUEST", "servicePointRow", { reason: reasonText(locale, error) }, error.column);
  return { id: result.ids.get(input.code.toUpperCase()) ?? null, changed: result.inserted + result.updated > 0 };
}
