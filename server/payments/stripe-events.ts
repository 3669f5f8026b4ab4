import { eq, inArray } from "drizzle-orm";
import type Stripe from "stripe";
import type { Database, DatabaseOrTx, Tx } from "@/db/client";
import { orderLines, orders, payments, shipments, stripeEvents, type Order } from "@/db/schema";
import { restock, takeStock } from "../checkout/holds";
import { bookShipments } from "../fulfilment/book-shipments";
import { postCardCaptured } from "../money/events";
import { applyConnectEvent, CONNECT_EVENTS } from "../money/stripe-payouts";
import { enqueue } from "../outbox/outbox";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The events we act on; anything else is acknowledged and ignored. */
export const HANDLED_EVENTS = new Set([
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.async_payment_failed",
  "checkout.session.expired",
  ...CONNECT_EVENTS,
]);

export type EventOutcome = { result: "ignored" | "duplicate" | "processed"; refunding?: boolean };

async function lockOrder(tx: Tx, orderId: string): Promise<Order | undefined> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
  return order;
}

/** Stock for every line of the order, all or nothing (a savepoint undoes a partial take). */
async function retakeStock(tx: Tx, orderId: string): Promise<boolean> {
  const lines = await tx.select().from(orderLines).where(eq(orderLines.orderId, orderId));
  try {
    await tx.transaction(async (savepoint) => {
      for (const line of [...lines].sort((a, b) => a.variantId.localeCompare(b.variantId))) {
        if (!(await takeStock(savepoint, line.variantId, line.quantity))) throw new Error("sold out");
      }
    });
    return true;
  } catch {
    return false;
  }
}

async function markPaid(tx: Tx, order: Order, session: Stripe.Checkout.Session): Promise<EventOutcome> {
  const paymentIntent = typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? null);
  await tx
    .update(payments)
    .set({ status: "succeeded", paymentIntentId: paymentIntent, updatedAt: new Date() })
    .where(eq(payments.orderId, order.id));
  if (order.status === "confirmed") return { result: "processed" }; // already paid: a repeat under another event type
  if (order.status === "cancelled") {
    // paid after its hold ran out (or after an out-of-order "expired"): take the stock again, else give the money back
    if (order.cancelReason !== "shopper" && (await retakeStock(tx, order.id))) {
      await confirm(tx, order.id);
      return { result: "processed" };
    }
    if (!paymentIntent) return { result: "processed" };
    await enqueueRefund(tx, order.id, paymentIntent);
    return { result: "processed", refunding: true };
  }
  await confirm(tx, order.id);
  return { result: "processed" };
}

async function confirm(tx: Tx, orderId: string) {
  const now = new Date();
  await tx.update(orders).set({ status: "confirmed", paidAt: now, cancelledAt: null, cancelReason: null }).where(eq(orders.id, orderId));
  await tx.update(shipments).set({ status: "confirmed" }).where(eq(shipments.orderId, orderId));
  await bookShipments(tx, orderId);
  // the captured money enters the ledger with the confirmation, or neither happens
  await postCardCaptured(tx, orderId, now);
}

async function markUnpaid(tx: Tx, order: Order, reason: string): Promise<EventOutcome> {
  if (order.status !== "pending_payment") return { result: "processed" }; // paid already, or already released
  await tx.update(orders).set({ status: "cancelled", cancelledAt: new Date(), cancelReason: reason }).where(eq(orders.id, order.id));
  await tx.update(shipments).set({ status: "cancelled" }).where(inArray(shipments.orderId, [order.id]));
  await tx.update(payments).set({ status: "failed", updatedAt: new Date() }).where(eq(payments.orderId, order.id));
  await restock(tx, [order.id]);
  return { result: "processed" };
}

/**
 * Applies one verified Stripe event. Its id is recorded under a unique key in
 * the same transaction as its effect, so a redelivered event changes nothing;
 * each handler looks at the order's state rather than assuming event order.
 * An event about no order of ours (another integration on the same account)
 * is recorded as ignored.
 */
export async function processStripeEvent(db: Database, event: Stripe.Event): Promise<EventOutcome> {
  if (!HANDLED_EVENTS.has(event.type)) return { result: "ignored" };
  return db.transaction(async (tx) => {
    const recorded = await tx.insert(stripeEvents).values({ id: event.id, type: event.type }).onConflictDoNothing().returning();
    if (recorded.length === 0) return { result: "duplicate" };
    // Connect: a seller's account, a payout's transfer or its reversal, a seller's bank payout
    if (CONNECT_EVENTS.has(event.type)) return { result: await applyConnectEvent(tx, event) };
    const session = event.data.object as Stripe.Checkout.Session;
    const orderId = session.metadata?.order_id ?? session.client_reference_id;
    if (!orderId || !UUID.test(orderId)) return { result: "ignored" };
    const order = await lockOrder(tx, orderId);
    if (!order) return { result: "ignored" };
    switch (event.type) {
      case "checkout.session.completed":
        return session.payment_status === "paid" ? markPaid(tx, order, session) : { result: "processed" as const };
      case "checkout.session.async_payment_succeeded":
        return markPaid(tx, order, session);
      case "checkout.session.async_payment_failed":
        return markUnpaid(tx, order, "payment_failed");
      default:
        return markUnpaid(tx, order, "payment_timeout");
    }
  });
}

/**
 * Gives a card payment back, through the outbox: written with the change that
 * calls for it, then sent to Stripe and retried until Stripe confirms, under
 * one idempotency key per order, so the money goes back exactly once.
 * `amountMinor` refunds part of the payment (the items of a parcel that was carried).
 */
export async function enqueueRefund(tx: DatabaseOrTx, orderId: string, paymentIntent: string, amountMinor?: number): Promise<void> {
  await tx.update(payments).set({ status: "refund_pending", updatedAt: new Date() }).where(eq(payments.orderId, orderId));
  // without an amount the whole payment goes back
  await enqueue(tx, { kind: "stripe.refund", key: `order-${orderId}-refund`, payload: { orderId, paymentIntent, ...(amountMinor !== undefined ? { amountMinor } : {}) } });
}
