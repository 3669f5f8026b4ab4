/**
 * Payouts in card markets through Stripe Connect (separate charges and
 * transfers): a shop onboards an Express account, each payout is a Transfer
 * to it sent by the outbox under the payout's id as idempotency key, and a
 * refund after a payout takes the money back by a transfer reversal, or from
 * the next payout when the transfer has not enough left.
 */
import { randomUUID } from "node:crypto";
import { and, asc, eq, gte, inArray, sql } from "drizzle-orm";
import type Stripe from "stripe";
import type { Database, DatabaseOrTx, Tx } from "@/db/client";
import { ledgerEntries, ledgerTransactions, payoutBatches, payoutReversals, payouts, shopPayoutAccounts } from "@/db/schema";
import { AppError } from "../errors";
import { registerHandler, type OutboxServices } from "../outbox/handlers";
import { enqueue } from "../outbox/outbox";
import { CARD_PROVIDER } from "./events";
import { postMoneyEvent, postMoneyEvents, type MoneyEvent } from "./ledger";
import { applyPayoutOutcome, railOf, recordPayoutOutcome } from "./payouts";
import { saleParcels } from "./sale-lines";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type ConnectStatus = "not_started" | "pending" | "enabled";

/** Where a shop stands with Stripe: no account yet, onboarding not finished (or under review), or able to receive transfers. */
export async function connectStatus(db: DatabaseOrTx, shopId: string): Promise<{ status: ConnectStatus; detailsSubmitted: boolean; issue: string | null }> {
  const [account] = await db.select().from(shopPayoutAccounts).where(eq(shopPayoutAccounts.shopId, shopId));
  if (!account?.stripeAccountId) return { status: "not_started", detailsSubmitted: false, issue: null };
  return { status: account.stripePayoutsEnabled ? "enabled" : "pending", detailsSubmitted: account.stripeDetailsSubmitted, issue: account.stripePayoutIssue };
}

/**
 * "Set up payouts": the shop's Express account (created once: the idempotency
 * key is the shop's, so a retried request finds the same account) and a fresh
 * single-use onboarding link to send the seller to. Only in card markets.
 */
export async function startConnectOnboarding(
  db: Database,
  stripe: Stripe | null,
  shop: { shopId: string; marketCode: string },
  urls: { returnUrl: string; refreshUrl: string },
): Promise<{ url: string; accountId: string }> {
  if ((await railOf(db, shop.marketCode)).rail !== "stripe") throw new AppError("BAD_REQUEST", "payoutsByBankFile");
  if (!stripe) throw new AppError("BAD_REQUEST", "paymentUnavailable");
  const [existing] = await db.select({ accountId: shopPayoutAccounts.stripeAccountId }).from(shopPayoutAccounts).where(eq(shopPayoutAccounts.shopId, shop.shopId));
  let accountId = existing?.accountId ?? null;
  if (!accountId) {
    const account = await stripe.accounts.create(
      { type: "express", country: shop.marketCode, capabilities: { transfers: { requested: true } }, metadata: { shop_id: shop.shopId } },
      { idempotencyKey: `shop-${shop.shopId}-connect-account` },
    );
    accountId = account.id;
    await db
      .insert(shopPayoutAccounts)
      .values({ shopId: shop.shopId, stripeAccountId: accountId })
      .onConflictDoUpdate({ target: shopPayoutAccounts.shopId, set: { stripeAccountId: accountId, updatedAt: new Date() } });
  }
  const link = await stripe.accountLinks.create({ account: accountId, type: "account_onboarding", return_url: urls.returnUrl, refresh_url: urls.refreshUrl });
  return { url: link.url, accountId };
}

/** The Stripe events about Connect this module applies. */
export const CONNECT_EVENTS = new Set(["account.updated", "transfer.created", "transfer.reversed", "payout.paid", "payout.failed"]);

/**
 * Applies one verified Connect event in the webhook's transaction (its id is
 * recorded there, so a redelivery changes nothing). Events about accounts,
 * transfers or payouts that are not ours are ignored.
 */
export async function applyConnectEvent(tx: Tx, event: Stripe.Event): Promise<"processed" | "ignored"> {
  const at = new Date(event.created * 1000);
  switch (event.type) {
    case "account.updated": {
      const account = event.data.object;
      const enabled = account.payouts_enabled === true && account.capabilities?.transfers === "active";
      const updated = await tx
        .update(shopPayoutAccounts)
        .set({ stripePayoutsEnabled: enabled, stripeDetailsSubmitted: account.details_submitted === true, stripeUpdatedAt: at, updatedAt: new Date() })
        // an older event arriving late changes nothing
        .where(and(eq(shopPayoutAccounts.stripeAccountId, account.id), sql`(${shopPayoutAccounts.stripeUpdatedAt} is null or ${shopPayoutAccounts.stripeUpdatedAt} <= ${at.toISOString()}::timestamptz)`))
        .returning({ shopId: shopPayoutAccounts.shopId });
      return updated.length > 0 ? "processed" : "ignored";
    }
    case "transfer.created": {
      const transfer = event.data.object;
      const payoutId = transfer.metadata?.payout_id;
      if (!payoutId || !UUID.test(payoutId) || !(await isOurs(tx, payoutId))) return "ignored";
      await applyPayoutOutcome(tx, { payoutId, outcome: "sent", externalId: transfer.id, at });
      return "processed";
    }
    case "transfer.reversed": {
      const transfer = event.data.object;
      let applied = 0;
      for (const reversal of transfer.reversals?.data ?? []) {
        const reversalId = reversal.metadata?.reversal_id;
        if (!reversalId || !UUID.test(reversalId)) continue;
        applied += (await markReversalSent(tx, reversalId, reversal.id)) ? 1 : 0;
      }
      return applied > 0 ? "processed" : "ignored";
    }
    case "payout.paid":
    case "payout.failed": {
      // the connected account's bank payout: its Stripe balance reached (or did not reach) the seller's bank
      const accountId = event.account;
      if (!accountId) return "ignored";
      const payout = event.data.object;
      const [account] = await tx.select({ shopId: shopPayoutAccounts.shopId }).from(shopPayoutAccounts).where(eq(shopPayoutAccounts.stripeAccountId, accountId));
      if (!account) return "ignored";
      if (event.type === "payout.failed") {
        await tx
          .update(shopPayoutAccounts)
          .set({ stripePayoutIssue: (payout.failure_message ?? payout.failure_code ?? "failed").slice(0, 300), updatedAt: new Date() })
          .where(eq(shopPayoutAccounts.shopId, account.shopId));
        return "processed";
      }
      await tx.update(shopPayoutAccounts).set({ stripePayoutIssue: null, updatedAt: new Date() }).where(eq(shopPayoutAccounts.shopId, account.shopId));
      const sent = await tx
        .select({ id: payouts.id })
        .from(payouts)
        .innerJoin(payoutBatches, eq(payoutBatches.id, payouts.batchId))
        .where(and(eq(payouts.shopId, account.shopId), eq(payouts.destination, accountId), eq(payouts.status, "sent"), eq(payoutBatches.rail, "stripe")));
      for (const { id } of sent) await applyPayoutOutcome(tx, { payoutId: id, outcome: "paid", at });
      return "processed";
    }
    default:
      return "ignored";
  }
}

async function isOurs(tx: DatabaseOrTx, payoutId: string): Promise<boolean> {
  const [row] = await tx.select({ id: payouts.id }).from(payouts).where(eq(payouts.id, payoutId));
  return row !== undefined;
}

async function markReversalSent(db: DatabaseOrTx, reversalId: string, externalId: string): Promise<boolean> {
  const rows = await db
    .update(payoutReversals)
    .set({ status: "sent", externalId, updatedAt: new Date() })
    .where(and(eq(payoutReversals.id, reversalId), eq(payoutReversals.status, "pending")))
    .returning({ id: payoutReversals.id });
  return rows.length > 0;
}

/** Stripe refused the request itself (a 4xx other than rate limiting): trying again would change nothing. */
function refusedByStripe(error: unknown): error is { message: string; code?: string } {
  const e = error as { type?: string; statusCode?: number };
  return e?.type === "StripeInvalidRequestError" && e.statusCode !== undefined && e.statusCode >= 400 && e.statusCode < 500 && e.statusCode !== 429;
}

function stripeOf(services: OutboxServices): Stripe {
  if (!services.stripe) throw new Error("Stripe is not configured");
  return services.stripe;
}

/**
 * Sends a payout as a Transfer to the shop's connected account, once: the
 * payout's id is the idempotency key, so a job run twice (a worker that died
 * after Stripe answered) gets the same transfer back. Stripe's refusal fails
 * the payout and returns its money to the seller's balance.
 */
export async function sendTransfer(services: OutboxServices, payoutId: string): Promise<string> {
  const [row] = await services.db
    .select({ payout: payouts, reference: payoutBatches.reference })
    .from(payouts)
    .innerJoin(payoutBatches, eq(payoutBatches.id, payouts.batchId))
    .where(eq(payouts.id, payoutId));
  if (!row) return "missing";
  const { payout } = row;
  if (payout.status !== "pending") return payout.status;
  try {
    const transfer = await stripeOf(services).transfers.create(
      {
        amount: payout.amountMinor,
        currency: payout.currency.toLowerCase(),
        destination: payout.destination,
        description: `Villagepost payout ${row.reference}`,
        transfer_group: row.reference,
        metadata: { payout_id: payout.id },
      },
      { idempotencyKey: payout.id },
    );
    await recordPayoutOutcome(services.db, { payoutId, outcome: "sent", externalId: transfer.id });
    return transfer.id;
  } catch (error) {
    if (!refusedByStripe(error)) throw error;
    await recordPayoutOutcome(services.db, { payoutId, outcome: "failed", reason: `${error.code ?? "refused"}: ${error.message}`.slice(0, 300) });
    return "failed";
  }
}

/** A reversal Stripe refused, or whose transfer never happened: its ledger entries are undone, and the seller's negative balance carries into the next payout. */
async function failReversal(db: Database, reversalId: string, reason: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [reversal] = await tx
      .update(payoutReversals)
      .set({ status: "failed", failureReason: reason.slice(0, 300), updatedAt: new Date() })
      .where(and(eq(payoutReversals.id, reversalId), eq(payoutReversals.status, "pending")))
      .returning();
    if (!reversal) return;
    const [batch] = await tx.select({ marketCode: payoutBatches.marketCode }).from(payouts).innerJoin(payoutBatches, eq(payoutBatches.id, payouts.batchId)).where(eq(payouts.id, reversal.payoutId));
    if (!batch) throw new Error(`payout ${reversal.payoutId} has no batch`);
    await postMoneyEvent(tx, {
      key: `payout_reversal_failed:${reversal.id}`,
      kind: "payout_reversed",
      marketCode: batch.marketCode,
      currency: reversal.currency,
      occurredAt: new Date(),
      orderId: reversal.orderId,
      memo: { failed: 1, reason: reason.slice(0, 200) },
      entries: [
        { account: "seller_available", party: reversal.shopId, amountMinor: reversal.amountMinor },
        { account: "payments_clearing", party: CARD_PROVIDER, amountMinor: -reversal.amountMinor },
      ],
    });
  });
}

/**
 * Takes money back from a paid-out transfer (a refund after payout), once: the
 * reversal's id is the idempotency key. It waits for the transfer to exist;
 * if the payout failed instead, or Stripe refuses, the reversal is undone.
 */
export async function sendReversal(services: OutboxServices, reversalId: string): Promise<string> {
  const [row] = await services.db
    .select({ reversal: payoutReversals, payout: payouts })
    .from(payoutReversals)
    .innerJoin(payouts, eq(payouts.id, payoutReversals.payoutId))
    .where(eq(payoutReversals.id, reversalId));
  if (!row) return "missing";
  const { reversal, payout } = row;
  if (reversal.status !== "pending") return reversal.status;
  if (payout.status === "failed") {
    await failReversal(services.db, reversal.id, "the payout failed: nothing to reverse");
    return "failed";
  }
  if (!payout.externalId) throw new Error("the payout's transfer is not made yet");
  try {
    const made = await stripeOf(services).transfers.createReversal(
      payout.externalId,
      { amount: reversal.amountMinor, metadata: { reversal_id: reversal.id, ...(reversal.orderId ? { order_id: reversal.orderId } : {}) } },
      { idempotencyKey: reversal.id },
    );
    await markReversalSent(services.db, reversal.id, made.id);
    return made.id;
  } catch (error) {
    if (!refusedByStripe(error)) throw error;
    await failReversal(services.db, reversal.id, `${error.code ?? "refused"}: ${error.message}`);
    return "failed";
  }
}

export const reversalJobKey = (reversalId: string) => `payout-reversal-${reversalId}`;

/**
 * After a refund of `orderId` (or of some of its parcels), in its transaction: each card-market shop of
 * the order whose available balance went below zero gets it back from the
 * Stripe transfer that paid the sale out, when that transfer has enough left
 * to reverse (a reversal row, its ledger entries and the outbox job that
 * sends it). Otherwise the negative balance carries into the next payout, shown.
 * Returns the outbox keys to run.
 */
export async function recoverAfterRefund(tx: DatabaseOrTx, orderId: string, at: Date, only?: { shipmentIds: string[] }): Promise<string[]> {
  const shops = new Map<string, { marketCode: string; currency: string }>();
  // a refund of some parcels only (one that came back) looks at their shops and their sales only
  const parcels = only ? await saleParcels(tx, { shipmentIds: only.shipmentIds }) : await saleParcels(tx, { orderId });
  for (const parcel of parcels) shops.set(parcel.shopId, { marketCode: parcel.marketCode, currency: parcel.currency });
  const jobs: string[] = [];
  for (const [shopId, { marketCode, currency }] of shops) {
    if ((await railOf(tx, marketCode)).rail !== "stripe") continue;
    // a payout run of this market and this decision wait for each other
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`payouts:${marketCode}`}))`);
    const [balance] = await tx
      .select({ available: sql<string>`coalesce(-sum(${ledgerEntries.amountMinor}), 0)` })
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.account, "seller_available"), eq(ledgerEntries.party, shopId), eq(ledgerEntries.marketCode, marketCode)));
    const debt = -Number(balance?.available ?? 0);
    if (debt <= 0) continue;
    // the transfer that paid this order's sale out: the shop's first Stripe payout since the sale became available
    const shipmentIds = parcels.filter((p) => p.shopId === shopId).map((p) => `sale_released:${p.shipmentId}`);
    const [released] = await tx.select({ at: sql<Date | string | null>`min(${ledgerTransactions.occurredAt})` }).from(ledgerTransactions).where(inArray(ledgerTransactions.key, shipmentIds));
    if (!released?.at) continue;
    const [payout] = await tx
      .select({ id: payouts.id, amountMinor: payouts.amountMinor, reversed: sql<string>`coalesce((select sum(${payoutReversals.amountMinor}) from ${payoutReversals} where ${payoutReversals.payoutId} = ${payouts.id} and ${payoutReversals.status} <> 'failed'), 0)` })
      .from(payouts)
      .innerJoin(payoutBatches, eq(payoutBatches.id, payouts.batchId))
      .where(and(eq(payouts.shopId, shopId), eq(payoutBatches.rail, "stripe"), inArray(payouts.status, ["pending", "sent", "paid"]), gte(payoutBatches.createdAt, new Date(released.at))))
      .orderBy(asc(payoutBatches.createdAt))
      .limit(1);
    // not paid out yet, or not enough left of its transfer: the negative balance carries into the next payout
    if (!payout || payout.amountMinor - Number(payout.reversed) < debt) continue;
    const [reversal] = await tx.insert(payoutReversals).values({ payoutId: payout.id, shopId, orderId, currency, amountMinor: debt, createdAt: at, updatedAt: at }).returning({ id: payoutReversals.id });
    if (!reversal) throw new Error("payout reversal insert returned nothing");
    await postMoneyEvent(tx, {
      key: `payout_reversed:${reversal.id}`,
      kind: "payout_reversed",
      marketCode,
      currency,
      occurredAt: at,
      orderId,
      memo: { payout: payout.id },
      entries: [
        { account: "seller_available", party: shopId, amountMinor: -debt },
        { account: "payments_clearing", party: CARD_PROVIDER, amountMinor: debt },
      ],
    });
    const key = reversalJobKey(reversal.id);
    await enqueue(tx, { kind: "stripe.transfer_reversal", key, payload: { reversalId: reversal.id } });
    jobs.push(key);
  }
  return jobs;
}

/**
 * recoverAfterRefund for many refunded orders at once (a batch of refunds
 * posted together), with the same outcome as deciding them one after another
 * in the order given: a shop's debt is taken back once, from the first
 * transfer since the refunded sale was released that has enough left, and
 * otherwise carries into the next payout. A few statements whatever the number
 * of orders; one reversal at most per shop and order. Returns the outbox keys.
 */
export async function recoverAfterRefundMany(tx: DatabaseOrTx, orderIds: string[], at: Date): Promise<string[]> {
  const order = [...new Set(orderIds)];
  if (order.length === 0) return [];
  const parcels = await saleParcels(tx, { orderIds: order });
  const rails = new Map<string, boolean>();
  for (const code of new Set(parcels.map((p) => p.marketCode))) rails.set(code, (await railOf(tx, code)).rail === "stripe");
  const card = parcels.filter((p) => rails.get(p.marketCode));
  if (card.length === 0) return [];
  // payout runs of these markets and this decision wait for each other (always in the same order)
  for (const code of [...new Set(card.map((p) => p.marketCode))].sort()) await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`payouts:${code}`}))`);
  const shopIds = [...new Set(card.map((p) => p.shopId))];
  const balanceKey = (shopId: string, marketCode: string) => `${shopId}|${marketCode}`;
  const available = new Map(
    (
      await tx
        .select({ shopId: ledgerEntries.party, marketCode: ledgerEntries.marketCode, available: sql<string>`coalesce(-sum(${ledgerEntries.amountMinor}), 0)` })
        .from(ledgerEntries)
        .where(and(eq(ledgerEntries.account, "seller_available"), inArray(ledgerEntries.party, shopIds)))
        .groupBy(ledgerEntries.party, ledgerEntries.marketCode)
    ).map((r) => [balanceKey(r.shopId, r.marketCode), Number(r.available)]),
  );
  const releasedAt = new Map(
    (
      await tx
        .select({ key: ledgerTransactions.key, at: ledgerTransactions.occurredAt })
        .from(ledgerTransactions)
        .where(inArray(ledgerTransactions.key, card.map((p) => `sale_released:${p.shipmentId}`)))
    ).map((r) => [r.key, new Date(r.at).getTime()]),
  );
  const transfers = await tx
    .select({
      id: payouts.id,
      shopId: payouts.shopId,
      amountMinor: payouts.amountMinor,
      createdAt: payoutBatches.createdAt,
      reversed: sql<string>`coalesce((select sum(${payoutReversals.amountMinor}) from ${payoutReversals} where ${payoutReversals.payoutId} = ${payouts.id} and ${payoutReversals.status} <> 'failed'), 0)`,
    })
    .from(payouts)
    .innerJoin(payoutBatches, eq(payoutBatches.id, payouts.batchId))
    .where(and(inArray(payouts.shopId, shopIds), eq(payoutBatches.rail, "stripe"), inArray(payouts.status, ["pending", "sent", "paid"])))
    .orderBy(asc(payoutBatches.createdAt));
  const left = new Map(transfers.map((t) => [t.id, t.amountMinor - Number(t.reversed)]));

  const reversals: { id: string; payoutId: string; shopId: string; orderId: string; marketCode: string; currency: string; amountMinor: number }[] = [];
  for (const orderId of order) {
    const shops = new Map<string, { marketCode: string; currency: string; released: number[] }>();
    for (const parcel of card.filter((p) => p.orderId === orderId)) {
      const shop = shops.get(parcel.shopId) ?? { marketCode: parcel.marketCode, currency: parcel.currency, released: [] };
      const released = releasedAt.get(`sale_released:${parcel.shipmentId}`);
      if (released !== undefined) shop.released.push(released);
      shops.set(parcel.shopId, shop);
    }
    for (const [shopId, { marketCode, currency, released }] of shops) {
      const key = balanceKey(shopId, marketCode);
      const debt = -(available.get(key) ?? 0);
      if (debt <= 0 || released.length === 0) continue;
      const since = Math.min(...released);
      const payout = transfers.find((t) => t.shopId === shopId && new Date(t.createdAt).getTime() >= since);
      // not paid out yet, or not enough left of its transfer: the negative balance carries into the next payout
      if (!payout || (left.get(payout.id) ?? 0) < debt) continue;
      left.set(payout.id, (left.get(payout.id) ?? 0) - debt);
      available.set(key, 0);
      reversals.push({ id: randomUUID(), payoutId: payout.id, shopId, orderId, marketCode, currency, amountMinor: debt });
    }
  }
  if (reversals.length === 0) return [];
  await tx.insert(payoutReversals).values(reversals.map((r) => ({ id: r.id, payoutId: r.payoutId, shopId: r.shopId, orderId: r.orderId, currency: r.currency, amountMinor: r.amountMinor, createdAt: at, updatedAt: at })));
  await postMoneyEvents(
    tx,
    reversals.map(
      (r): MoneyEvent => ({
        key: `payout_reversed:${r.id}`,
        kind: "payout_reversed",
        marketCode: r.marketCode,
        currency: r.currency,
        occurredAt: at,
        orderId: r.orderId,
        memo: { payout: r.payoutId },
        entries: [
          { account: "seller_available", party: r.shopId, amountMinor: -r.amountMinor },
          { account: "payments_clearing", party: CARD_PROVIDER, amountMinor: r.amountMinor },
        ],
      }),
    ),
  );
  const jobs: string[] = [];
  for (const r of reversals) {
    const key = reversalJobKey(r.id);
    await enqueue(tx, { kind: "stripe.transfer_reversal", key, payload: { reversalId: r.id } });
    jobs.push(key);
  }
  return jobs;
}

function payloadId(payload: Record<string, unknown>, name: string): string {
  const value = payload[name];
  if (typeof value !== "string") throw new Error(`outbox payload lacks ${name}`);
  return value;
}

/** Money leaves for a seller's Stripe account, or comes back from it: retried until Stripe answers, never given up on (shown to admins while failing). */
registerHandler("stripe.transfer", { maxAttempts: Number.POSITIVE_INFINITY, run: (services, payload) => sendTransfer(services, payloadId(payload, "payoutId")) });
registerHandler("stripe.transfer_reversal", { maxAttempts: Number.POSITIVE_INFINITY, run: (services, payload) => sendReversal(services, payloadId(payload, "reversalId")) });
