// A parcel returned to its seller, as the post's tracking webhook or a counter's scan reports it: the card shopper's refund through the Stripe emulator, once.
import { and, eq, like, sql } from "drizzle-orm";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { ledgerEntries, ledgerTransactions, orders, outbox, payments, payoutReversals, payouts, shipments } from "@/db/schema";
import { startStripeEmulator, type StripeEmulator } from "@/e2e/stripe-emulator/emulator";
import { MemorySmsProvider } from "@/server/auth/sms";
import { hashToken } from "@/server/checkout/cart-token";
import { getOrder } from "@/server/checkout/orders";
import { ingestCarrierEvents } from "@/server/fulfilment/ingest";
import { recordTrackingEvent } from "@/server/fulfilment/tracking";
import type { OutboxServices } from "@/server/outbox/handlers";
import { deliverNow } from "@/server/outbox/worker";
import { processStripeEvent } from "@/server/payments/stripe-events";
import { payOnEmulator } from "@/test/card-payments";
import { testDatabases } from "@/test/databases";
import { insertOrders, moneyDatabase, type GeneratedOrder, type ShopPick } from "@/test/money-orders";
import { sellerBalance } from "./balances";
import { postCardCaptured } from "./events";
import { imbalance } from "./ledger";
import { parcelRefundJobKey } from "./parcel-returns";
import { runPayouts } from "./payouts";
import { startConnectOnboarding } from "./stripe-payouts";

const DAY = 86_400_000;
const POSTAGE = 1200;
const TOKEN = "a".repeat(43);

describe.each(testDatabases())("parcels returned to sender on $name", (target) => {
  let handle: DbHandle;
  let ir: ShopPick;
  let cn: ShopPick;
  let emulator: StripeEmulator;
  let stripe: Stripe;
  let services: OutboxServices;
  let eventSerial = 0;

  /** A card order of the China shop, paid on the emulator's page and captured in the ledger; its parcel is on its way. */
  async function paidCardOrder(unitPriceMinor: number): Promise<GeneratedOrder & { paymentIntent: string }> {
    const [order] = await insertOrders(handle.db, [{ shop: cn, method: "card", postageMinor: POSTAGE, lines: [{ variantIndex: 0, unitPriceMinor, quantity: 1 }] }]);
    const paymentIntent = await payOnEmulator(handle.db, stripe, emulator, order!, unitPriceMinor + POSTAGE);
    await handle.db.update(orders).set({ accessTokenHash: hashToken(TOKEN) }).where(eq(orders.id, order!.orderId));
    await postCardCaptured(handle.db, order!.orderId, new Date(Date.now() - 5 * DAY));
    await handle.db.update(shipments).set({ trackingStatus: "in_transit", trackingStatusAt: new Date(Date.now() - 4 * DAY) }).where(eq(shipments.id, order!.shipmentId));
    return { ...order!, paymentIntent };
  }

  /** The post's webhook reports the parcel returned to its sender (the event's id is the carrier's). */
  const webhookReturn = (order: GeneratedOrder, id = `ev-${++eventSerial}`) =>
    ingestCarrierEvents(services, "postal-operator", {
      events: [{ id, trackingNumber: order.trackingNumber, status: "returned_to_sender", occurredAt: new Date(), location: null, servicePointCode: null, codCollectedMinor: null }],
      rejected: [],
    });

  const refundJobs = (orderId: string) => handle.db.select().from(outbox).where(and(eq(outbox.kind, "stripe.refund"), sql`${outbox.payload}->>'orderId' = ${orderId}`));
  const returnedEntries = async (shipmentId: string) =>
    handle.db
      .select({ account: ledgerEntries.account, amountMinor: ledgerEntries.amountMinor })
      .from(ledgerEntries)
      .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerEntries.transactionId))
      .where(eq(ledgerTransactions.key, `parcel_returned:${shipmentId}`));
  const refundsOf = (paymentIntent: string) => emulator.refunds().filter((r) => r.payment_intent === paymentIntent);
  const parcelOf = async (shipmentId: string) => (await handle.db.select().from(shipments).where(eq(shipments.id, shipmentId)))[0]!;

  beforeAll(async () => {
    ({ handle, ir, cn } = await moneyDatabase(target));
    emulator = await startStripeEmulator({ webhookSecret: "whsec_test_returns" });
    stripe = new Stripe("sk_test_returns", { host: "127.0.0.1", port: emulator.port, protocol: "http", maxNetworkRetries: 0 });
    services = { db: handle.db, sms: new MemorySmsProvider(), stripe };
  });
  afterAll(async () => {
    await emulator?.close();
    await handle?.close();
  });

  it("a returned card parcel refunds its items (not the postage) once, with balanced entries, and the order page follows the refund", async () => {
    const order = await paidCardOrder(6500);
    const entriesBefore = await handle.db.$count(ledgerEntries);
    // a counter's scan, in its own transaction: the ledger and the refund job are written with the status
    const outcome = await handle.db.transaction((tx) =>
      recordTrackingEvent(tx, { eventKey: "operator:return-1", shipmentId: order.shipmentId, status: "returned_to_sender", occurredAt: new Date(), source: "operator" }),
    );
    expect(outcome).toMatchObject({ applied: true, status: "returned_to_sender" });
    expect(outcome.jobs).toEqual([parcelRefundJobKey(order.shipmentId)]);
    const jobs = await refundJobs(order.orderId);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ key: `shipment-${order.shipmentId}-refund`, status: "pending", payload: { orderId: order.orderId, shipmentId: order.shipmentId, paymentIntent: order.paymentIntent, amountMinor: 6500 } });
    // the sale comes back from the seller (pending), the shopper's items money leaves the provider's clearing account
    const entries = await returnedEntries(order.shipmentId);
    expect(entries.reduce((s, e) => s + e.amountMinor, 0)).toBe(0);
    expect(entries.filter((e) => e.account === "payments_clearing")).toEqual([{ account: "payments_clearing", amountMinor: -6500 }]);
    expect(entries.some((e) => e.account === "postage_payable")).toBe(false);
    expect(await handle.db.$count(ledgerEntries)).toBeGreaterThan(entriesBefore);
    expect(await imbalance(handle.db)).toBe(0);
    expect((await sellerBalance(handle.db, cn.shopId)).pendingMinor).toBe(0);

    const page = async () => (await getOrder(handle.db, { number: (await handle.db.select({ n: orders.number }).from(orders).where(eq(orders.id, order.orderId)))[0]!.n, token: TOKEN, userId: null, locale: "en" })).shipments[0]!;
    expect((await page()).refund).toEqual({ status: "pending", amountMinor: 6500 });

    expect((await deliverNow(services, parcelRefundJobKey(order.shipmentId))).ok).toBe(true);
    const refunds = refundsOf(order.paymentIntent);
    expect(refunds.map((r) => r.amount)).toEqual([6500]);
    expect(await parcelOf(order.shipmentId)).toMatchObject({ refundStatus: "refunded", refundMinor: 6500, refundId: refunds[0]!.id });
    expect((await page()).refund).toEqual({ status: "refunded", amountMinor: 6500 });
    // the order's payment is refunded only in part: its own status stays, for an admin's later refund of the rest
    expect((await handle.db.select().from(payments).where(eq(payments.orderId, order.orderId)))[0]!.status).toBe("succeeded");
  });

  it("a replayed or repeated return changes nothing: no second job, refund or entry", async () => {
    const order = await paidCardOrder(4300);
    const first = await webhookReturn(order, "ev-replayed");
    expect(first).toMatchObject({ applied: 1, duplicates: 0, rejected: [] });
    // the webhook tried the refund at once
    expect(refundsOf(order.paymentIntent).map((r) => r.amount)).toEqual([4300]);
    expect((await parcelOf(order.shipmentId)).refundStatus).toBe("refunded");
    const entries = await handle.db.$count(ledgerEntries);

    // the same event delivered again, the post reporting it again under another id, and a counter scanning it too
    expect(await webhookReturn(order, "ev-replayed")).toMatchObject({ applied: 0, duplicates: 1 });
    expect(await webhookReturn(order)).toMatchObject({ applied: 0, late: 1 });
    const scan = await handle.db.transaction((tx) =>
      recordTrackingEvent(tx, { eventKey: "operator:return-again", shipmentId: order.shipmentId, status: "returned_to_sender", occurredAt: new Date(), source: "operator" }),
    );
    expect(scan).toMatchObject({ applied: false, jobs: [] });
    // and the job run again: Stripe's idempotency key gives the same refund back
    await handle.db.update(outbox).set({ status: "pending" }).where(eq(outbox.key, parcelRefundJobKey(order.shipmentId)));
    expect((await deliverNow(services, parcelRefundJobKey(order.shipmentId))).ok).toBe(true);

    expect(await refundJobs(order.orderId)).toHaveLength(1);
    expect(refundsOf(order.paymentIntent)).toHaveLength(1);
    expect(await handle.db.$count(ledgerEntries)).toBe(entries);
    expect(await imbalance(handle.db)).toBe(0);
  });

  it("a returned cash parcel calls no payment system: the seller bears the postage and fee", async () => {
    const [order] = await insertOrders(handle.db, [{ shop: ir, method: "cod", postageMinor: 90_000, lines: [{ variantIndex: 0, unitPriceMinor: 400_000, quantity: 2 }] }]);
    await handle.db.update(shipments).set({ trackingStatus: "in_transit", trackingStatusAt: new Date(Date.now() - DAY) }).where(eq(shipments.id, order!.shipmentId));
    const before = await sellerBalance(handle.db, ir.shopId);
    const stripeJobs = await handle.db.$count(outbox, like(outbox.kind, "stripe.%"));
    const refunds = emulator.refunds().length;
    expect(await webhookReturn(order!)).toMatchObject({ applied: 1, rejected: [] });

    expect(await handle.db.$count(outbox, like(outbox.kind, "stripe.%"))).toBe(stripeJobs);
    expect(emulator.refunds()).toHaveLength(refunds);
    expect((await parcelOf(order!.shipmentId)).refundStatus).toBeNull();
    const entries = await returnedEntries(order!.shipmentId);
    expect(entries).toHaveLength(2);
    expect(entries.find((e) => e.account === "seller_available")!.amountMinor).toBe(90_000 + order!.codFeeMinor);
    expect((await sellerBalance(handle.db, ir.shopId)).availableMinor).toBe(before.availableMinor - 90_000 - order!.codFeeMinor);
    expect(await imbalance(handle.db)).toBe(0);
  });

  describe("after the seller was paid out", () => {
    let transferred: { payoutId: string; amountMinor: number };

    beforeAll(async () => {
      const { url } = await startConnectOnboarding(handle.db, stripe, cn, { returnUrl: "http://127.0.0.1:3000/ok", refreshUrl: "http://127.0.0.1:3000/again" });
      const seen = emulator.events().length;
      await fetch(`${url}/complete`, { method: "POST", redirect: "manual" });
      for (const event of emulator.events().slice(seen)) await processStripeEvent(handle.db, event as unknown as Stripe.Event);
    });

    /** A card sale delivered long enough ago to be payable, then paid out by a Stripe transfer. */
    async function paidOutSale(unitPriceMinor: number) {
      const order = await paidCardOrder(unitPriceMinor);
      await handle.db.update(shipments).set({ trackingStatus: "delivered", trackingStatusAt: new Date(Date.now() - 10 * DAY) }).where(eq(shipments.id, order.shipmentId));
      const run = await runPayouts(handle.db, { marketCode: "CN", createdBy: null });
      expect(run.payouts).toHaveLength(1);
      expect((await deliverNow(services, run.jobs[0]!)).ok).toBe(true);
      transferred = run.payouts[0]!;
      expect((await sellerBalance(handle.db, cn.shopId)).availableMinor).toBe(0);
      return order;
    }

    it("a card parcel still on its way when the shop was paid out: its sale is taken back from pending, the transfer is not touched", async () => {
      await paidOutSale(7000);
      const order = await paidCardOrder(3100);
      const paid = (await sellerBalance(handle.db, cn.shopId)).paidMinor;
      expect(await webhookReturn(order)).toMatchObject({ applied: 1, rejected: [] });
      expect(refundsOf(order.paymentIntent).map((r) => r.amount)).toEqual([3100]);
      expect(await handle.db.$count(payoutReversals, eq(payoutReversals.orderId, order.orderId))).toBe(0);
      expect(await sellerBalance(handle.db, cn.shopId)).toMatchObject({ availableMinor: 0, paidMinor: paid });
      expect(await imbalance(handle.db)).toBe(0);
    });

    it("a sale already released and paid out that comes back is reversed from its transfer, as an admin's refund after payout", async () => {
      const order = await paidOutSale(8000);
      // the parcel's status as the post last had it, before its return (its sale was released and paid out meanwhile)
      await handle.db.update(shipments).set({ trackingStatus: "in_transit", trackingStatusAt: new Date(Date.now() - 9 * DAY) }).where(eq(shipments.id, order.shipmentId));
      const paid = (await sellerBalance(handle.db, cn.shopId)).paidMinor;
      const result = await webhookReturn(order);
      expect(result).toMatchObject({ applied: 1, rejected: [] });
      expect(refundsOf(order.paymentIntent).map((r) => r.amount)).toEqual([8000]);
      const [reversal] = await handle.db.select().from(payoutReversals).where(eq(payoutReversals.orderId, order.orderId));
      expect(reversal).toMatchObject({ payoutId: transferred.payoutId, shopId: cn.shopId });
      // the webhook sent it at once: the seller's net comes back from the transfer
      expect(reversal!.status).toBe("sent");
      expect(reversal!.amountMinor).toBe(transferred.amountMinor);
      const [payout] = await handle.db.select().from(payouts).where(eq(payouts.id, transferred.payoutId));
      expect(emulator.transfers().find((t) => t.id === payout!.externalId)).toMatchObject({ amount_reversed: reversal!.amountMinor });
      expect(await sellerBalance(handle.db, cn.shopId)).toMatchObject({ availableMinor: 0, paidMinor: paid - reversal!.amountMinor });
      // replayed: nothing more
      expect(await webhookReturn(order)).toMatchObject({ applied: 0 });
      expect(await handle.db.$count(payoutReversals, eq(payoutReversals.orderId, order.orderId))).toBe(1);
      expect(await imbalance(handle.db)).toBe(0);
    });

    it("a cash parcel returned after a payout leaves the seller owing its postage: no Stripe call, the debt carries into the next payout", async () => {
      await paidOutSale(5000);
      const [order] = await insertOrders(handle.db, [{ shop: cn, method: "cod", postageMinor: POSTAGE, lines: [{ variantIndex: 0, unitPriceMinor: 2000, quantity: 1 }] }]);
      await handle.db.update(shipments).set({ trackingStatus: "in_transit", trackingStatusAt: new Date(Date.now() - DAY) }).where(eq(shipments.id, order!.shipmentId));
      const stripeJobs = await handle.db.$count(outbox, like(outbox.kind, "stripe.%"));
      expect(await webhookReturn(order!)).toMatchObject({ applied: 1, rejected: [] });
      expect(await handle.db.$count(outbox, like(outbox.kind, "stripe.%"))).toBe(stripeJobs);
      const owed = POSTAGE + order!.codFeeMinor;
      expect((await sellerBalance(handle.db, cn.shopId)).availableMinor).toBe(-owed);

      // the next sale pays out less the debt
      const pendingBefore = (await sellerBalance(handle.db, cn.shopId)).pendingMinor;
      const next = await paidCardOrder(9000);
      const saleNet = (await sellerBalance(handle.db, cn.shopId)).pendingMinor - pendingBefore;
      await handle.db.update(shipments).set({ trackingStatus: "delivered", trackingStatusAt: new Date(Date.now() - 10 * DAY) }).where(eq(shipments.id, next.shipmentId));
      const run = await runPayouts(handle.db, { marketCode: "CN", createdBy: null });
      const net = run.payouts[0]!.amountMinor;
      expect(saleNet).toBeGreaterThan(owed);
      expect(net).toBe(saleNet - owed);
      await deliverNow(services, run.jobs[0]!);
      expect((await sellerBalance(handle.db, cn.shopId)).availableMinor).toBe(0);
      expect(await imbalance(handle.db)).toBe(0);
    });
  });
});
