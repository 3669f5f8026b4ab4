import { and, count, desc, eq, isNull, lte, or, sql } from "drizzle-orm";
import type { Database, DatabaseOrTx } from "@/db/client";
import { manifests, orders, pickups, redeliveryRequests, regions, servicePoints, shipments, shops, trackingEvents, type TrackingStatus } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import type { SmsProvider } from "../auth/sms";
import { localize } from "../catalog/localize";
import { AppError } from "../errors";
import { parseReadableNumber } from "../lib/readable-number";
import { deliverNow } from "../outbox/worker";
import { placeWithoutLandmark } from "./label-source";
import { enqueueParcelNotice } from "./notices";
import { currentRedelivery } from "./redelivery";
import { normalizeS10 } from "./s10";
import { FINAL_STATUSES, recordTrackingEvent, timelines } from "./tracking";

/** What a scanned or typed code is: a parcel's tracking number or a manifest's number. */
export function classifyCode(code: string): { kind: "parcel"; trackingNumber: string } | { kind: "manifest"; number: string } {
  const trackingNumber = normalizeS10(code);
  if (trackingNumber) return { kind: "parcel", trackingNumber };
  const number = parseReadableNumber("MF", code);
  if (number) return { kind: "manifest", number };
  throw new AppError("BAD_REQUEST", "unknownCode", { value: code.slice(0, 40) });
}

/** A parcel as postal staff see it after a scan: where it goes, what to collect, its timeline. */
export async function parcelForStaff(db: DatabaseOrTx, trackingNumber: string, locale: Locale) {
  const [row] = await db
    .select({ shipment: shipments, order: orders, shopName: shops.name })
    .from(shipments)
    .innerJoin(orders, eq(orders.id, shipments.orderId))
    .innerJoin(shops, eq(shops.id, shipments.shopId))
    .where(eq(shipments.trackingNumber, trackingNumber));
  if (!row) throw new AppError("NOT_FOUND", "parcelNotFound");
  const { shipment, order } = row;
  const [events, redelivery] = await Promise.all([
    timelines(db, [shipment.id]),
    db
      .select({ date: redeliveryRequests.date, slot: redeliveryRequests.slot, createdAt: redeliveryRequests.createdAt })
      .from(redeliveryRequests)
      .where(eq(redeliveryRequests.shipmentId, shipment.id))
      .orderBy(desc(redeliveryRequests.createdAt))
      .limit(1),
  ]);
  return {
    kind: "parcel" as const,
    id: shipment.id,
    trackingNumber,
    orderNumber: order.number,
    status: shipment.trackingStatus,
    cancelled: shipment.status === "cancelled",
    final: shipment.trackingStatus !== null && FINAL_STATUSES.includes(shipment.trackingStatus),
    shopName: localize(row.shopName, locale).text,
    recipientName: order.delivery.recipientName,
    recipientPhone: order.delivery.recipientPhone,
    place: placeWithoutLandmark(order.delivery),
    landmark: order.delivery.landmark ?? null,
    servicePointId: order.delivery.servicePointId ?? null,
    weightGrams: shipment.weightGrams,
    currency: order.currency,
    codAmountMinor: shipment.codAmountMinor,
    codCollectedMinor: shipment.codCollectedMinor,
    redelivery: currentRedelivery(redelivery, shipment.trackingStatus, events.get(shipment.id) ?? []),
    timeline: (events.get(shipment.id) ?? []).map((e) => ({ ...e, servicePointName: e.servicePointName && localize(e.servicePointName, locale).text })),
  };
}

/** A manifest as the counter sees it before confirming the handover. */
export async function manifestForStaff(db: DatabaseOrTx, number: string, locale: Locale) {
  const [row] = await db
    .select({ manifest: manifests, pickup: pickups, shopName: shops.name, village: regions.name })
    .from(manifests)
    .innerJoin(pickups, eq(pickups.id, manifests.pickupId))
    .innerJoin(shops, eq(shops.id, manifests.shopId))
    .innerJoin(regions, eq(regions.id, shops.villageId))
    .where(eq(manifests.number, number));
  if (!row) throw new AppError("NOT_FOUND", "manifestNotFound");
  const [parcels] = await db.select({ n: count() }).from(shipments).where(eq(shipments.manifestId, row.manifest.id));
  return {
    kind: "manifest" as const,
    number,
    shopName: localize(row.shopName, locale).text,
    village: localize(row.village, locale).text,
    handover: row.pickup.kind,
    date: row.pickup.date,
    timeWindow: row.pickup.timeWindow,
    parcels: parcels?.n ?? 0,
    acceptedAt: row.manifest.acceptedAt,
  };
}

/** What a scan shows: the parcel or the manifest behind the code. */
export async function lookUpCode(db: DatabaseOrTx, code: string, locale: Locale) {
  const what = classifyCode(code);
  return what.kind === "parcel" ? parcelForStaff(db, what.trackingNumber, locale) : manifestForStaff(db, what.number, locale);
}

export interface StaffEventInput {
  trackingNumber: string;
  status: Exclude<TrackingStatus, "label_created">;
  /** made by the screen once per submitted form, so a resend on a bad connection is recorded once */
  scanId: string;
  servicePointId?: string | undefined;
  codCollectedMinor?: number | undefined;
}

/** Postal staff record what happened to a parcel; the SMS the status calls for is written to the outbox with it. */
export async function recordStaffEvent(db: Database, sms: SmsProvider, actorId: string, input: StaffEventInput) {
  const outcome = await db.transaction(async (tx) => {
    const [parcel] = await tx.select({ id: shipments.id }).from(shipments).where(eq(shipments.trackingNumber, input.trackingNumber));
    if (!parcel) throw new AppError("NOT_FOUND", "parcelNotFound");
    if (input.servicePointId) {
      const [point] = await tx.select({ id: servicePoints.id }).from(servicePoints).where(eq(servicePoints.id, input.servicePointId));
      if (!point) throw new AppError("BAD_REQUEST", "servicePointNotFound");
    }
    const eventKey = `operator:${input.scanId}`;
    const recorded = await recordTrackingEvent(tx, {
      eventKey,
      shipmentId: parcel.id,
      status: input.status,
      occurredAt: new Date(),
      source: "operator",
      servicePointId: input.servicePointId ?? null,
      codCollectedMinor: input.codCollectedMinor ?? null,
      actorId,
    });
    return { ...recorded, noticeKey: await enqueueParcelNotice(tx, eventKey, recorded.notice) };
  });
  if (outcome.noticeKey) await deliverNow({ db, sms, stripe: null }, outcome.noticeKey);
  return { applied: outcome.applied, duplicate: outcome.duplicate, status: outcome.status };
}

/**
 * The counter takes a manifest's parcels: every parcel on it becomes
 * "accepted" in one statement (a 10,000-parcel manifest is one scan), the
 * pickup is marked collected. Confirming again changes nothing.
 */
export async function acceptManifest(db: Database, actorId: string, number: string) {
  return db.transaction(async (tx) => {
    const [manifest] = await tx.select().from(manifests).where(eq(manifests.number, number)).for("update");
    if (!manifest) throw new AppError("NOT_FOUND", "manifestNotFound");
    if (manifest.acceptedAt) return { number, alreadyAccepted: true, accepted: 0 };
    const now = new Date();
    // only parcels the post does not have yet: a parcel a webhook already moved on (arrived, held…) stays where it is
    const moved = await tx
      .update(shipments)
      .set({ trackingStatus: "accepted", trackingStatusAt: now })
      .where(
        and(
          eq(shipments.manifestId, manifest.id),
          eq(shipments.status, "confirmed"),
          eq(shipments.trackingStatus, "label_created"),
          or(isNull(shipments.trackingStatusAt), lte(shipments.trackingStatusAt, now)),
        ),
      )
      .returning({ id: shipments.id });
    // every parcel on the manifest gets the handover in its history; it moved only those it moved
    const movedIds = moved.map((m) => m.id);
    await tx.execute(sql`
      insert into ${trackingEvents} (event_key, shipment_id, status, occurred_at, source, actor_id, applied)
      select 'manifest:' || ${manifest.id}::text || ':' || ${shipments.id}::text, ${shipments.id}, 'accepted', ${now}, 'operator', ${actorId},
        ${shipments.id}::text = any(${`{${movedIds.join(",")}}`}::text[])
      from ${shipments} where ${shipments.manifestId} = ${manifest.id} and ${shipments.status} = 'confirmed'
      on conflict (event_key) do nothing`);
    await tx.update(manifests).set({ acceptedAt: now, acceptedBy: actorId }).where(eq(manifests.id, manifest.id));
    await tx.update(pickups).set({ status: "collected" }).where(and(eq(pickups.id, manifest.pickupId), eq(pickups.status, "requested")));
    return { number, alreadyAccepted: false, accepted: moved.length };
  });
}

/** The collections and drop-offs booked for a day, for the route and the counter. */
export async function pickupsForDay(db: DatabaseOrTx, date: string, locale: Locale) {
  const rows = await db
    .select({
      kind: pickups.kind,
      timeWindow: pickups.timeWindow,
      status: pickups.status,
      shopName: shops.name,
      shopPhone: shops.phone,
      village: regions.name,
      servicePointName: servicePoints.name,
      manifestNumber: manifests.number,
      acceptedAt: manifests.acceptedAt,
      parcels: sql<number>`(select count(*)::int from ${shipments} where ${shipments.manifestId} = ${manifests.id})`,
    })
    .from(pickups)
    .innerJoin(manifests, eq(manifests.pickupId, pickups.id))
    .innerJoin(shops, eq(shops.id, pickups.shopId))
    .innerJoin(regions, eq(regions.id, shops.villageId))
    .leftJoin(servicePoints, eq(servicePoints.id, pickups.servicePointId))
    .where(eq(pickups.date, date))
    .orderBy(pickups.timeWindow, manifests.number)
    .limit(200);
  return rows.map((row) => ({
    ...row,
    shopName: localize(row.shopName, locale).text,
    village: localize(row.village, locale).text,
    servicePointName: row.servicePointName && localize(row.servicePointName, locale).text,
  }));
}
