import { and, asc, eq, inArray, lte, or } from "drizzle-orm";
import type { DatabaseOrTx, Tx } from "@/db/client";
import { orders, servicePoints, shipments, trackingEvents, type TrackingStatus } from "@/db/schema";
import type { LocalizedText } from "@/db/schema";
import { AppError } from "../errors";
import { postCashCollected } from "../money/events";
import { returnParcel } from "../money/parcel-returns";

/** A parcel's journey ends here: no later event moves it on. */
export const FINAL_STATUSES: readonly TrackingStatus[] = ["delivered", "returned_to_sender"];

/** Statuses the shopper is told about by SMS. */
const NOTIFIED_STATUSES: readonly TrackingStatus[] = ["arrived_at_service_point", "out_for_delivery"];

export interface TrackingEventInput {
  /** unique per event and source: a repeated key is the same event, recorded once */
  eventKey: string;
  shipmentId: string;
  status: TrackingStatus;
  occurredAt: Date;
  source: "carrier" | "operator" | "system";
  location?: string | null;
  servicePointId?: string | null;
  codCollectedMinor?: number | null;
  actorId?: string | null;
}

/** An SMS to send to the recipient once the event is committed. */
export interface ParcelNotice {
  to: string;
  locale: string;
  status: TrackingStatus;
  trackingNumber: string;
  orderNumber: string;
  servicePointName: LocalizedText | null;
}

export interface TrackingOutcome {
  duplicate: boolean;
  /** whether the event moved the parcel's status */
  applied: boolean;
  status: TrackingStatus | null;
  notice: ParcelNotice | null;
  /** outbox jobs the event called for besides its notice (a returned card parcel's refund), to try once committed */
  jobs: string[];
}

/**
 * Records one tracking event of a parcel. Idempotent by event key; an event
 * older than the parcel's current status, or after a final status, is kept for
 * the timeline but never moves the parcel backwards. A final status (delivered,
 * returned) applies whatever its time, unless the parcel already has one.
 */
export async function recordTrackingEvent(tx: Tx, input: TrackingEventInput): Promise<TrackingOutcome> {
  const [row] = await tx
    .select({ shipment: shipments, orderNumber: orders.number, locale: orders.locale, delivery: orders.delivery })
    .from(shipments)
    .innerJoin(orders, eq(orders.id, shipments.orderId))
    .where(eq(shipments.id, input.shipmentId))
    .for("update", { of: shipments });
  const trackingNumber = row?.shipment.trackingNumber;
  if (!row || !trackingNumber) throw new AppError("NOT_FOUND", "parcelNotFound");
  const { shipment } = row;
  if (shipment.status === "cancelled") throw new AppError("CONFLICT", "parcelCancelled");
  if (input.status === "label_created") throw new AppError("BAD_REQUEST", "trackingStatusNotAllowed");

  const current = shipment.trackingStatus;
  const statusAt = shipment.trackingStatusAt;
  const isFinal = (status: TrackingStatus | null) => status !== null && FINAL_STATUSES.includes(status);
  // a final status ends the journey even when its clock is behind the last scan's (a courier's phone, a sorting scanner)
  const applied = !isFinal(current) && (statusAt === null || isFinal(input.status) || input.occurredAt.getTime() >= statusAt.getTime());
  const delivered = applied && input.status === "delivered";
  if (delivered && shipment.codAmountMinor > 0 && input.codCollectedMinor == null) throw new AppError("BAD_REQUEST", "cashAmountRequired");

  const inserted = await tx
    .insert(trackingEvents)
    .values({
      eventKey: input.eventKey,
      shipmentId: shipment.id,
      status: input.status,
      occurredAt: input.occurredAt,
      source: input.source,
      location: input.location ?? null,
      servicePointId: input.servicePointId ?? null,
      codCollectedMinor: input.codCollectedMinor ?? null,
      actorId: input.actorId ?? null,
      applied,
    })
    .onConflictDoNothing({ target: trackingEvents.eventKey })
    .returning({ id: trackingEvents.id });
  if (inserted.length === 0) return { duplicate: true, applied: false, status: current, notice: null, jobs: [] };
  if (!applied) return { duplicate: false, applied: false, status: current, notice: null, jobs: [] };

  await tx
    .update(shipments)
    .set({
      trackingStatus: input.status,
      // never earlier than the status it replaces, so later events still compare against the latest time seen
      trackingStatusAt: statusAt && statusAt > input.occurredAt ? statusAt : input.occurredAt,
      ...(delivered ? { codCollectedMinor: input.codCollectedMinor ?? 0 } : {}),
    })
    .where(eq(shipments.id, shipment.id));
  // money follows the parcel in the same transaction: cash the postman took, or a sale that came back (and a card refund)
  if (delivered && shipment.codAmountMinor > 0) await postCashCollected(tx, shipment.id, input.codCollectedMinor ?? 0, input.occurredAt);
  const jobs = input.status === "returned_to_sender" ? (await returnParcel(tx, shipment.id, input.occurredAt)).jobs : [];

  let notice: ParcelNotice | null = null;
  if (NOTIFIED_STATUSES.includes(input.status)) {
    const pointId = input.servicePointId ?? row.delivery.servicePointId ?? null;
    const [point] = pointId ? await tx.select({ name: servicePoints.name }).from(servicePoints).where(eq(servicePoints.id, pointId)) : [];
    notice = {
      to: row.delivery.recipientPhone,
      locale: row.locale,
      status: input.status,
      trackingNumber,
      orderNumber: row.orderNumber,
      servicePointName: point?.name ?? null,
    };
  }
  return { duplicate: false, applied: true, status: input.status, notice, jobs };
}

/** The timeline of parcels, oldest event first, keyed by shipment (events ignored after a final status left out). */
export async function timelines(db: DatabaseOrTx, shipmentIds: string[]) {
  if (shipmentIds.length === 0) return new Map<string, TimelineEvent[]>();
  const rows = await db
    .select({
      shipmentId: trackingEvents.shipmentId,
      status: trackingEvents.status,
      occurredAt: trackingEvents.occurredAt,
      recordedAt: trackingEvents.recordedAt,
      location: trackingEvents.location,
      servicePointName: servicePoints.name,
    })
    .from(trackingEvents)
    .innerJoin(shipments, eq(shipments.id, trackingEvents.shipmentId))
    .leftJoin(servicePoints, eq(servicePoints.id, trackingEvents.servicePointId))
    // late events belong to the history; events after a final status do not
    .where(and(inArray(trackingEvents.shipmentId, shipmentIds), or(eq(trackingEvents.applied, true), lte(trackingEvents.occurredAt, shipments.trackingStatusAt))))
    .orderBy(asc(trackingEvents.occurredAt), asc(trackingEvents.recordedAt));
  const byShipment = new Map<string, TimelineEvent[]>();
  for (const { shipmentId, ...event } of rows) {
    const list = byShipment.get(shipmentId) ?? [];
    list.push(event);
    byShipment.set(shipmentId, list);
  }
  return byShipment;
}

export interface TimelineEvent {
  status: TrackingStatus;
  occurredAt: Date;
  /** when Villagepost learnt of it (a carrier's clock may differ from ours) */
  recordedAt: Date;
  location: string | null;
  servicePointName: LocalizedText | null;
}

/** A parcel by its tracking number (as printed, scanned or typed), or NOT_FOUND. */
export async function shipmentByTrackingNumber(db: DatabaseOrTx, trackingNumber: string) {
  const [row] = await db
    .select({ id: shipments.id })
    .from(shipments)
    .where(eq(shipments.trackingNumber, trackingNumber));
  if (!row) throw new AppError("NOT_FOUND", "parcelNotFound");
  return row;
}
