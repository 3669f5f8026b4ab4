import { and, asc, eq, inArray, ne, or, sql } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { manifests, markets, orders, pickups, redeliveryRequests, regions, servicePointVillages, servicePoints, shipments, shops } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { localize } from "../catalog/localize";
import { AppError } from "../errors";
import { placeWithoutLandmark } from "../fulfilment/label-source";
import type { StaffScope } from "./staff";

/** Parcels the postman takes out on the round: at the counter for the villages, already out, or held and asked again for this day. */
const GOING_OUT = ["arrived_at_service_point", "out_for_delivery"] as const;

export interface RouteCollection {
  shopName: string;
  shopPhone: string;
  timeWindow: string | null;
  manifestNumber: string | null;
  parcels: number;
  collected: boolean;
}

export interface RouteDelivery {
  trackingNumber: string;
  recipientName: string;
  recipientPhone: string;
  place: string;
  landmark: string | null;
  /** cash the postman collects from the recipient, in the market's minor unit; 0 when paid */
  codMinor: number;
  /** asked again by the shopper for this day and slot */
  redeliverySlot: string | null;
}

export interface RouteStop {
  villageId: string;
  village: string;
  postalCode: string | null;
  collections: RouteCollection[];
  deliveries: RouteDelivery[];
  cashMinor: number;
}

export interface RouteSheet {
  date: string;
  counter: { id: string; code: string; name: string };
  marketCode: string;
  currency: string;
  timeZone: string;
  stops: RouteStop[];
  totalCashMinor: number;
  parcelsOut: number;
  collections: number;
}

interface Village {
  id: string;
  name: string;
  postalCode: string | null;
  lat: number | null;
  lng: number | null;
  position: number;
  code: string;
}

/**
 * The order of the round: from the counter to the nearest village, then the
 * nearest one left, and so on (on coordinates); villages without coordinates
 * come after, in the map's order.
 */
export function orderStops<T extends Pick<Village, "lat" | "lng" | "position" | "code">>(start: { lat: number; lng: number }, villages: T[]): T[] {
  const byMap = (a: T, b: T) => a.position - b.position || a.code.localeCompare(b.code);
  const placed: { village: T; lat: number; lng: number }[] = [];
  const rest: T[] = [];
  for (const v of [...villages].sort(byMap)) {
    if (v.lat !== null && v.lng !== null) placed.push({ village: v, lat: v.lat, lng: v.lng });
    else rest.push(v);
  }
  const ordered: T[] = [];
  let here = start;
  while (placed.length > 0) {
    // on a round of a few kilometres an equirectangular distance orders as well as the great circle
    const cos = Math.cos((here.lat * Math.PI) / 180);
    let best = 0;
    let bestDistance = Infinity;
    placed.forEach((v, i) => {
      const dx = (v.lng - here.lng) * cos;
      const dy = v.lat - here.lat;
      const distance = dx * dx + dy * dy;
      if (distance < bestDistance) [best, bestDistance] = [i, distance];
    });
    const [next] = placed.splice(best, 1);
    if (!next) break;
    ordered.push(next.village);
    here = { lat: next.lat, lng: next.lng };
  }
  return [...ordered, ...rest];
}

/**
 * A postman's round for one counter and day: the villages the counter serves
 * in round order, with the collections booked from sellers there, the parcels
 * to deliver and the cash to collect at each, and the cash to bring back.
 * Staff of a counter get their own; staff of a whole market and admins name one.
 */
export async function routeSheet(db: DatabaseOrTx, scope: StaffScope, input: { date: string; counterCode?: string | undefined }, locale: Locale): Promise<RouteSheet> {
  const counterFilter = input.counterCode ? eq(servicePoints.code, input.counterCode) : scope.servicePointId ? eq(servicePoints.id, scope.servicePointId) : null;
  if (!counterFilter) throw new AppError("BAD_REQUEST", "routeSheetCounterRequired");
  const [counter] = await db
    .select({ id: servicePoints.id, code: servicePoints.code, name: servicePoints.name, lat: servicePoints.lat, lng: servicePoints.lng, marketCode: servicePoints.marketCode, currency: markets.currency, timeZone: markets.timeZone })
    .from(servicePoints)
    .innerJoin(markets, eq(markets.code, servicePoints.marketCode))
    .where(and(counterFilter, scope.marketCode === null ? undefined : eq(servicePoints.marketCode, scope.marketCode)));
  // a counter code of another market is unknown to its staff
  if (!counter) throw new AppError("NOT_FOUND", "servicePointNotFound");

  const villages: Village[] = await db
    .select({ id: regions.id, name: regions.name, postalCode: regions.postalCode, lat: regions.lat, lng: regions.lng, position: regions.position, code: regions.code })
    .from(servicePointVillages)
    .innerJoin(regions, eq(regions.id, servicePointVillages.regionId))
    .where(eq(servicePointVillages.servicePointId, counter.id))
    .then((rows) => rows.map((r) => ({ ...r, name: localize(r.name, locale).text })));
  const villageIds = villages.map((v) => v.id);

  const [collections, parcels] = villageIds.length === 0 ? [[], []] : await Promise.all([
    db
      .select({
        villageId: shops.villageId,
        shopName: shops.name,
        shopPhone: shops.phone,
        timeWindow: pickups.timeWindow,
        status: pickups.status,
        manifestNumber: manifests.number,
        parcels: sql<number>`(select count(*)::int from ${shipments} where ${shipments.manifestId} = ${manifests.id})`,
      })
      .from(pickups)
      .innerJoin(shops, eq(shops.id, pickups.shopId))
      .leftJoin(manifests, eq(manifests.pickupId, pickups.id))
      .where(and(eq(pickups.date, input.date), eq(pickups.kind, "collection"), ne(pickups.status, "cancelled"), inArray(shops.villageId, villageIds)))
      .orderBy(asc(pickups.timeWindow), asc(manifests.number)),
    db
      .select({
        villageId: sql<string>`(${orders.delivery}->>'villageId')::uuid`,
        trackingNumber: shipments.trackingNumber,
        delivery: orders.delivery,
        codAmountMinor: shipments.codAmountMinor,
        status: shipments.trackingStatus,
        redeliverySlot: redeliveryRequests.slot,
      })
      .from(shipments)
      .innerJoin(orders, eq(orders.id, shipments.orderId))
      .leftJoin(
        redeliveryRequests,
        and(eq(redeliveryRequests.shipmentId, shipments.id), eq(redeliveryRequests.date, input.date), sql`${redeliveryRequests.createdAt} >= coalesce(${shipments.trackingStatusAt}, ${redeliveryRequests.createdAt})`),
      )
      .where(
        and(
          eq(shipments.status, "confirmed"),
          eq(orders.marketCode, counter.marketCode),
          sql`${orders.delivery}->>'kind' = 'home'`,
          sql`(${orders.delivery}->>'villageId')::uuid in (${sql.join(villageIds.map((id) => sql`${id}::uuid`), sql`, `)})`,
          or(inArray(shipments.trackingStatus, [...GOING_OUT]), and(eq(shipments.trackingStatus, "held_at_counter"), sql`${redeliveryRequests.id} is not null`)),
        ),
      )
      .orderBy(asc(shipments.trackingNumber)),
  ]);

  const stops = orderStops({ lat: counter.lat, lng: counter.lng }, villages)
    .map((v): RouteStop => {
      const deliveries = parcels
        .filter((p) => p.villageId === v.id)
        .map((p) => ({
          trackingNumber: p.trackingNumber ?? "",
          recipientName: p.delivery.recipientName,
          recipientPhone: p.delivery.recipientPhone,
          place: placeWithoutLandmark(p.delivery),
          landmark: p.delivery.landmark ?? null,
          codMinor: p.codAmountMinor,
          redeliverySlot: p.redeliverySlot ?? null,
        }));
      return {
        villageId: v.id,
        village: v.name,
        postalCode: v.postalCode,
        collections: collections
          .filter((c) => c.villageId === v.id)
          .map((c) => ({
            shopName: localize(c.shopName, locale).text,
            shopPhone: c.shopPhone,
            timeWindow: c.timeWindow,
            manifestNumber: c.manifestNumber,
            parcels: Number(c.parcels ?? 0),
            collected: c.status === "collected",
          })),
        deliveries,
        cashMinor: deliveries.reduce((sum, d) => sum + d.codMinor, 0),
      };
    })
    .filter((stop) => stop.collections.length > 0 || stop.deliveries.length > 0);

  return {
    date: input.date,
    counter: { id: counter.id, code: counter.code, name: localize(counter.name, locale).text },
    marketCode: counter.marketCode,
    currency: counter.currency,
    timeZone: counter.timeZone,
    stops,
    totalCashMinor: stops.reduce((sum, s) => sum + s.cashMinor, 0),
    parcelsOut: stops.reduce((sum, s) => sum + s.deliveries.length, 0),
    collections: stops.reduce((sum, s) => sum + s.collections.length, 0),
  };
}
