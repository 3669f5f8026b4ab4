import "server-only";
import { env } from "../env";
import { createStripe, type Stripe } from "./stripe-client";

let stripe: Stripe | null | undefined;

/** Stripe when STRIPE_SECRET_KEY is set (the emulator when STRIPE_API_BASE points at it); null hides card payment. */
export function stripeFromEnv(): Stripe | null {
  if (stripe !== undefined) return stripe;
  stripe =
    env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET
      ? createStripe({ secretKey: env.STRIPE_SECRET_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET, apiBase: env.STRIPE_API_BASE })
      : null;
  return stripe;
}
