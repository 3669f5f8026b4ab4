// Drives the Stripe emulator with the real stripe SDK, as Villagepost's server will.
import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startStripeEmulator, type StripeEmulator } from "./emulator";

const SECRET = "whsec_test_emulator";
type Delivery = { raw: string; signature: string; event?: Stripe.Event };

let emulator: StripeEmulator;
let stripe: Stripe;
let receiver: http.Server;
let receiverUrl: string;
const deliveries: Delivery[] = [];
const verified = () => deliveries.flatMap((d) => (d.event ? [d.event] : []));
/** Verifies a delivery as the app must: on the raw body, with the endpoint's secret. */
const verify = (raw: string, signature: string) => stripe.webhooks.constructEvent(raw, signature, SECRET);

beforeAll(async () => {
  // a tiny webhook endpoint: 200 for a delivery whose signature verifies, 400 otherwise
  receiver = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const delivery: Delivery = { raw: Buffer.concat(chunks).toString("utf8"), signature: String(req.headers["stripe-signature"] ?? "") };
    deliveries.push(delivery);
    try {
      delivery.event = verify(delivery.raw, delivery.signature);
      res.writeHead(200, { "content-type": "application/json" }).end('{"received":true}');
    } catch {
      res.writeHead(400).end("bad signature");
    }
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/stripe/webhook`;
  emulator = await startStripeEmulator({ webhookSecret: SECRET, webhookUrl: receiverUrl });
  stripe = new Stripe("sk_test_123", { host: "127.0.0.1", port: emulator.port, protocol: "http" });
});

afterAll(async () => {
  await emulator.close();
  await new Promise((resolve) => receiver.close(resolve));
});

const params = (orderId: string): Stripe.Checkout.SessionCreateParams => ({
  mode: "payment",
  currency: "eur",
  line_items: [
    { quantity: 2, price_data: { currency: "eur", unit_amount: 450, product_data: { name: "Walnuts, 1 kg" } } },
    { quantity: 1, price_data: { currency: "eur", unit_amount: 1200, product_data: { name: "Saffron & rose jam" } } },
  ],
  metadata: { order_id: orderId },
  client_reference_id: orderId,
  allowed_payment_method_types: ["card"],
  success_url: "http://127.0.0.1:3000/en/orders/done?session_id={CHECKOUT_SESSION_ID}",
  cancel_url: "http://127.0.0.1:3000/en/cart",
});

describe("Checkout Sessions", () => {
  it("creates and retrieves a session as Stripe answers it", async () => {
    const session = await stripe.checkout.sessions.create(params("order-1"));
    expect(session).toMatchObject({
      object: "checkout.session",
      status: "open",
      payment_status: "unpaid",
      mode: "payment",
      currency: "eur",
      amount_total: 2100,
      metadata: { order_id: "order-1" },
      client_reference_id: "order-1",
      payment_intent: null,
      allowed_payment_method_types: ["card"],
      payment_method_types: ["card"],
      livemode: false,
    });
    expect(session.id).toMatch(/^cs_test_[A-Za-z0-9]+$/);
    expect(session.url).toBe(`${emulator.url}/pay/${session.id}`);
    expect(session.expires_at - session.created).toBe(86_400);
    expect(await stripe.checkout.sessions.retrieve(session.id)).toEqual(session);
  });

  it("answers Stripe's errors for bad requests and unknown sessions", async () => {
    await expect(stripe.checkout.sessions.create({ ...params("order-x"), line_items: undefined })).rejects.toMatchObject({ type: "StripeInvalidRequestError", code: "parameter_missing", param: "line_items", statusCode: 400 });
    await expect(stripe.checkout.sessions.retrieve("cs_test_nope")).rejects.toMatchObject({ code: "resource_missing", statusCode: 404 });
  });

  it("refuses payment_method_types on create from API 2026-09-30.endive, as Stripe does", async () => {
    const legacy = { ...params("order-y"), allowed_payment_method_types: undefined, payment_method_types: ["card", "alipay"] } as Stripe.Checkout.SessionCreateParams;
    await expect(stripe.checkout.sessions.create(legacy)).rejects.toMatchObject({ code: "payment_method_types_no_longer_supported", statusCode: 400 });
    const older = new Stripe("sk_test_123", { host: "127.0.0.1", port: emulator.port, protocol: "http", apiVersion: "2026-08-26.dahlia" as never });
    expect((await older.checkout.sessions.create(legacy)).payment_method_types).toEqual(["card", "alipay"]);
  });

  it("pays a session and delivers a signed checkout.session.completed", async () => {
    const session = await stripe.checkout.sessions.create(params("order-2"));
    await emulator.pay(session.id);
    const event = verified().find((e) => e.type === "checkout.session.completed" && e.data.object.id === session.id);
    expect(event?.data.object).toMatchObject({ status: "complete", payment_status: "paid", metadata: { order_id: "order-2" } });
    const paid = await stripe.checkout.sessions.retrieve(session.id);
    expect(paid.payment_intent).toMatch(/^pi_/);
    await expect(emulator.pay(session.id)).rejects.toThrow(/status/);

    const delivery = deliveries.find((d) => d.event?.id === event?.id)!;
    const tampered = delivery.raw.replace('"order-2"', '"order-666"');
    expect(() => verify(tampered, delivery.signature)).toThrow(Stripe.errors.StripeSignatureVerificationError);
    const answer = await fetch(receiverUrl, { method: "POST", headers: { "stripe-signature": delivery.signature }, body: tampered });
    expect(answer.status).toBe(400);
  });

  it("redelivers a stored event with a fresh signature", async () => {
    const [event] = emulator.events().filter((e) => e.type === "checkout.session.completed");
    const before = verified().length;
    const res = await emulator.deliver(event!);
    expect(res.status).toBe(200);
    expect(verified().slice(before).map((e) => e.id)).toEqual([event!.id]);
  });

  it("runs the hosted page: Pay waits for the webhook, then redirects to success_url", async () => {
    const session = await stripe.checkout.sessions.create(params("order-3"));
    const page = await (await fetch(session.url!)).text();
    expect(page).toContain("€21.00");
    expect(page).toContain('data-testid="stripe-pay"');
    expect(page).toContain('data-testid="stripe-cancel"');

    const cancel = await fetch(`${session.url}/cancel`, { method: "POST", redirect: "manual" });
    expect([cancel.status, cancel.headers.get("location")]).toEqual([303, "http://127.0.0.1:3000/en/cart"]);
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe("open");

    const pay = await fetch(`${session.url}/complete`, { method: "POST", redirect: "manual" });
    expect(pay.status).toBe(303);
    expect(pay.headers.get("location")).toBe(`http://127.0.0.1:3000/en/orders/done?session_id=${session.id}`);
    // already delivered and answered by the time the browser is sent on
    expect(verified().some((e) => e.type === "checkout.session.completed" && e.data.object.id === session.id)).toBe(true);
  });

  it("expires an open session through the API and sends checkout.session.expired", async () => {
    const session = await stripe.checkout.sessions.create(params("order-4"));
    const expired = await stripe.checkout.sessions.expire(session.id);
    expect([expired.status, expired.url]).toEqual(["expired", null]);
    await vi.waitFor(() => expect(verified().some((e) => e.type === "checkout.session.expired" && e.data.object.id === session.id)).toBe(true));
    await expect(stripe.checkout.sessions.expire(session.id)).rejects.toMatchObject({ statusCode: 400 });
  });
});

describe("refunds", () => {
  it("refunds in parts, then refuses a refund of a fully refunded payment", async () => {
    const session = await stripe.checkout.sessions.create(params("order-5"));
    await emulator.pay(session.id);
    const intent = (await stripe.checkout.sessions.retrieve(session.id)).payment_intent as string;
    const part = await stripe.refunds.create({ payment_intent: intent, amount: 600 });
    expect(part).toMatchObject({ object: "refund", status: "succeeded", payment_intent: intent, amount: 600, currency: "eur" });
    expect(part.id).toMatch(/^re_/);
    expect((await stripe.refunds.create({ payment_intent: intent })).amount).toBe(1500);
    const again = stripe.refunds.create({ payment_intent: intent });
    await expect(again).rejects.toMatchObject({ type: "StripeInvalidRequestError", code: "charge_already_refunded", statusCode: 400 });
    await expect(stripe.refunds.create({ payment_intent: "pi_unknown" })).rejects.toMatchObject({ code: "resource_missing", statusCode: 400 });
  });
});

describe("idempotency and authentication", () => {
  it("replays a keyed create and refuses the key with other parameters", async () => {
    const before = emulator.stats();
    const count = emulator.sessions().length;
    const first = await stripe.checkout.sessions.create(params("order-6"), { idempotencyKey: "checkout-order-6" });
    const again = await stripe.checkout.sessions.create(params("order-6"), { idempotencyKey: "checkout-order-6" });
    expect(again.id).toBe(first.id);
    expect(emulator.sessions()).toHaveLength(count + 1);
    const reused = stripe.checkout.sessions.create(params("order-7"), { idempotencyKey: "checkout-order-6" });
    await expect(reused).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    // stripe-node keys every POST itself; only the caller's own keys count as "own"
    await stripe.checkout.sessions.create(params("order-8"));
    const after = emulator.stats();
    expect(after.posts - before.posts).toBe(4);
    expect(after.postsWithIdempotencyKey - before.postsWithIdempotencyKey).toBe(4);
    expect(after.postsWithOwnIdempotencyKey - before.postsWithOwnIdempotencyKey).toBe(3);
  });

  it("replays the first answer byte for byte", async () => {
    const post = () =>
      fetch(`${emulator.url}/v1/refunds`, {
        method: "POST",
        headers: { authorization: "Bearer sk_test_123", "idempotency-key": "refund-raw", "content-type": "application/x-www-form-urlencoded" },
        body: `payment_intent=${encodeURIComponent(emulator.sessions().find((s) => s.payment_intent)!.payment_intent!)}&amount=1`,
      });
    const refunds = emulator.refunds().length;
    const [a, b] = [await post(), await post()];
    expect([a.status, b.status, emulator.refunds().length]).toEqual([200, 200, refunds + 1]);
    expect(await b.text()).toBe(await a.text());
    expect(b.headers.get("idempotent-replayed")).toBe("true");
  });

  it("answers 401 without an sk_test_ key", async () => {
    const res = await fetch(`${emulator.url}/v1/checkout/sessions/cs_test_x`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { type: "invalid_request_error" } });
    const live = new Stripe("sk_live_123", { host: "127.0.0.1", port: emulator.port, protocol: "http" });
    await expect(live.checkout.sessions.retrieve("cs_test_x")).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
  });
});

describe("Connect", () => {
  const onboard = async (account: string) => {
    const link = await stripe.accountLinks.create({ account, type: "account_onboarding", refresh_url: "http://127.0.0.1:3000/zh/seller/s/money?refresh=1", return_url: "http://127.0.0.1:3000/zh/seller/s/money?onboarded=1" });
    const page = await (await fetch(link.url)).text();
    expect(page).toContain('data-testid="stripe-onboarding-complete"');
    expect(page).toContain(account);
    const done = await fetch(`${link.url}/complete`, { method: "POST", redirect: "manual" });
    expect([done.status, done.headers.get("location")]).toEqual([303, "http://127.0.0.1:3000/zh/seller/s/money?onboarded=1"]);
    return link;
  };

  it("creates an Express account that cannot take transfers until onboarded through its account link", async () => {
    const account = await stripe.accounts.create({ type: "express", country: "CN", email: "tea@example.cn", capabilities: { transfers: { requested: true } }, metadata: { shop_id: "shop-1" } });
    expect(account).toMatchObject({ object: "account", type: "express", country: "CN", charges_enabled: false, payouts_enabled: false, details_submitted: false, capabilities: { transfers: "inactive" }, metadata: { shop_id: "shop-1" } });
    expect(account.id).toMatch(/^acct_/);
    await expect(stripe.transfers.create({ amount: 100, currency: "cny", destination: account.id })).rejects.toMatchObject({ code: "insufficient_capabilities_for_transfer", statusCode: 400 });
    await expect(stripe.accounts.create({ type: "standard" })).rejects.toMatchObject({ param: "type", statusCode: 400 });
    await expect(stripe.accountLinks.create({ account: account.id, type: "account_onboarding", return_url: "http://x.test/r" })).rejects.toMatchObject({ code: "parameter_missing", param: "refresh_url" });

    const link = await onboard(account.id);
    expect(link.expires_at - link.created).toBe(300);
    const event = verified().find((e) => e.type === "account.updated" && e.account === account.id);
    expect(event?.data.object).toMatchObject({ id: account.id, charges_enabled: true, payouts_enabled: true, details_submitted: true, capabilities: { transfers: "active" } });
    expect(await stripe.accounts.retrieve(account.id)).toMatchObject({ payouts_enabled: true, requirements: { currently_due: [] } });
    // a link is single-use: opened again, it sends the seller to refresh_url
    const again = await fetch(link.url, { redirect: "manual" });
    expect([again.status, again.headers.get("location")]).toEqual([303, "http://127.0.0.1:3000/zh/seller/s/money?refresh=1"]);
    await expect(stripe.accounts.retrieve("acct_nope")).rejects.toMatchObject({ code: "resource_missing", statusCode: 404 });
  });

  it("transfers once per idempotency key, sends transfer.created, and reverses no more than is left", async () => {
    const account = await stripe.accounts.create({ type: "express", country: "CN" });
    await onboard(account.id);
    const before = emulator.transfers().length;
    const params = { amount: 8800, currency: "cny", destination: account.id, metadata: { payout_id: "payout-1" } };
    const first = await stripe.transfers.create(params, { idempotencyKey: "payout-1" });
    const again = await stripe.transfers.create(params, { idempotencyKey: "payout-1" });
    expect(again.id).toBe(first.id);
    expect(emulator.transfers()).toHaveLength(before + 1);
    expect(first).toMatchObject({ object: "transfer", amount: 8800, amount_reversed: 0, currency: "cny", destination: account.id, reversed: false, metadata: { payout_id: "payout-1" } });
    await vi.waitFor(() => expect(verified().filter((e) => e.type === "transfer.created" && e.data.object.id === first.id)).toHaveLength(1));
    await expect(stripe.transfers.create({ ...params, amount: 1 }, { idempotencyKey: "payout-1" })).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);

    const part = await stripe.transfers.createReversal(first.id, { amount: 3000, metadata: { order_id: "order-9" } }, { idempotencyKey: "reversal-1" });
    expect(part).toMatchObject({ object: "transfer_reversal", amount: 3000, currency: "cny", transfer: first.id, metadata: { order_id: "order-9" } });
    expect((await stripe.transfers.createReversal(first.id, { amount: 3000, metadata: { order_id: "order-9" } }, { idempotencyKey: "reversal-1" })).id).toBe(part.id);
    await expect(stripe.transfers.createReversal(first.id, { amount: 5801 })).rejects.toMatchObject({ param: "amount", statusCode: 400 });
    const rest = await stripe.transfers.createReversal(first.id);
    expect(rest.amount).toBe(5800);
    expect(await stripe.transfers.retrieve(first.id)).toMatchObject({ amount_reversed: 8800, reversed: true, reversals: { total_count: 2 } });
    await expect(stripe.transfers.createReversal(first.id, { amount: 1 })).rejects.toMatchObject({ code: "transfer_already_reversed" });
    await vi.waitFor(() => expect(verified().filter((e) => e.type === "transfer.reversed" && e.data.object.id === first.id)).toHaveLength(2));
    await expect(stripe.transfers.create({ ...params, destination: "acct_nope" })).rejects.toMatchObject({ code: "resource_missing", param: "destination" });
  });

  it("emits payout.paid and payout.failed for a connected account on request", async () => {
    const account = await stripe.accounts.create({ type: "express", country: "VN", default_currency: "vnd" });
    const refused = await fetch(`${emulator.url}/__emulator/payouts`, { method: "POST", body: JSON.stringify({ account: account.id, amount: 100, status: "paid" }) });
    expect(refused.status).toBe(400);
    await onboard(account.id);
    const paid = await emulator.payout({ account: account.id, amount: 250_000, status: "paid" });
    expect(paid).toMatchObject({ type: "payout.paid", account: account.id, data: { object: { object: "payout", amount: 250_000, currency: "vnd", status: "paid", failure_code: null } } });
    const res = await fetch(`${emulator.url}/__emulator/payouts`, { method: "POST", body: JSON.stringify({ account: account.id, amount: 100, status: "failed" }) });
    const failed = (await res.json()) as { id: string };
    const delivered = verified().find((e) => e.id === failed.id);
    expect(delivered).toMatchObject({ type: "payout.failed", account: account.id, data: { object: { status: "failed", failure_code: "account_closed" } } });
  });
});
