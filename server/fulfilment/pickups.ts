import { and, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Database, DatabaseOrTx } from "@/db/client";
import { manifests, markets, pickups, routeSchedules, servicePoints, shipments, shops } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { localize } from "../catalog/localize";
import { AppError } from "../errors";
import { readableNumber } from "../lib/readable-number";
import { listServicePoints } from "../checkout/service-points";
import { isoDay, nextRouteDays, upcomingDays } from "../checkout/zone";
import { carrierFor } from "./carriers/postal-operator";
import { countLabels } from "./label-source";

/** The time windows a collection can be booked in (the post's route hours). */
export const PICKUP_WINDOWS = ["08:00-11:00", "11:00-14:00", "14:00-17:00"] as const;
/** How far ahead a pickup or drop-off can be booked. */
const BOOKABLE_DAYS = 14;

/** Parcels that are numbered and labelled but not yet on a manifest: what a pickup can take. */
export const readyToHandOver = (shopId: string) =>
  and(eq(shipments.shopId, shopId), eq(shipments.status, "confirmed"), eq(shipments.trackingStatus, "label_created"), isNull(shipments.manifestId));

async function shopVillage(db: DatabaseOrTx, shopId: string) {
  const [shop] = await db
    .select({ villageId: shops.villageId, marketCode: shops.marketCode, timeZone: markets.timeZone, weekdays: routeSchedules.weekdays })
    .from(shops)
    .innerJoin(markets, eq(markets.code, shops.marketCode))
    .leftJoin(routeSchedules, eq(routeSchedules.regionId, shops.villageId))
    .where(eq(shops.id, shopId));
  if (!shop) throw new AppError("NOT_FOUND", "shopNotFound");
  return shop;
}

/** What a seller can choose from: the village's next route days, time windows, nearby service points, and the parcels ready. */
export async function pickupOptions(db: DatabaseOrTx, shopId: string, locale: Locale, now = new Date()) {
  const shop = await shopVillage(db, shopId);
  const [ready] = await db.select({ parcels: count() }).from(shipments).where(readyToHandOver(shopId));
  return {
    collectionDates: nextRouteDays(shop.weekdays ?? [], now, shop.timeZone, 6).map(isoDay),
    dropOffDates: upcomingDays(now, shop.timeZone, BOOKABLE_DAYS).slice(0, 7),
    windows: [...PICKUP_WINDOWS],
    servicePoints: (await listServicePoints(db, shop.marketCode, locale, shop.villageId)).slice(0, 5).map((p) => ({
      id: p.id,
      name: p.name,
      address: p.address,
      hours: p.hours,
      distanceKm: p.distanceKm,
    })),
    readyParcels: ready?.parcels ?? 0,
    /** every parcel still without a printed label, not just the ones a list shows */
    unprintedLabels: await countLabels(db, shopId, { select: "unprinted" }),
  };
}

export interface PickupInput {
  kind: "collection" | "drop_off";
  date: string;
  timeWindow?: string | undefined;
  servicePointId?: string | undefined;
  /** the parcels to hand over; all that are ready when omitted */
  shipmentIds?: string[] | undefined;
}

/**
 * Books a collection on a village route day (or a drop-off at a service
 * point) for a shop's labelled parcels and writes their manifest, all at once:
 * a parcel is on one manifest only, and a pickup never exists without one.
 */
export async function requestPickup(db: Database, shopId: string, userId: string, input: PickupInput, now = new Date()) {
  return db.transaction(async (tx) => {
    const shop = await shopVillage(tx, shopId);
    let servicePointCode: string | null = null;
    if (input.kind === "collection") {
      const routeDays = nextRouteDays(shop.weekdays ?? [], now, shop.timeZone, 6).map(isoDay);
      if (!routeDays.includes(input.date)) throw new AppError("BAD_REQUEST", "pickupNotRouteDay");
      if (!input.timeWindow || !(PICKUP_WINDOWS as readonly string[]).includes(input.timeWindow)) throw new AppError("BAD_REQUEST", "pickupWindowInvalid");
    } else {
      if (!upcomingDays(now, shop.timeZone, BOOKABLE_DAYS).includes(input.date)) throw new AppError("BAD_REQUEST", "dropOffDateInvalid");
      const [point] = input.servicePointId
        ? await tx
            .select({ code: servicePoints.code })
            .from(servicePoints)
            .where(and(eq(servicePoints.id, input.servicePointId), eq(servicePoints.marketCode, shop.marketCode)))
        : [];
      if (!point) throw new AppError("BAD_REQUEST", "servicePointNotFound");
      servicePointCode = point.code;
    }

    const [pickup] = await tx
      .insert(pickups)
      .values({
        shopId,
        kind: input.kind,
        date: input.date,
        timeWindow: input.kind === "collection" ? (input.timeWindow ?? null) : null,
        servicePointId: input.kind === "drop_off" ? (input.servicePointId ?? null) : null,
        requestedBy: userId,
      })
      .returning();
    if (!pickup) throw new Error("pickup insert returned nothing");
    const [manifest] = await tx.insert(manifests).values({ number: readableNumber("MF"), shopId, pickupId: pickup.id }).returning();
    if (!manifest) throw new Error("manifest insert returned nothing");

    const chosen = input.shipmentIds ? and(readyToHandOver(shopId), inArray(shipments.id, input.shipmentIds)) : readyToHandOver(shopId);
    const taken = await tx.update(shipments).set({ manifestId: manifest.id }).where(chosen).returning({ trackingNumber: shipments.trackingNumber });
    if (taken.length === 0) throw new AppError("BAD_REQUEST", "noParcelsReady");
    // a parcel chosen but already handed over (or cancelled) meanwhile: nothing is booked
    if (input.shipmentIds && taken.length !== new Set(input.shipmentIds).size) throw new AppError("CONFLICT", "parcelsNotReady");

    const trackingNumbers = taken.flatMap((t) => (t.trackingNumber ? [t.trackingNumber] : []));
    const carrier = carrierFor(shop.marketCode);
    const { carrierReference } = await carrier.requestPickup(tx, {
      pickupId: pickup.id,
      kind: input.kind,
      date: input.date,
      timeWindow: pickup.timeWindow,
      servicePointCode,
      trackingNumbers,
    });
    if (carrierReference) await tx.update(pickups).set({ carrierReference }).where(eq(pickups.id, pickup.id));
    await carrier.handOverManifest(tx, { manifestNumber: manifest.number, trackingNumbers });
    return { pickupId: pickup.id, manifestNumber: manifest.number, parcels: taken.length };
  });
}

/** A shop's pickups, newest first, with their manifests. */
export async function listPickups(db: DatabaseOrTx, shopId: string, locale: Locale) {
  const rows = await db
    .select({
      id: pickups.id,
      kind: pickups.kind,
      date: pickups.date,
      timeWindow: pickups.timeWindow,
      servicePointName: servicePoints.name,
      status: pickups.status,
      manifestNumber: manifests.number,
      acceptedAt: manifests.acceptedAt,
      parcels: sql<number>`(select count(*)::int from ${shipments} where ${shipments.manifestId} = ${manifests.id})`,
    })
    .from(pickups)
    .innerJoin(manifests, eq(manifests.pickupId, pickups.id))
    .leftJoin(servicePoints, eq(servicePoints.id, pickups.servicePointId))
    .where(eq(pickups.shopId, shopId))
    .orderBy(desc(pickups.createdAt))
    .limit(30);
  return rows.map((row) => ({ ...row, servicePointName: row.servicePointName && localize(row.servicePointName, locale).text }));
}
