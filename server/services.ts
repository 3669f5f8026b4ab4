import "server-only";
import { smsProviderFromEnv } from "./auth";
import { env } from "./env";
import { stripeFromEnv } from "./payments";

const sms = smsProviderFromEnv();

/** What a request's context needs from the environment: payments, SMS, the public address. */
export function requestServices() {
  return { stripe: stripeFromEnv(), sms, appUrl: env.APP_URL };
}
