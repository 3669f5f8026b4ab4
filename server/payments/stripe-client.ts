import Stripe from "stripe";

export interface StripeConfig {
  secretKey: string;
  webhookSecret: string;
  /** another API address (the test emulator); Stripe's own when absent */
  apiBase?: string;
}

/** The real Stripe SDK, pointed at Stripe or at the emulator tests use. */
export function createStripe(config: StripeConfig): Stripe {
  if (!config.apiBase) return new Stripe(config.secretKey, { maxNetworkRetries: 2, timeout: 20_000 });
  const url = new URL(config.apiBase);
  return new Stripe(config.secretKey, {
    host: url.hostname,
    port: Number(url.port || (url.protocol === "https:" ? 443 : 80)),
    protocol: url.protocol.replace(":", "") as "http" | "https",
    maxNetworkRetries: 2,
    timeout: 20_000,
  });
}

export type { Stripe };
