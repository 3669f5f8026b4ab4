import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { readBodyLimited } from "@/server/http/read-body";
import { stripeFromEnv } from "@/server/payments";
import { processStripeEvent } from "@/server/payments/stripe-events";
import { verifyStripeEvent } from "@/server/payments/verify-event";
import { kickOutbox } from "@/server/startup";

/** Stripe's events are a few kilobytes; anything far larger is refused as it streams, before the signature is checked. */
const BODY_LIMIT = 64 * 1024;

/**
 * Stripe's webhook: the body is capped as it streams, the signature checked on
 * the raw body (400 and nothing changes otherwise); each event id is processed
 * once; event types we do not handle, and events about no order of ours, are
 * acknowledged and recorded as ignored so Stripe stops resending them. A
 * refund an event calls for leaves through the outbox.
 */
export async function POST(request: Request) {
  const stripe = stripeFromEnv();
  if (!stripe || !env.STRIPE_WEBHOOK_SECRET) return Response.json({ error: "Stripe is not configured" }, { status: 404 });
  let body: string;
  try {
    body = await readBodyLimited(request, BODY_LIMIT);
  } catch (error) {
    if (error instanceof AppError) return Response.json({ error: error.messageKey }, { status: error.code === "PAYLOAD_TOO_LARGE" ? 413 : 400 });
    throw error;
  }
  const event = verifyStripeEvent(stripe, body, request.headers.get("stripe-signature"), env.STRIPE_WEBHOOK_SECRET);
  if (!event) return Response.json({ error: "Invalid signature" }, { status: 400 });
  const outcome = await processStripeEvent(await getDb(), event);
  if (outcome.refunding) kickOutbox();
  return Response.json({ received: true, result: outcome.result });
}
