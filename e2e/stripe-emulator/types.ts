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

/** A webhook event as the emulator sends it: `data.object` is a snapshot of the session at that moment. */
export interface StripeEvent {
  id: string;
  object: "event";
  type: string;
  api_version: string;
  created: number;
  data: { object: EmulatedSession };
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
