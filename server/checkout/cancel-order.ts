import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { orders, payments, shipments } from "@/db/schema";
import { AppError } from "../errors";
import { carrierFor } from "../fulfilment/carriers/postal-operator";
import { postRefund } from "../money/events";
import { enqueue } from "../outbox/outbox";
import { enqueueRefund } from "../payments/stripe-events";
import { restock } from "./holds";

/**
 * The shopper cancels before dispatch: stock returns, a paid card order's
 * refund and an open payment page's closing are written to the outbox in the
 * same transaction, so they happen even if this process dies right after.
 * Returns the outbox keys to try at once.
 */
export async function cancelOrder(db: Database, orderId: string): Promise<{ jobs: string[] }> {
  return db.transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
    if (!order) throw new AppError("NOT_FOUND", "orderNotFound");
    if (order.status === "cancelled") return { jobs: [] };
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
    const jobs: string[] = [];
    if (payment?.status === "succeeded" && payment.paymentIntentId) {
      await enqueueRefund(tx, order.id, payment.paymentIntentId);
      // before dispatch the whole payment goes back, postage too
      await postRefund(tx, order.id, new Date(), { includePostage: true });
      jobs.push(`order-${order.id}-refund`);
    }
    if (order.status === "pending_payment" && order.stripeSessionId) {
      const key = `order-${order.id}-expire-session`;
      await enqueue(tx, { kind: "stripe.expire_session", key, payload: { sessionId: order.stripeSessionId } });
      jobs.push(key);
    }
    return { jobs };
  });
}
