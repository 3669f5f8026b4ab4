import type Stripe from "stripe";

/** Five minutes, Stripe's own tolerance: an older signed event is a replay. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** The event if the raw body carries a valid, fresh signature; null otherwise. */
export function verifyStripeEvent(stripe: Stripe, rawBody: string, signature: string | null, secret: string): Stripe.Event | null {
  try {
    return stripe.webhooks.constructEvent(rawBody, signature ?? "", secret, SIGNATURE_TOLERANCE_SECONDS);
  } catch {
    return null;
  }
}
