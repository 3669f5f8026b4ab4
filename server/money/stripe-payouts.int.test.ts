// Stripe Connect payouts against the Stripe emulator, with the real stripe SDK: onboarding, transfers, failures and reversals.
import { eq } from "drizzle-orm";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { outbox, payoutReversals, payouts, shipments, shopPayoutAccounts } from "@/db/schema";
import { startStripeEmulator, type StripeEmulator } from "@/e2e/stripe-emulator/emulator";
import { MemorySmsProvider } from "@/server/auth/sms";
import type { OutboxServices } from "@/server/outbox/handlers";
import { deliverNow } from "@/server/outbox/worker";
import { processStripeEvent } from "@/server/payments/stripe-events";
import { payOnEmulator } from "@/test/card-payments";
import { testDatabases } from "@/test/databases";
import { insertOrders, moneyDatabase, type GeneratedOrder, type ShopPick } from "@/test/money-orders";
import { sellerBalance } from "./balances";
import { postCardCaptured, postRefundMany } from "./events";
import { runPayouts, transferJobKey } from "./payouts";
import { releaseDueSales } from "./release-sales";
import { refundCardOrder } from "./refunds";
import { statementOf } from "./statement";
import { connectStatus, recoverAfterRefundMany, sendTransfer, startConnectOnboarding } from "./stripe-payouts";

const DAY = 86_400_000;
const URLS = { returnUrl: "http://127.0.0.1:3000/zh/seller/s/money?onboarded=1", refreshUrl: "http://127.0.0.1:3000/zh/seller/s/money?onboarding=expired" };

async function rejection(promise: Promise<unknown>): Promise<Error & { code?: string; messageKey?: string }> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  return error as Error & { code?: string; messageKey?: string };
}

describe.each(testDatabases())("Stripe Connect payouts on $name", (target) => {
  let handle: DbHandle;
  let ir: ShopPick;
  let cn: ShopPick;
  let emulator: StripeEmulator;
  let stripe: Stripe;
  let services: OutboxServices;
  let accountId: string;
  /** the emulator's events not yet handed to the app, as its webhook would */
  let seen = 0;

  const webhooks = async () => {
    const events = emulator.events().slice(seen);
    seen += events.length;
    return Promise.all(events.map((e) => processStripeEvent(handle.db, e as unknown as Stripe.Event)));
  };

  /** A China card order: paid on the emulator's page, captured in the ledger, delivered `deliveredDaysAgo` ago. */
  async function deliveredCardOrder(unitPriceMinor: number, deliveredDaysAgo = 10): Promise<GeneratedOrder & { number: string }> {
    const [order] = await insertOrders(handle.db, [{ shop: cn, method: "card", postageMinor: 1200, lines: [{ variantIndex: 0, unitPriceMinor, quantity: 1 }] }]);
    await payOnEmulator(handle.db, stripe, emulator, order!, unitPriceMinor + 1200);
    await postCardCaptured(handle.db, order!.orderId, new Date(Date.now() - (deliveredDaysAgo + 2) * DAY));
    await handle.db.update(shipments).set({ trackingStatus: "delivered", trackingStatusAt: new Date(Date.now() - deliveredDaysAgo * DAY) }).where(eq(shipments.id, order!.shipmentId));
    seen = emulator.events().length; // the payment's own events are not this test's
    const number = (await handle.db.query.orders.findFirst({ where: (o, { eq: is }) => is(o.id, order!.orderId) }))!.number;
    return { ...order!, number };
  }

  const payoutOf = async (id: string) => (await handle.db.select().from(payouts).where(eq(payouts.id, id)))[0]!;

  beforeAll(async () => {
    ({ handle, ir, cn } = await moneyDatabase(target));
    // no webhook URL: the test hands each event to the app itself, in order or not
    emulator = await startStripeEmulator({ webhookSecret: "whsec_test_connect" });
    stripe = new Stripe("sk_test_connect", { host: "127.0.0.1", port: emulator.port, protocol: "http", maxNetworkRetries: 0 });
    services = { db: handle.db, sms: new MemorySmsProvider(), stripe };
  });
  afterAll(async () => {
    await emulator?.close();
    await handle?.close();
  });

  it("onboards a card-market shop once through an Express account link; account.updated enables it, a bank-file market is refused", async () => {
    const first = await startConnectOnboarding(handle.db, stripe, cn, URLS);
    const again = await startConnectOnboarding(handle.db, stripe, cn, URLS);
    accountId = first.accountId;
    expect(again.accountId).toBe(accountId);
    expect(emulator.accounts().filter((a) => a.metadata.shop_id === cn.shopId)).toHaveLength(1);
    expect(await connectStatus(handle.db, cn.shopId)).toMatchObject({ status: "pending" });

    const done = await fetch(`${again.url}/complete`, { method: "POST", redirect: "manual" });
    expect(done.headers.get("location")).toBe(URLS.returnUrl);
    const [updated] = await webhooks();
    expect(updated).toEqual({ result: "processed" });
    expect(await connectStatus(handle.db, cn.shopId)).toMatchObject({ status: "enabled", detailsSubmitted: true });
    const redelivered = emulator.events().find((e) => e.type === "account.updated" && e.account === accountId)!;
    expect(await processStripeEvent(handle.db, redelivered as unknown as Stripe.Event)).toEqual({ result: "duplicate" });

    const refused = await rejection(startConnectOnboarding(handle.db, stripe, ir, URLS));
    expect(refused.messageKey).toBe("payoutsByBankFile");
  });

  it("sends a payout as one transfer however often its job runs, even after a worker died with Stripe's answer", async () => {
    const order = await deliveredCardOrder(8800);
    const run = await runPayouts(handle.db, { marketCode: "CN", createdBy: null });
    const [payout] = run.payouts;
    expect(run.rail).toBe("stripe");
    expect(run.jobs).toEqual([transferJobKey(payout!.payoutId)]);
    expect(payout).toMatchObject({ shopId: cn.shopId, destination: accountId });
    expect((await payoutOf(payout!.payoutId)).status).toBe("pending");
    expect(await handle.db.$count(outbox, eq(outbox.key, transferJobKey(payout!.payoutId)))).toBe(1);
    expect((await sellerBalance(handle.db, cn.shopId)).availableMinor).toBe(0);

    // a first try reached Stripe, but its worker died before recording the answer
    const lost = await stripe.transfers.create({ amount: payout!.amountMinor, currency: "cny", destination: accountId, description: `Villagepost payout ${run.reference}`, transfer_group: run.reference!, metadata: { payout_id: payout!.payoutId } }, { idempotencyKey: payout!.payoutId });
    const before = emulator.transfers().length;
    const [a, b] = await Promise.all([sendTransfer(services, payout!.payoutId), sendTransfer(services, payout!.payoutId)]);
    // each run either got Stripe's replay of the same transfer, or found the payout sent by the other
    expect([a, b]).toContain(lost.id);
    expect([a, b].every((r) => r === lost.id || r === "sent")).toBe(true);
    await deliverNow(services, transferJobKey(payout!.payoutId));
    expect(emulator.transfers()).toHaveLength(before);
    expect(emulator.transfers().filter((t) => t.metadata.payout_id === payout!.payoutId)).toHaveLength(1);
    expect(await payoutOf(payout!.payoutId)).toMatchObject({ status: "sent", externalId: lost.id });
    expect(await webhooks()).toEqual([{ result: "processed" }]); // transfer.created changes nothing more

    // the seller's bank payout from their Stripe balance
    await emulator.payout({ account: accountId, amount: payout!.amountMinor, currency: "cny", status: "paid" });
    await webhooks();
    expect((await payoutOf(payout!.payoutId)).status).toBe("paid");
    expect((await sellerBalance(handle.db, cn.shopId)).paidMinor).toBe(payout!.amountMinor);
    expect(order.shopId).toBe(cn.shopId);
  });

  it("waits through a Stripe outage, and a transfer Stripe refuses fails the payout and returns its money to the seller", async () => {
    await deliveredCardOrder(5000);
    // Stripe answers 500 for a while: the payout stays pending, its job keeps the error and is tried again later
    const run = await runPayouts(handle.db, { marketCode: "CN", createdBy: null });
    const payoutId = run.payouts[0]!.payoutId;
    emulator.outage("/v1/transfers", 1);
    expect((await deliverNow(services, transferJobKey(payoutId))).ok).toBe(false);
    const [job] = await handle.db.select().from(outbox).where(eq(outbox.key, transferJobKey(payoutId)));
    expect(job).toMatchObject({ status: "pending", attempts: 1 });
    expect(job!.lastError).toMatch(/outage/);
    expect((await payoutOf(payoutId)).status).toBe("pending");
    await handle.db.update(outbox).set({ runAt: new Date(0) }).where(eq(outbox.key, transferJobKey(payoutId)));
    expect((await deliverNow(services, transferJobKey(payoutId))).ok).toBe(true);
    expect((await payoutOf(payoutId)).status).toBe("sent");

    // a shop whose account can no longer take transfers (Stripe disabled it since): Stripe refuses, the money comes back
    const disabled = await stripe.accounts.create({ type: "express", country: "CN" });
    await handle.db.update(shopPayoutAccounts).set({ stripeAccountId: disabled.id }).where(eq(shopPayoutAccounts.shopId, cn.shopId));
    const sale = await deliveredCardOrder(3000);
    const failing = await runPayouts(handle.db, { marketCode: "CN", createdBy: null });
    const failed = failing.payouts[0]!;
    expect(failed.destination).toBe(disabled.id);
    expect((await sellerBalance(handle.db, cn.shopId)).availableMinor).toBe(0);
    const transfers = emulator.transfers().length;
    expect((await deliverNow(services, transferJobKey(failed.payoutId))).result).toBe("failed");
    expect(emulator.transfers()).toHaveLength(transfers);
    const row = await payoutOf(failed.payoutId);
    expect(row.status).toBe("failed");
    expect(row.failureReason).toMatch(/insufficient_capabilities_for_transfer/);
    expect((await sellerBalance(handle.db, cn.shopId)).availableMinor).toBe(failed.amountMinor);
    // a failed payout reported again changes nothing
    expect((await deliverNow(services, transferJobKey(failed.payoutId))).ok).toBe(false);
    expect((await sellerBalance(handle.db, cn.shopId)).availableMinor).toBe(failed.amountMinor);
    await handle.db.update(shopPayoutAccounts).set({ stripeAccountId: accountId }).where(eq(shopPayoutAccounts.shopId, cn.shopId));
    // paid in the next run, to the account that works
    const next = await runPayouts(handle.db, { marketCode: "CN", createdBy: null });
    expect(next.payouts[0]).toMatchObject({ amountMinor: failed.amountMinor, destination: accountId });
    await deliverNow(services, next.jobs[0]!);
    expect((await payoutOf(next.payouts[0]!.payoutId)).status).toBe("sent");
    expect(sale.shopId).toBe(cn.shopId);
  });

  it("a refund after payout is taken back by a transfer reversal, once, and shows on the seller's statement", async () => {
    const order = await deliveredCardOrder(6000);
    const run = await runPayouts(handle.db, { marketCode: "CN", createdBy: null });
    const payout = run.payouts[0]!;
    await deliverNow(services, run.jobs[0]!);
    const transferId = (await payoutOf(payout.payoutId)).externalId!;
    const paidBefore = (await sellerBalance(handle.db, cn.shopId)).paidMinor;

    const refund = await refundCardOrder(handle.db, { orderNumber: order.number });
    // the shopper gets the items back (the post carried the parcel)
    expect(refund.amountMinor).toBe(6000);
    const [reversal] = await handle.db.select().from(payoutReversals).where(eq(payoutReversals.orderId, order.orderId));
    expect(reversal).toMatchObject({ payoutId: payout.payoutId, status: "pending" });
    const net = reversal!.amountMinor;
    expect(net).toBeGreaterThan(0);
    expect(net).toBeLessThanOrEqual(6000);
    // decided with the refund: the seller owes nothing, and has been paid that much less
    expect(await sellerBalance(handle.db, cn.shopId)).toMatchObject({ availableMinor: 0, paidMinor: paidBefore - net });
    expect(refund.jobs).toHaveLength(2);
    for (const key of refund.jobs) await deliverNow(services, key);
    for (const key of refund.jobs) await deliverNow(services, key);
    expect(emulator.refunds().filter((r) => r.amount === 6000)).toHaveLength(1);
    const transfer = emulator.transfers().find((t) => t.id === transferId)!;
    expect(transfer).toMatchObject({ amount_reversed: net });
    expect(transfer.reversals.data).toHaveLength(1);
    expect((await handle.db.select().from(payoutReversals).where(eq(payoutReversals.id, reversal!.id)))[0]).toMatchObject({ status: "sent", externalId: transfer.reversals.data[0]!.id });
    await webhooks(); // transfer.created, transfer.reversed
    expect(await rejection(refundCardOrder(handle.db, { orderNumber: order.number }))).toMatchObject({ messageKey: "alreadyRefunded" });

    const now = new Date();
    const statement = await statementOf(handle.db, cn.shopId, { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, locale: "zh", now });
    const lines = statement.rows.filter((r) => r.kind === "payout_reversed");
    expect(lines).toEqual([expect.objectContaining({ orderNumber: order.number, availableMinor: net })]);
    expect(order.shopId).toBe(cn.shopId);
  });

  it("a reversal Stripe refuses is undone and the debt carries; a refund larger than what is left of its transfer carries without a reversal", async () => {
    // the sale is paid out, then most of its transfer is reversed outside Villagepost (in Stripe's dashboard)
    const big = await deliveredCardOrder(9000);
    const bigRun = await runPayouts(handle.db, { marketCode: "CN", createdBy: null });
    await deliverNow(services, bigRun.jobs[0]!);
    const bigPayout = await payoutOf(bigRun.payouts[0]!.payoutId);
    await stripe.transfers.createReversal(bigPayout.externalId!, { amount: bigPayout.amountMinor - 10 });
    const first = await refundCardOrder(handle.db, { orderNumber: big.number });
    expect(first.jobs).toHaveLength(2);
    expect((await sellerBalance(handle.db, cn.shopId)).availableMinor).toBe(0);
    for (const key of first.jobs) await deliverNow(services, key);
    const [refused] = await handle.db.select().from(payoutReversals).where(eq(payoutReversals.orderId, big.orderId));
    expect(refused).toMatchObject({ status: "failed" });
    expect(refused!.failureReason).toMatch(/greater than/);
    const debt = -(await sellerBalance(handle.db, cn.shopId)).availableMinor;
    expect(debt).toBe(refused!.amountMinor);

    // the next payout pays the next sale less the debt
    const later = await deliveredCardOrder(20_000);
    await releaseDueSales(handle.db, "CN", new Date());
    const owed = (await sellerBalance(handle.db, cn.shopId)).availableMinor;
    const laterRun = await runPayouts(handle.db, { marketCode: "CN", createdBy: null });
    expect(laterRun.payouts[0]!.amountMinor).toBe(owed);
    await deliverNow(services, laterRun.jobs[0]!);
    expect((await sellerBalance(handle.db, cn.shopId)).availableMinor).toBe(0);

    // that sale refunded: its transfer (less the debt) has not enough left, so nothing is reversed and the debt carries, shown
    const carried = await refundCardOrder(handle.db, { orderNumber: later.number });
    expect(carried.jobs).toEqual([`order-${later.orderId}-refund`]);
    expect(await handle.db.$count(payoutReversals, eq(payoutReversals.orderId, later.orderId))).toBe(0);
    expect((await sellerBalance(handle.db, cn.shopId)).availableMinor).toBeLessThan(-owed);
  });

  it("refunds after payout decided together take the debt back once from the transfer, or carry it when the transfer has not enough left", async () => {
    // a sale large enough to settle what the shop still owes from the tests before
    const owing = -(await sellerBalance(handle.db, cn.shopId)).availableMinor;
    if (owing > 0) await deliveredCardOrder(owing * 2);
    const a = await deliveredCardOrder(7000);
    const b = await deliveredCardOrder(5000);
    const run = await runPayouts(handle.db, { marketCode: "CN", createdBy: null });
    await deliverNow(services, run.jobs[0]!);
    const payout = await payoutOf(run.payouts[0]!.payoutId);
    expect((await sellerBalance(handle.db, cn.shopId)).availableMinor).toBe(0);

    const jobs = await handle.db.transaction(async (tx) => {
      const refunded = await postRefundMany(tx, [a.orderId, b.orderId], new Date(), { includePostage: false });
      expect([...refunded.values()].sort()).toEqual([5000, 7000]);
      return recoverAfterRefundMany(tx, [a.orderId, b.orderId], new Date());
    });
    // one reversal for the shop's whole debt, named after the first order, its job in the outbox
    const reversals = await handle.db.select().from(payoutReversals).where(eq(payoutReversals.payoutId, payout.id));
    expect(reversals).toEqual([expect.objectContaining({ orderId: a.orderId, status: "pending" })]);
    const debt = reversals[0]!.amountMinor;
    expect(debt).toBeGreaterThan(0);
    expect(debt).toBeLessThanOrEqual(12_000);
    expect(jobs).toHaveLength(1);
    expect(await handle.db.$count(outbox, eq(outbox.key, jobs[0]!))).toBe(1);
    expect((await sellerBalance(handle.db, cn.shopId)).availableMinor).toBe(0);
    // decided again: nothing more to take back
    expect(await handle.db.transaction((tx) => recoverAfterRefundMany(tx, [a.orderId, b.orderId], new Date()))).toEqual([]);
    await deliverNow(services, jobs[0]!);
    expect(emulator.transfers().find((t) => t.id === payout.externalId)).toMatchObject({ amount_reversed: debt });

    // a sale paid out, then refunded for more than is left of its transfer: the debt carries, no reversal
    const c = await deliveredCardOrder(8000);
    const next = await runPayouts(handle.db, { marketCode: "CN", createdBy: null });
    await deliverNow(services, next.jobs[0]!);
    const nextPayout = await payoutOf(next.payouts[0]!.payoutId);
    await stripe.transfers.createReversal(nextPayout.externalId!, { amount: nextPayout.amountMinor - 10 });
    await handle.db.insert(payoutReversals).values({ payoutId: nextPayout.id, shopId: cn.shopId, currency: "CNY", amountMinor: nextPayout.amountMinor - 10, status: "sent" });
    const carried = await handle.db.transaction(async (tx) => {
      await postRefundMany(tx, [c.orderId], new Date(), { includePostage: false });
      return recoverAfterRefundMany(tx, [c.orderId], new Date());
    });
    expect(carried).toEqual([]);
    expect(await handle.db.$count(payoutReversals, eq(payoutReversals.orderId, c.orderId))).toBe(0);
    expect((await sellerBalance(handle.db, cn.shopId)).availableMinor).toBeLessThan(0);
  });
});
