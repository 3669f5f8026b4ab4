import { and, eq } from "drizzle-orm";
import { servicePoints, shipments } from "@/db/schema";
import { AppError } from "../errors";
import type { WebhookDelivery } from "./carriers/carrier";
import type { OutboxServices } from "../outbox/handlers";
import { deliverNow } from "../outbox/worker";
import { enqueueParcelNotice } from "./notices";
import { recordTrackingEvent } from "./tracking";

export interface IngestResult {
  applied: number;
  /** recorded for the timeline, but older than the parcel's status or after a final one */
  late: number;
  duplicates: number;
  /** events about parcels this carrier does not have, or that cannot take the event */
  rejected: { id: string; reason: string }[];
}

/**
 * Records a carrier's tracking events, each in its own transaction: one bad
 * event, even one that fails unexpectedly, is rejected with its reason and
 * does not hold back the others. The SMS an event calls for is written to the
 * outbox with it, then sent.
 */
export async function ingestCarrierEvents(services: OutboxServices, carrierCode: string, delivery: WebhookDelivery): Promise<IngestResult> {
  const { db } = services;
  const result: IngestResult = { applied: 0, late: 0, duplicates: 0, rejected: [...delivery.rejected] };
  const toSend: string[] = [];
  for (const event of delivery.events) {
    try {
      const outcome = await db.transaction(async (tx) => {
        const [parcel] = await tx
          .select({ id: shipments.id })
          .from(shipments)
          .where(and(eq(shipments.trackingNumber, event.trackingNumber), eq(shipments.carrier, carrierCode)));
        if (!parcel) throw new AppError("NOT_FOUND", "parcelNotFound");
        const [point] = event.servicePointCode
          ? await tx.select({ id: servicePoints.id }).from(servicePoints).where(eq(servicePoints.code, event.servicePointCode))
          : [];
        const eventKey = `${carrierCode}:${event.id}`;
        const recorded = await recordTrackingEvent(tx, {
          eventKey,
          shipmentId: parcel.id,
          status: event.status,
          occurredAt: event.occurredAt,
          source: "carrier",
          location: event.location,
          servicePointId: point?.id ?? null,
          codCollectedMinor: event.codCollectedMinor,
        });
        return { ...recorded, noticeKey: await enqueueParcelNotice(tx, eventKey, recorded.notice) };
      });
      if (outcome.duplicate) result.duplicates++;
      else if (outcome.applied) result.applied++;
      else result.late++;
      if (outcome.noticeKey) toSend.push(outcome.noticeKey);
      // a returned card parcel's refund (and any payout reversal) is tried at once; the worker retries it otherwise
      toSend.push(...outcome.jobs);
    } catch (error) {
      // an event that cannot be taken is rejected on its own, with its reason; the delivery goes on
      if (!(error instanceof AppError)) console.error(`tracking event ${event.id} failed`, error);
      result.rejected.push({ id: event.id, reason: error instanceof AppError ? error.messageKey : "internal" });
    }
  }
  for (const key of toSend) await deliverNow(services, key);
  return result;
}
