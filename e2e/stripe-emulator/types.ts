// Shapes shared by the Stripe emulator's modules. Test and local-development tooling only.

/** A Checkout Session as the emulator stores it and answers it (the fields Villagepost uses). */
export interface EmulatedSession {
  id: string;
  object: "checkout.session";
  /** the hosted page while the session is open; null once complete or expired, as on Stripe */
  url: string | null;
  status: "open" | "complete" | "expired";
  payment_status: "unpaid" | "paid";
  mode: "payment";
  currency: string;
  amount_subtotal: number;
  amount_total: number;
  metadata: Record<string, string>;
  client_reference_id: string | null;
  customer_email: string | null;
  locale: string | null;
  success_url: string;
  cancel_url: string | null;
  expires_at: number;
  payment_intent: string | null;
  /** as asked on create, or null */
  allowed_payment_method_types: string[] | null;
  /** what the page offers: the allowed types, else ["card"] */
  payment_method_types: string[];
  created: number;
  livemode: false;
}

/** One line of a session, kept by the emulator for its hosted page (Stripe lists these separately). */
export interface EmulatedLineItem {
  name: string;
  currency: string;
  unit_amount: number;
  quantity: number;
}

/** A refund as `POST /v1/refunds` answers it. */
export interface EmulatedRefund {
  id: string;
  object: "refund";
  status: "succeeded";
  payment_intent: string;
  amount: number;
  currency: string;
  reason: string | null;
  metadata: Record<string, string>;
  created: number;
}

/** A Connect account as `POST /v1/accounts` answers it (Express only). */
export interface EmulatedAccount {
  id: string;
  object: "account";
  type: "express";
  country: string;
  email: string | null;
  default_currency: string;
  business_type: string | null;
  charges_enabled: boolean;
  payouts_enabled: boolean;
  details_submitted: boolean;
  capabilities: Record<string, "active" | "inactive" | "pending">;
  requirements: { currently_due: string[]; eventually_due: string[]; past_due: string[]; disabled_reason: string | null };
  metadata: Record<string, string>;
  created: number;
}

/** An account link as `POST /v1/account_links` answers it: a single-use onboarding page that expires after five minutes. */
export interface EmulatedAccountLink {
  object: "account_link";
  created: number;
  expires_at: number;
  url: string;
}

/** A reversal of (part of) a transfer. */
export interface EmulatedTransferReversal {
  id: string;
  object: "transfer_reversal";
  amount: number;
  currency: string;
  transfer: string;
  balance_transaction: string;
  destination_payment_refund: string;
  source_refund: null;
  metadata: Record<string, string>;
  created: number;
}

/** A transfer from the platform to a connected account, with its reversals. */
export interface EmulatedTransfer {
  id: string;
  object: "transfer";
  amount: number;
  amount_reversed: number;
  currency: string;
  description: string | null;
  destination: string;
  destination_payment: string;
  balance_transaction: string;
  metadata: Record<string, string>;
  reversed: boolean;
  reversals: { object: "list"; data: EmulatedTransferReversal[]; has_more: false; total_count: number; url: string };
  source_transaction: string | null;
  source_type: "card";
  transfer_group: string | null;
  created: number;
  livemode: false;
}

/** A connected account's payout to its bank, which the emulator makes only when a test asks. */
export interface EmulatedPayout {
  id: string;
  object: "payout";
  amount: number;
  currency: string;
  arrival_date: number;
  destination: string;
  failure_code: string | null;
  failure_message: string | null;
  method: "standard";
  status: "paid" | "failed";
  type: "bank_account";
  automatic: true;
  metadata: Record<string, string>;
  created: number;
  livemode: false;
}

/** Anything an event may be about. */
export type EmulatedObject = EmulatedSession | EmulatedAccount | EmulatedTransfer | EmulatedPayout;

/** A webhook event as the emulator sends it: `data.object` is a snapshot of the object at that moment; `account` is set on events about a connected account. */
export interface StripeEvent {
  id: string;
  object: "event";
  type: string;
  account?: string;
  api_version: string;
  created: number;
  data: { object: EmulatedObject };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
}

/** Counts of POST requests on /v1 routes that passed authentication. */
export interface EmulatorStats {
  posts: number;
  /** POSTs with any `Idempotency-Key` header; stripe-node v23 adds its own key to every POST */
  postsWithIdempotencyKey: number;
  /** POSTs whose key the caller chose, i.e. not stripe-node's automatic `stripe-node-retry-…` key */
  postsWithOwnIdempotencyKey: number;
}

/** How to start the emulator. */
export interface StripeEmulatorOptions {
  /** 0 or absent: a free port */
  port?: number;
  /** where events are POSTed; without one, events are only stored */
  webhookUrl?: string;
  /** the app's `whsec_…` secret that signs every delivery */
  webhookSecret: string;
  /** the address to listen on; 127.0.0.1 unless told */
  host?: string;
  /** receives one line per webhook delivery (the CLI prints them) */
  log?: (line: string) => void;
}

/** A running emulator and the controls tests drive it with. */
export interface StripeEmulator {
  /** base URL, e.g. http://127.0.0.1:12111 */
  url: string;
  port: number;
  setWebhookUrl(url: string): void;
  /** snapshots of every session created so far */
  sessions(): EmulatedSession[];
  /** every refund made so far */
  refunds(): EmulatedRefund[];
  /** snapshots of every Connect account created so far */
  accounts(): EmulatedAccount[];
  /** snapshots of every transfer made so far, with their reversals */
  transfers(): EmulatedTransfer[];
  /** a connected account's bank payout (`payout.paid` or `payout.failed`), delivered and answered before this resolves */
  payout(input: { account: string; amount: number; currency?: string; status: "paid" | "failed"; failureCode?: string }): Promise<StripeEvent>;
  /** completes an open session as the "Pay" button does and waits for the app's webhook answer (throws unless 2xx) */
  pay(sessionId: string): Promise<void>;
  /** expires an open session and waits for the app's webhook answer (throws unless 2xx) */
  expire(sessionId: string): Promise<void>;
  /** signs `event` afresh and POSTs it to the webhook URL, for redelivery and reordering tests */
  deliver(event: object): Promise<Response>;
  /** every event generated so far, oldest first */
  events(): StripeEvent[];
  stats(): EmulatorStats;
  /** the next `times` calls to an API path answer 500, as in a Stripe outage */
  outage(path: string, times: number): void;
  /** waits for webhook deliveries still under way, then stops the server */
  close(): Promise<void>;
}
