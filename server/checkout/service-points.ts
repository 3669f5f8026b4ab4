import { eq, inArray } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { markets, regions, routeSchedules, servicePoints } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { localize } from "../catalog/localize";
import { addDays, dayIn, routeDaysFrom } from "../network/calendar-days";
import { exceptionsFor } from "../network/calendar";

function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** A market's service points, nearest to `near` (a village) first, with distance and the next route days. */
export async function listServicePoints(db: DatabaseOrTx, marketCode: string, locale: Locale, nearVillageId?: string) {
  const points = await db.select().from(servicePoints).where(eq(servicePoints.marketCode, marketCode));
  const [village] = nearVillageId ? await db.select().from(regions).where(eq(regions.id, nearVillageId)) : [];
  const origin = village?.lat != null && village.lng != null ? { lat: village.lat, lng: village.lng } : null;
  const routes = await db.select().from(routeSchedules).where(inArray(routeSchedules.regionId, points.map((p) => p.regionId)));
  // the market's holidays, read once for every point
  const [market] = await db.select({ timeZone: markets.timeZone }).from(markets).where(eq(markets.code, marketCode));
  const today = dayIn(market?.timeZone ?? "UTC");
  const exceptions = await exceptionsFor(db, marketCode, null, today, addDays(today, 60));
  return points
    .map((p) => ({
      id: p.id,
      type: p.type,
      name: localize(p.name, locale).text,
      address: localize(p.address, locale).text,
      hours: localize(p.hours, locale).text,
      acceptsCashOnDelivery: p.acceptsCashOnDelivery,
      /** the point's own days closed in the next two weeks (its holidays), for the shopper to see before choosing it */
      closedOn: p.closedDays.filter((day) => day >= today && day <= addDays(today, 13)),
      postalCode: p.postalCode,
      distanceKm: origin ? Math.round(distanceKm(origin, p) * 10) / 10 : null,
      routeDays: routeDaysFrom(routes.find((r) => r.regionId === p.regionId)?.weekdays ?? [], exceptions, today, 3),
    }))
    .sort((a, b) => (a.distanceKm ?? 0) - (b.distanceKm ?? 0));
}


