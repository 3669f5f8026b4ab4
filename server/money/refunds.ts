import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { orders, payments, shipments } from "@/db/schema";
import { AppError } from "../errors";
import { enqueueRefund } from "../payments/stripe-events";
import { postRefund } from "./events";
import { recoverAfterRefund } from "./stripe-payouts";

/**
 * An admin refunds a paid card order after it left (a complaint, a parcel
 * lost): the shopper gets the items back (postage too if no parcel was handed
 * to the post yet), the ledger takes the sale back from the seller, and when
 * the seller was paid already the money is reversed from their Stripe
 * transfer or carried as a negative balance. All in one transaction with the
 * outbox jobs that call Stripe; returns their keys, to try at once.
 */
export async function refundCardOrder(db: Database, input: { orderNumber: string; at?: Date }): Promise<{ jobs: string[]; amountMinor: number; currency: string }> {
  const at = input.at ?? new Date();
  return db.transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.number, input.orderNumber)).for("update");
    if (!order) throw new AppError("NOT_FOUND", "orderNotFound");
    if (order.paymentMethod !== "card") throw new AppError("BAD_REQUEST", "refundCardOnly");
    const [payment] = await tx.select().from(payments).where(eq(payments.orderId, order.id)).for("update");
    if (payment?.status === "refund_pending" || payment?.status === "refunded") throw new AppError("CONFLICT", "alreadyRefunded");
    if (payment?.status !== "succeeded" || !payment.paymentIntentId) throw new AppError("CONFLICT", "orderNotPaid");
    const parcels = await tx.select({ trackingStatus: shipments.trackingStatus }).from(shipments).where(eq(shipments.orderId, order.id));
    const handedOver = parcels.some((p) => p.trackingStatus !== null && p.trackingStatus !== "label_created");
    const refund = await postRefund(tx, order.id, at, { includePostage: !handedOver });
    // every parcel came back already, and was refunded then
    if (refund.amountMinor === 0) throw new AppError("CONFLICT", "alreadyRefunded");
    await enqueueRefund(tx, order.id, payment.paymentIntentId, handedOver ? refund.amountMinor : undefined);
    const jobs = [`order-${order.id}-refund`, ...(await recoverAfterRefund(tx, order.id, at))];
    return { jobs, amountMinor: refund.amountMinor, currency: order.currency };
  });
}
