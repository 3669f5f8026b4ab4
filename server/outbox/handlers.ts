import { and, eq } from "drizzle-orm";
import type Stripe from "stripe";
import type { Database } from "@/db/client";
import { orders, payments, shipments } from "@/db/schema";
import type { SmsProvider } from "../auth/sms";
import { releaseExpiredHolds } from "../checkout/holds";
import { checkoutSessionFor } from "../payments/checkout-session";

/** What a handler may use: the database and the remote systems. */
export interface OutboxServices {
  db: Database;
  sms: SmsProvider;
  /** null when card payments are not configured: Stripe jobs then wait, visible to admins */
  stripe: Stripe | null;
}

export interface OutboxHandler {
  /** runs the side effect; `key` is the job's idempotency key. Throwing means "try again later". */
  run(services: OutboxServices, payload: Record<string, unknown>, key: string): Promise<unknown>;
  /** tries before the job is given up on and shown to admins as dead */
  maxAttempts: number;
  /** the payload holds a secret (a sign-in code): cleared once delivered */
  secret?: boolean;
}

function str(payload: Record<string, unknown>, name: string): string {
  const value = payload[name];
  if (typeof value !== "string") throw new Error(`outbox payload lacks ${name}`);
  return value;
}

function stripeOf(services: OutboxServices): Stripe {
  if (!services.stripe) throw new Error("Stripe is not configured");
  return services.stripe;
}

/** A message Stripe answers with when there is nothing (left) to do: the job is done. */
function alreadyDone(error: unknown): boolean {
  const e = error as { type?: string; code?: string };
  return e?.type === "StripeInvalidRequestError" && (e.code === "charge_already_refunded" || e.code === "resource_missing" || e.code === "checkout_session_not_open");
}

/** A text message; one that would arrive after it means anything (a code past its expiry) is dropped. */
async function sendSms({ sms }: OutboxServices, payload: Record<string, unknown>) {
  const expiresAt = typeof payload.expiresAt === "string" ? Date.parse(payload.expiresAt) : NaN;
  if (Number.isFinite(expiresAt) && expiresAt < Date.now()) return "expired";
  await sms.send(str(payload, "to"), str(payload, "text"));
  return "sent";
}

const handlers: Record<string, OutboxHandler> = {
  sms: { maxAttempts: 6, run: sendSms },
  /** A sign-in code: tried a few times while it is valid, and not kept once sent. */
  "sms.code": { maxAttempts: 3, secret: true, run: sendSms },
  /** A card payment given back (whole, or a returned parcel's items): retried until Stripe confirms it, never given up on. */
  "stripe.refund": {
    maxAttempts: Number.POSITIVE_INFINITY,
    async run(services, payload, key) {
      const orderId = str(payload, "orderId");
      let refundId: string | null = null;
      try {
        const amount = typeof payload.amountMinor === "number" ? { amount: payload.amountMinor } : {};
        const refund = await stripeOf(services).refunds.create({ payment_intent: str(payload, "paymentIntent"), ...amount }, { idempotencyKey: key });
        refundId = refund.id;
      } catch (error) {
        if (!alreadyDone(error)) throw error;
      }
      // a parcel that came back is refunded on its own; the order's payment keeps its status for the rest
      if (typeof payload.shipmentId === "string") {
        await services.db.update(shipments).set({ refundStatus: "refunded", refundId }).where(eq(shipments.id, payload.shipmentId));
        return refundId;
      }
      await services.db
        .update(payments)
        .set({ status: "refunded", refundId, updatedAt: new Date() })
        .where(eq(payments.orderId, orderId));
      return refundId;
    },
  },
  /** Closes the payment page of an order that no longer needs paying. */
  "stripe.expire_session": {
    maxAttempts: 10,
    async run(services, payload) {
      try {
        await stripeOf(services).checkout.sessions.expire(str(payload, "sessionId"));
      } catch (error) {
        if (!alreadyDone(error)) throw error;
      }
    },
  },
  /** The Stripe payment page of a card order (the checkout also runs this at once, to send the shopper there). */
  "stripe.checkout_session": {
    maxAttempts: 5,
    async run(services, payload) {
      const orderId = str(payload, "orderId");
      const [order] = await services.db.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId));
      if (order?.status !== "pending_payment") return null;
      return checkoutSessionFor(services.db, stripeOf(services), {
        orderId,
        successUrl: str(payload, "successUrl"),
        cancelUrl: str(payload, "cancelUrl"),
        productLabel: str(payload, "productLabel"),
      });
    },
  },
  /** A card order's stock hold ends: unpaid by now, its stock goes back on sale. */
  "order.release_hold": {
    maxAttempts: Number.POSITIVE_INFINITY,
    async run({ db }, payload) {
      const orderId = str(payload, "orderId");
      const [order] = await db.select({ status: orders.status }).from(orders).where(and(eq(orders.id, orderId), eq(orders.status, "pending_payment")));
      if (!order) return "settled";
      return (await releaseExpiredHolds(db, new Date(), [orderId])).length > 0 ? "released" : "not yet";
    },
  },
};

export function handlerFor(kind: string): OutboxHandler | undefined {
  return handlers[kind];
}

/** For other domains (payouts, …): adds the handlers of a kind at start. */
export function registerHandler(kind: string, handler: OutboxHandler): void {
  handlers[kind] = handler;
}
