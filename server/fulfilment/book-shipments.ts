import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { orders, shipments, trackingEvents } from "@/db/schema";
import { carrierFor } from "./carriers/postal-operator";

/** Books every parcel of a confirmed order that has no number yet with the market's carrier. Safe to call twice. */
export async function bookShipments(tx: Tx, orderId: string): Promise<void> {
  const rows = await tx
    .select({ id: shipments.id, weightGrams: shipments.weightGrams, marketCode: orders.marketCode })
    .from(shipments)
    .innerJoin(orders, eq(orders.id, shipments.orderId))
    .where(and(eq(shipments.orderId, orderId), eq(shipments.status, "confirmed"), isNull(shipments.trackingNumber)));
  for (const row of rows) {
    const carrier = carrierFor(row.marketCode);
    const booking = await carrier.book(tx, { shipmentId: row.id, marketCode: row.marketCode, service: "parcel", weightGrams: row.weightGrams });
    const now = new Date();
    await tx
      .update(shipments)
      .set({ trackingNumber: booking.trackingNumber, carrier: carrier.code, trackingStatus: "label_created", trackingStatusAt: now })
      .where(eq(shipments.id, row.id));
    await tx.insert(trackingEvents).values({
      eventKey: `booked:${row.id}`,
      shipmentId: row.id,
      status: "label_created",
      occurredAt: now,
      source: "system",
      applied: true,
    });
  }
}
