// The emulator's in-memory Stripe account: Checkout Sessions, refunds and events, with Stripe's checks.
import Stripe from "stripe";
import { int, invalid, lineItem, metadata, missing, now, str, strings, StripeApiError, stripeId } from "./params";
import type { EmulatedLineItem, EmulatedObject, EmulatedRefund, EmulatedSession, StripeEvent } from "./types";

/** The API version from which Checkout Sessions refuse `payment_method_types` on create. */
const REMOVED_PAYMENT_METHOD_TYPES = "2026-09-30";

/** The emulator's state and Stripe's rules for changing it; HTTP lives in emulator.ts. */
export class Store {
  readonly sessions = new Map<string, EmulatedSession>();
  readonly lineItems = new Map<string, EmulatedLineItem[]>();
  readonly refunds: EmulatedRefund[] = [];
  readonly events: StripeEvent[] = [];
  /** set once the server listens; the hosted page is `${baseUrl}/pay/:id` */
  baseUrl = "";

  /** `POST /v1/checkout/sessions` (mode=payment, hosted page, inline `price_data`); `apiVersion` is the request's Stripe-Version. */
  createSession(params: Record<string, unknown>, apiVersion: string = Stripe.API_VERSION): EmulatedSession {
    const mode = str(params.mode) ?? "payment";
    if (mode !== "payment") throw invalid(`The Stripe emulator supports mode=payment only, not '${mode}'.`, "mode");
    const uiMode = str(params.ui_mode) ?? "hosted_page";
    if (uiMode !== "hosted_page" && uiMode !== "hosted") throw invalid(`The Stripe emulator supports the hosted page only, not ui_mode '${uiMode}'.`, "ui_mode");
    // https://docs.stripe.com/changelog/endive/2026-09-30/remove-payment-method-types-checkout-sessions
    if (params.payment_method_types !== undefined && apiVersion.slice(0, 10) >= REMOVED_PAYMENT_METHOD_TYPES) {
      throw invalid(
        `payment_method_types can no longer be passed when creating a Checkout Session (API ${REMOVED_PAYMENT_METHOD_TYPES}.endive and later); use allowed_payment_method_types or excluded_payment_method_types.`,
        "payment_method_types",
        "payment_method_types_no_longer_supported",
      );
    }
    const successUrl = str(params.success_url);
    if (!successUrl) throw missing("success_url");
    const cancelUrl = str(params.cancel_url);
    for (const [param, url] of [["success_url", successUrl], ["cancel_url", cancelUrl]] as const) {
      if (url !== undefined && !URL.canParse(url)) throw invalid("Not a valid URL", param, "url_invalid");
    }
    if (!Array.isArray(params.line_items) || params.line_items.length === 0) throw missing("line_items");
    const items = params.line_items.map(lineItem);
    const currency = items[0]?.currency ?? "";
    if (items.some((item) => item.currency !== currency)) throw invalid("All line items must use the same currency.", "line_items");
    const created = now();
    const expiresAt = int(params.expires_at, "expires_at") ?? created + 86_400;
    if (expiresAt < created + 1_800 || expiresAt > created + 86_400) {
      throw invalid("The `expires_at` timestamp must be between 30 minutes and 24 hours after the Checkout Session is created.", "expires_at");
    }
    const allowed = strings(params.allowed_payment_method_types);
    if (allowed && params.payment_method_types !== undefined) {
      throw invalid("You may only specify one of these parameters: allowed_payment_method_types, payment_method_types.", "payment_method_types");
    }
    const methods = allowed ?? strings(params.payment_method_types) ?? ["card"];
    const total = items.reduce((sum, item) => sum + item.unit_amount * item.quantity, 0);
    const id = stripeId("cs_test_", 58);
    const session: EmulatedSession = {
      id,
      object: "checkout.session",
      url: `${this.baseUrl}/pay/${id}`,
      status: "open",
      payment_status: "unpaid",
      mode,
      currency,
      amount_subtotal: total,
      amount_total: total,
      metadata: metadata(params.metadata),
      client_reference_id: str(params.client_reference_id) ?? null,
      customer_email: str(params.customer_email) ?? null,
      locale: str(params.locale) ?? null,
      success_url: successUrl,
      cancel_url: cancelUrl ?? null,
      expires_at: expiresAt,
      payment_intent: null,
      allowed_payment_method_types: allowed ?? null,
      payment_method_types: methods,
      created,
      livemode: false,
    };
    this.sessions.set(id, session);
    this.lineItems.set(id, items);
    return session;
  }

  /** The session, or Stripe's 404 `resource_missing`. */
  session(id: string): EmulatedSession {
    const session = this.sessions.get(id);
    if (!session) throw new StripeApiError(404, "invalid_request_error", `No such checkout.session: '${id}'`, "resource_missing", "session");
    return session;
  }

  /** Pays an open session (card, at once) and records `checkout.session.completed`. */
  complete(id: string): StripeEvent {
    const session = this.open(id, "paid");
    Object.assign(session, { status: "complete", payment_status: "paid", payment_intent: stripeId("pi_"), url: null });
    return this.event("checkout.session.completed", session);
  }

  /** Expires an open session and records `checkout.session.expired`. */
  expire(id: string): StripeEvent {
    const session = this.open(id, "expired");
    Object.assign(session, { status: "expired", url: null });
    return this.event("checkout.session.expired", session);
  }

  /** `POST /v1/refunds`: all that is left of the payment unless `amount` says less. */
  refund(params: Record<string, unknown>): EmulatedRefund {
    const intent = str(params.payment_intent);
    if (!intent) throw missing("payment_intent");
    const session = [...this.sessions.values()].find((s) => s.payment_intent === intent);
    if (!session) throw invalid(`No such payment_intent: '${intent}'`, "payment_intent", "resource_missing");
    const refunded = this.refunds.filter((r) => r.payment_intent === intent).reduce((sum, r) => sum + r.amount, 0);
    const left = session.amount_total - refunded;
    if (left <= 0) throw invalid(`The charge for PaymentIntent ${intent} has already been refunded.`, undefined, "charge_already_refunded");
    const amount = int(params.amount, "amount") ?? left;
    if (amount <= 0) throw invalid("Invalid positive integer", "amount", "parameter_invalid_integer");
    if (amount > left) throw invalid(`Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`, "amount");
    const refund: EmulatedRefund = {
      id: stripeId("re_"),
      object: "refund",
      status: "succeeded",
      payment_intent: intent,
      amount,
      currency: session.currency,
      reason: str(params.reason) ?? null,
      metadata: metadata(params.metadata),
      created: now(),
    };
    this.refunds.push(refund);
    return refund;
  }

  private open(id: string, becoming: string): EmulatedSession {
    const session = this.session(id);
    if (session.status !== "open") {
      throw invalid(`Only Checkout Sessions with a status in ["open"] can be ${becoming}. This session's status is "${session.status}".`);
    }
    return session;
  }

  private event(type: string, session: EmulatedSession): StripeEvent {
    return this.record(type, session);
  }

  /** Records an event about `object` (a snapshot of it now); `account` names the connected account a Connect event is about. */
  record(type: string, object: EmulatedObject, account?: string): StripeEvent {
    const event: StripeEvent = {
      id: stripeId("evt_"),
      object: "event",
      type,
      ...(account ? { account } : {}),
      api_version: Stripe.API_VERSION,
      created: now(),
      data: { object: structuredClone(object) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
    };
    this.events.push(event);
    return event;
  }
}
