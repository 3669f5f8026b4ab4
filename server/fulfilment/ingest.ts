import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { servicePoints, shipments } from "@/db/schema";
import type { SmsProvider } from "../auth/sms";
import { AppError } from "../errors";
import type { WebhookDelivery } from "./carriers/carrier";
import { sendParcelNotice } from "./notices";
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
 * Records a carrier's tracking events, each in its own transaction (one bad
 * event does not hold back the others), and sends the SMS each applied one calls for once it is committed.
 */
export async function ingestCarrierEvents(db: Database, sms: SmsProvider, carrierCode: string, delivery: WebhookDelivery): Promise<IngestResult> {
  const result: IngestResult = { applied: 0, late: 0, duplicates: 0, rejected: [...delivery.rejected] };
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
        return recordTrackingEvent(tx, {
          eventKey: `${carrierCode}:${event.id}`,
          shipmentId: parcel.id,
          status: event.status,
          occurredAt: event.occurredAt,
          source: "carrier",
          location: event.location,
          servicePointId: point?.id ?? null,
          codCollectedMinor: event.codCollectedMinor,
        });
      });
      if (outcome.duplicate) result.duplicates++;
      else if (outcome.applied) result.applied++;
      else result.late++;
      // committed: tell the recipient now, so a later failure in the batch cannot lose the message
      await sendParcelNotice(sms, outcome.notice);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.rejected.push({ id: event.id, reason: error.messageKey });
    }
  }
  return result;
}
