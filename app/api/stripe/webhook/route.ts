import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { stripeFromEnv } from "@/server/payments";
import { processStripeEvent, refundOrder } from "@/server/payments/stripe-events";
import { verifyStripeEvent } from "@/server/payments/verify-event";

/**
 * Stripe's webhook: the signature is checked on the raw body (400 and nothing
 * changes otherwise); each event id is processed once; unknown event types are
 * acknowledged so Stripe stops resending them.
 */
export async function POST(request: Request) {
  const stripe = stripeFromEnv();
  if (!stripe || !env.STRIPE_WEBHOOK_SECRET) return Response.json({ error: "Stripe is not configured" }, { status: 404 });
  const body = await request.text();
  const event = verifyStripeEvent(stripe, body, request.headers.get("stripe-signature"), env.STRIPE_WEBHOOK_SECRET);
  if (!event) return Response.json({ error: "Invalid signature" }, { status: 400 });
  const db = await getDb();
  const outcome = await processStripeEvent(db, event);
  if (outcome.refund) await refundOrder(db, stripe, outcome.refund);
  return Response.json({ received: true, result: outcome.result });
}
