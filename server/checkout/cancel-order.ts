import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { orders, payments, shipments } from "@/db/schema";
import { AppError } from "../errors";
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
    const parcels = await tx.select({ status: shipments.status }).from(shipments).where(eq(shipments.orderId, order.id));
    // fulfilment will add statuses past "confirmed" (label printed, accepted…); only these may still be cancelled
    if (parcels.some((p) => p.status !== "pending" && p.status !== "confirmed")) throw new AppError("CONFLICT", "cannotCancel");
    await tx.update(orders).set({ status: "cancelled", cancelledAt: new Date(), cancelReason: "shopper" }).where(eq(orders.id, order.id));
    await tx.update(shipments).set({ status: "cancelled" }).where(eq(shipments.orderId, order.id));
    await restock(tx, [order.id]);
    const [payment] = await tx.select().from(payments).where(eq(payments.orderId, order.id));
    const paid = payment?.status === "succeeded" && payment.paymentIntentId ? payment.paymentIntentId : null;
    return { refundPaymentIntent: paid, stripeSessionId: order.status === "pending_payment" ? order.stripeSessionId : null };
  });
}
