import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { orders, payments, shipments } from "@/db/schema";
import { AppError } from "../errors";
import { carrierFor } from "../fulfilment/carriers/postal-operator";
import { postRefund } from "../money/events";
import { restock } from "./holds";

/**
 * The shopper cancels before dispatch: stock returns, and a paid card order
 * is marked for a refund (returned, to be sent through Stripe idempotently).
 */
export async function cancelOrder(db: Database, orderId: string): Promise<{ refundPaymentIntent: string | null; stripeSessionId: string | null }> {
  return db.transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
    if (!order) throw new AppError("NOT_FOUND", "orderNotFound");
    if (order.status === "cancelled") return { refundPaymentIntent: null, stripeSessionId: null };
    const parcels = await tx
      .select({ status: shipments.status, trackingStatus: shipments.trackingStatus, trackingNumber: shipments.trackingNumber, carrier: shipments.carrier })
      .from(shipments)
      .where(eq(shipments.orderId, order.id))
      // a scan or a manifest handover in flight finishes first, and is seen here
      .for("update");
    // once the post has a parcel (accepted or later), the order is on its way and cannot be cancelled
    if (parcels.some((p) => p.trackingStatus !== null && p.trackingStatus !== "label_created")) throw new AppError("CONFLICT", "cannotCancel");
    for (const parcel of parcels) {
      if (parcel.trackingNumber) await carrierFor(order.marketCode).cancel(tx, parcel.trackingNumber);
    }
    await tx.update(orders).set({ status: "cancelled", cancelledAt: new Date(), cancelReason: "shopper" }).where(eq(orders.id, order.id));
    // a cancelled parcel leaves the manifest it was on, so the counter is not told to expect it
    await tx.update(shipments).set({ status: "cancelled", manifestId: null }).where(eq(shipments.orderId, order.id));
    await restock(tx, [order.id]);
    const [payment] = await tx.select().from(payments).where(eq(payments.orderId, order.id));
    const paid = payment?.status === "succeeded" && payment.paymentIntentId ? payment.paymentIntentId : null;
    // before dispatch the whole payment goes back, postage too
    if (paid) await postRefund(tx, order.id, new Date(), { includePostage: true });
    return { refundPaymentIntent: paid, stripeSessionId: order.status === "pending_payment" ? order.stripeSessionId : null };
  });
}
