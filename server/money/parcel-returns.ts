import { eq } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { payments, shipments } from "@/db/schema";
import { enqueue } from "../outbox/outbox";
import { postParcelReturned } from "./events";
import { recoverAfterRefund } from "./stripe-payouts";

/** The outbox key of a returned parcel's refund, and its Stripe idempotency key: one per parcel. */
export const parcelRefundJobKey = (shipmentId: string) => `shipment-${shipmentId}-refund`;

/**
 * A parcel came back to its seller, in the transaction that records it: the
 * ledger takes the sale back. For a card parcel the shopper gets its items'
 * money back (the post keeps the postage it earned carrying it), sent to
 * Stripe by the outbox under one key per parcel; if the seller was paid out
 * already, the money is reversed from their transfer or carried as a negative
 * balance, as for any refund after payout. A cash parcel calls no one: nothing
 * was collected, and the seller bears the postage. A second call for the same
 * parcel (a replayed event) does nothing. Returns the outbox keys to try at once.
 */
export async function returnParcel(tx: DatabaseOrTx, shipmentId: string, at: Date): Promise<{ refundMinor: number; jobs: string[] }> {
  const returned = await postParcelReturned(tx, shipmentId, at);
  if (returned.refundMinor <= 0) return { refundMinor: 0, jobs: [] };
  const [row] = await tx
    .select({ orderId: shipments.orderId, paymentIntent: payments.paymentIntentId })
    .from(shipments)
    .innerJoin(payments, eq(payments.orderId, shipments.orderId))
    .where(eq(shipments.id, shipmentId));
  // a captured card payment always has its intent: without it the money could not go back, so nothing is recorded
  if (!row?.paymentIntent) throw new Error(`the card payment of parcel ${shipmentId} has no payment intent`);
  await tx.update(shipments).set({ refundStatus: "pending", refundMinor: returned.refundMinor }).where(eq(shipments.id, shipmentId));
  const key = parcelRefundJobKey(shipmentId);
  await enqueue(tx, { kind: "stripe.refund", key, payload: { orderId: row.orderId, shipmentId, paymentIntent: row.paymentIntent, amountMinor: returned.refundMinor } });
  const recovered = await recoverAfterRefund(tx, row.orderId, at, { shipmentIds: [shipmentId] });
  return { refundMinor: returned.refundMinor, jobs: [key, ...recovered] };
}
