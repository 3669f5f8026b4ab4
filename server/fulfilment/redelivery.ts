import { and, desc, eq, gte } from "drizzle-orm";
import type { Database, DatabaseOrTx } from "@/db/client";
import { orders, redeliveryRequests, shipments, trackingEvents, type DeliverySnapshot, type TrackingStatus } from "@/db/schema";
import { AppError } from "../errors";
import { villageRouteDays, workingDays } from "../network/calendar";

/** The delivery slots a shopper can choose for a parcel held at a counter. */
export const REDELIVERY_SLOTS = ["09:00-12:00", "12:00-15:00", "15:00-18:00"] as const;

/** How many days a shopper chooses from. */
const REDELIVERY_CHOICES = 7;

/**
 * The days a redelivery can be asked for, from tomorrow in the market's time
 * zone, as the calendar has them: the recipient village's route days (less
 * holidays and cancellations, plus extra days), or the days the market's post
 * works when the village has no route.
 */
export async function redeliveryDays(db: DatabaseOrTx, order: { marketCode: string; delivery: Pick<DeliverySnapshot, "villageId"> }, now = new Date()): Promise<string[]> {
  const village = order.delivery.villageId;
  const routeDays = village ? await villageRouteDays(db, village, REDELIVERY_CHOICES, now, 1) : [];
  return routeDays.length > 0 ? routeDays : workingDays(db, order.marketCode, REDELIVERY_CHOICES, now, 1);
}

/**
 * A shopper asks the post to deliver again a parcel held at a counter, on a
 * day and in a slot. The caller has checked the shopper may see the order.
 */
export async function requestRedelivery(db: Database, orderId: string, input: { shipmentId: string; date: string; slot: string }, now = new Date()) {
  const [order] = await db.select({ marketCode: orders.marketCode, delivery: orders.delivery }).from(orders).where(eq(orders.id, orderId));
  if (!order || !(await redeliveryDays(db, order, now)).includes(input.date)) throw new AppError("BAD_REQUEST", "redeliveryDateInvalid");
  if (!(REDELIVERY_SLOTS as readonly string[]).includes(input.slot)) throw new AppError("BAD_REQUEST", "redeliverySlotInvalid");
  return db.transaction(async (tx) => {
    const [parcel] = await tx.select().from(shipments).where(eq(shipments.id, input.shipmentId)).for("update");
    if (!parcel || parcel.orderId !== orderId) throw new AppError("NOT_FOUND", "parcelNotFound");
    if (parcel.trackingStatus !== "held_at_counter") throw new AppError("CONFLICT", "redeliveryNotHeld");
    const [held] = await tx
      .select({ recordedAt: trackingEvents.recordedAt })
      .from(trackingEvents)
      .where(and(eq(trackingEvents.shipmentId, parcel.id), eq(trackingEvents.status, "held_at_counter"), eq(trackingEvents.applied, true)))
      .orderBy(desc(trackingEvents.recordedAt))
      .limit(1);
    const earlier = await tx
      .select({ id: redeliveryRequests.id })
      .from(redeliveryRequests)
      .where(and(eq(redeliveryRequests.shipmentId, parcel.id), gte(redeliveryRequests.createdAt, held?.recordedAt ?? new Date(0))));
    if (earlier.length > 0) throw new AppError("CONFLICT", "redeliveryAlreadyRequested");
    const [request] = await tx.insert(redeliveryRequests).values({ shipmentId: parcel.id, date: input.date, slot: input.slot }).returning();
    return request;
  });
}

/**
 * The request that belongs to the parcel's current status: one made since
 * Villagepost learnt of that status (the newest such event in the timeline).
 */
export function currentRedelivery<T extends { createdAt: Date }>(
  requests: T[],
  status: TrackingStatus | null,
  timeline: { status: TrackingStatus; recordedAt: Date }[],
): T | null {
  const since = timeline.filter((e) => e.status === status).reduce<Date | null>((latest, e) => (latest && latest > e.recordedAt ? latest : e.recordedAt), null);
  return requests.find((r) => since === null || r.createdAt >= since) ?? null;
}
