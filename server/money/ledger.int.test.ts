import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { commissionRules, ledgerEntries, ledgerTransactions, orderLineCommissions } from "@/db/schema";
import { testDatabases } from "@/test/databases";
import { insertOrders, moneyDatabase, type ShopPick } from "@/test/money-orders";
import { sellerBalance } from "./balances";
import { chargeCommissions } from "./commission";
import { postCardCaptured, postCashCollected, postCashRemitted, postParcelReturned, postRefund, releaseParcel } from "./events";
import { accountBalance, imbalance, postMoneyEvent, UnbalancedPostingError } from "./ledger";
import { saleParcels } from "./sale-lines";

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

/** The database error behind a Drizzle query error. */
function causeText(error: Error): string {
  return `${error.message} ${error.cause instanceof Error ? error.cause.message : ""}`;
}

describe.each(testDatabases())("ledger on $name", (target) => {
  let handle: DbHandle;
  let ir: ShopPick;
  let cn: ShopPick;

  beforeAll(async () => {
    ({ handle, ir, cn } = await moneyDatabase(target));
  });
  afterAll(() => handle.close());

  const entryCount = async () => Number((await handle.db.select({ n: sql<string>`count(*)` }).from(ledgerEntries))[0]?.n);

  it("refuses a transaction whose entries do not sum to zero, and keeps nothing of it", async () => {
    const before = await entryCount();
    const error = await rejection(
      handle.db.transaction(async (tx) => {
        const [t] = await tx.insert(ledgerTransactions).values({ key: "unbalanced-1", kind: "adjustment", marketCode: "IR", occurredAt: new Date() }).returning();
        await tx.insert(ledgerEntries).values([
          { transactionId: t!.id, account: "marketplace_bank", marketCode: "IR", currency: "IRR", amountMinor: 100, occurredAt: new Date() },
          { transactionId: t!.id, account: "commission_revenue", marketCode: "IR", currency: "IRR", amountMinor: -99, occurredAt: new Date() },
        ]);
      }),
    );
    expect(causeText(error)).toMatch(/does not balance/);
    expect(await entryCount()).toBe(before);
    const [t] = await handle.db.select().from(ledgerTransactions).where(eq(ledgerTransactions.key, "unbalanced-1"));
    expect(t).toBeUndefined();
  });

  it("checks each statement: an event's entries split over two statements are refused, and so is a batch with one event off", async () => {
    const before = await entryCount();
    const entry = (transactionId: string, amountMinor: number) => ({ transactionId, account: "marketplace_bank" as const, marketCode: "IR", currency: "IRR", amountMinor, occurredAt: new Date() });
    const split = await rejection(
      handle.db.transaction(async (tx) => {
        const [t] = await tx.insert(ledgerTransactions).values({ key: "split-1", kind: "adjustment", marketCode: "IR", occurredAt: new Date() }).returning();
        await tx.insert(ledgerEntries).values([entry(t!.id, 300)]);
        await tx.insert(ledgerEntries).values([{ ...entry(t!.id, -300), account: "commission_revenue" }]);
      }),
    );
    expect(causeText(split)).toMatch(/does not balance/);
    const batch = await rejection(
      handle.db.transaction(async (tx) => {
        const made = await tx
          .insert(ledgerTransactions)
          .values(Array.from({ length: 50 }, (_, i) => ({ key: `batch-${i}`, kind: "adjustment" as const, marketCode: "IR", occurredAt: new Date() })))
          .returning();
        await tx.insert(ledgerEntries).values(made.flatMap((t, i) => [entry(t.id, 1000 + i), { ...entry(t.id, -(1000 + i) + (i === 37 ? 1 : 0)), account: "commission_revenue" as const }]));
      }),
    );
    expect(causeText(batch)).toMatch(/does not balance/);
    // balanced, but for a transaction that does not exist
    const orphan = "00000000-0000-4000-8000-000000000001";
    const missing = await rejection(handle.db.insert(ledgerEntries).values([entry(orphan, 300), { ...entry(orphan, -300), account: "commission_revenue" }]));
    expect(causeText(missing)).toMatch(/no ledger transaction/);
    expect(await entryCount()).toBe(before);
  });

  it("balances per currency: equal numbers in two currencies do not cancel out", async () => {
    const error = await rejection(
      handle.db.transaction(async (tx) => {
        const [t] = await tx.insert(ledgerTransactions).values({ key: "two-currencies", kind: "adjustment", marketCode: "CN", occurredAt: new Date() }).returning();
        await tx.insert(ledgerEntries).values([
          { transactionId: t!.id, account: "marketplace_bank", marketCode: "CN", currency: "CNY", amountMinor: 100, occurredAt: new Date() },
          { transactionId: t!.id, account: "commission_revenue", marketCode: "CN", currency: "USD", amountMinor: -100, occurredAt: new Date() },
        ]);
      }),
    );
    expect(causeText(error)).toMatch(/does not balance/);
  });

  it("is append-only: entries and transactions cannot be changed or deleted", async () => {
    await postMoneyEvent(handle.db, {
      key: "append-only",
      kind: "adjustment",
      marketCode: "IR",
      currency: "IRR",
      occurredAt: new Date(),
      entries: [
        { account: "marketplace_bank", amountMinor: 500 },
        { account: "commission_revenue", amountMinor: -500 },
      ],
    });
    const [t] = await handle.db.select().from(ledgerTransactions).where(eq(ledgerTransactions.key, "append-only"));
    expect(causeText(await rejection(handle.db.update(ledgerEntries).set({ amountMinor: 1 }).where(eq(ledgerEntries.transactionId, t!.id))))).toMatch(/append-only/);
    expect(causeText(await rejection(handle.db.delete(ledgerEntries).where(eq(ledgerEntries.transactionId, t!.id))))).toMatch(/append-only/);
    expect(causeText(await rejection(handle.db.delete(ledgerTransactions).where(eq(ledgerTransactions.id, t!.id))))).toMatch(/append-only/);
    const rows = await handle.db.select().from(ledgerEntries).where(eq(ledgerEntries.transactionId, t!.id));
    expect(rows.map((r) => r.amountMinor).sort((a, b) => a - b)).toEqual([-500, 500]);
  });

  it("posts an event once however often it is applied, and refuses postings that do not add up before touching the database", async () => {
    const event = {
      key: "twice",
      kind: "adjustment" as const,
      marketCode: "IR",
      currency: "IRR",
      occurredAt: new Date(),
      entries: [
        { account: "marketplace_bank" as const, amountMinor: 7 },
        { account: "cash_differences" as const, amountMinor: -7 },
      ],
    };
    expect(await postMoneyEvent(handle.db, event)).toBe(true);
    const after = await entryCount();
    expect(await postMoneyEvent(handle.db, event)).toBe(false);
    expect(await entryCount()).toBe(after);
    await expect(postMoneyEvent(handle.db, { ...event, key: "bad", entries: [{ account: "marketplace_bank", amountMinor: 1 }] })).rejects.toBeInstanceOf(UnbalancedPostingError);
    await expect(postMoneyEvent(handle.db, { ...event, key: "float", entries: [{ account: "marketplace_bank", amountMinor: 0.5 }, { account: "cash_differences", amountMinor: -0.5 }] })).rejects.toBeInstanceOf(UnbalancedPostingError);
  });

  it("charges the most specific commission rule, keeps it on the line, and a later rule change leaves past orders alone", async () => {
    const [order] = await insertOrders(handle.db, [{ shop: ir, method: "cod", postageMinor: 300_000, lines: [{ variantIndex: 0, unitPriceMinor: 1_234_567, quantity: 3 }] }]);
    await chargeCommissions(handle.db, order!.orderId);
    const [charged] = await handle.db.select().from(orderLineCommissions).where(eq(orderLineCommissions.orderLineId, order!.lines[0]!.id));
    // the market's 10 % of 3 703 701, rounded half up
    expect(charged?.commissionMinor).toBe(370_370);
    // a shop rule, fixed per unit with a cap, now applies to new orders only
    await handle.db.insert(commissionRules).values({ marketCode: "IR", shopId: ir.shopId, kind: "fixed", fixedMinor: 200_000, capMinor: 500_000 });
    const [next] = await insertOrders(handle.db, [{ shop: ir, method: "cod", postageMinor: 300_000, lines: [{ variantIndex: 0, unitPriceMinor: 1_234_567, quantity: 3 }] }]);
    await chargeCommissions(handle.db, next!.orderId);
    await chargeCommissions(handle.db, order!.orderId);
    const rows = await handle.db.select().from(orderLineCommissions);
    expect(rows.find((r) => r.orderLineId === next!.lines[0]!.id)?.commissionMinor).toBe(500_000);
    expect(rows.find((r) => r.orderLineId === order!.lines[0]!.id)?.commissionMinor).toBe(370_370);
    await handle.db.update(commissionRules).set({ active: false }).where(eq(commissionRules.shopId, ir.shopId));
  });

  it("follows a cash sale from the postman to the seller, and a card sale through a refund after payout into a negative balance", async () => {
    const at = new Date("2026-11-01T08:00:00Z");
    const [cod] = await insertOrders(handle.db, [{ shop: ir, method: "cod", postageMinor: 300_000, lines: [{ variantIndex: 1, unitPriceMinor: 2_000_000, quantity: 2 }] }]);
    await chargeCommissions(handle.db, cod!.orderId);
    const before = await sellerBalance(handle.db, ir.shopId);
    const due = 4_000_000 + 300_000 + ir.codFeeMinor;
    await handle.db.transaction(async (tx) => {
      await postCashCollected(tx, cod!.shipmentId, due - 1000, at);
    });
    await handle.db.execute(sql`update shipments set cod_collected_minor = ${due - 1000} where id = ${cod!.shipmentId}`);
    const pending = await sellerBalance(handle.db, ir.shopId);
    expect(pending.pendingMinor - before.pendingMinor).toBe(3_600_000);
    expect((await accountBalance(handle.db, { account: "cash_in_transit", party: "postal-operator", marketCode: "IR" })).get("IRR")).toBeGreaterThanOrEqual(due - 1000);
    await postCashRemitted(handle.db, { shipmentId: cod!.shipmentId, amountMinor: due - 1000, feeMinor: 50_000, reference: "R-1" }, at);
    const available = await sellerBalance(handle.db, ir.shopId);
    expect(available.pendingMinor).toBe(before.pendingMinor);
    expect(available.availableMinor - before.availableMinor).toBe(3_600_000);

    const [card] = await insertOrders(handle.db, [{ shop: cn, method: "card", postageMinor: 1200, lines: [{ variantIndex: 0, unitPriceMinor: 8800, quantity: 1 }] }]);
    await chargeCommissions(handle.db, card!.orderId);
    const cnBefore = await sellerBalance(handle.db, cn.shopId);
    await postCardCaptured(handle.db, card!.orderId, at);
    expect((await sellerBalance(handle.db, cn.shopId)).pendingMinor - cnBefore.pendingMinor).toBe(7920);
    const [parcel] = await saleParcels(handle.db, { orderId: card!.orderId });
    await releaseParcel(handle.db, parcel!, at);
    // paid out by hand here: what a payout run posts
    const payable = (await sellerBalance(handle.db, cn.shopId)).availableMinor;
    await postMoneyEvent(handle.db, {
      key: "test-payout",
      kind: "payout_sent",
      marketCode: "CN",
      currency: "CNY",
      occurredAt: at,
      entries: [
        { account: "seller_available", party: cn.shopId, amountMinor: payable },
        { account: "payments_clearing", party: "stripe", amountMinor: -payable },
      ],
    });
    const refund = await postRefund(handle.db, card!.orderId, at, { includePostage: false });
    expect(refund).toEqual({ posted: true, amountMinor: 8800 });
    expect(await postRefund(handle.db, card!.orderId, at, { includePostage: false })).toEqual({ posted: false, amountMinor: 0 });
    // a parcel of a refunded order coming back refunds nothing more
    expect((await postParcelReturned(handle.db, card!.shipmentId, at)).posted).toBe(false);
    const after = await sellerBalance(handle.db, cn.shopId);
    expect(after.availableMinor).toBe(-7920);
    expect(after.paidMinor - cnBefore.paidMinor).toBe(payable);
    expect(await imbalance(handle.db)).toBe(0);
  });
});
