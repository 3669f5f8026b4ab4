import { and, eq, sql } from "drizzle-orm";
import type { Database, DatabaseOrTx, Tx } from "@/db/client";
import { ledgerEntries, markets, payoutBatches, payouts, payoutScheduleRuns, shopPayoutAccounts } from "@/db/schema";
import { AppError } from "../errors";
import { readableNumber } from "../lib/readable-number";
import { enqueue } from "../outbox/outbox";
import { CARD_PROVIDER, moneySettings } from "./events";
import { postMoneyEvent, type Posting } from "./ledger";
import { releaseDueSales } from "./release-sales";

export type PayoutRail = "stripe" | "bank_file";

/** A market with card payments pays its sellers through Stripe Connect; one without (Iran) by a bank file. */
export async function railOf(db: DatabaseOrTx, marketCode: string): Promise<{ rail: PayoutRail; currency: string }> {
  const [market] = await db.select({ paymentMethods: markets.paymentMethods, currency: markets.currency }).from(markets).where(eq(markets.code, marketCode));
  if (!market) throw new AppError("NOT_FOUND", "marketNotFound");
  return { rail: market.paymentMethods.includes("card") ? "stripe" : "bank_file", currency: market.currency };
}

/** The outbox job that sends a Stripe payout as a transfer to the shop's connected account. */
export const transferJobKey = (payoutId: string) => `payout-${payoutId}-transfer`;

/** Where the money for a payout leaves from. */
export function sourceAccount(rail: PayoutRail): Posting {
  return rail === "stripe" ? { account: "payments_clearing", party: CARD_PROVIDER, amountMinor: 0 } : { account: "marketplace_bank", amountMinor: 0 };
}

export interface PayoutRun {
  batchId: string | null;
  reference: string | null;
  rail: PayoutRail;
  payouts: { payoutId: string; shopId: string; amountMinor: number; destination: string }[];
  totalMinor: number;
  released: number;
  /** a scheduled period that had run before: nothing was done */
  repeated?: boolean;
}

/** Available balance per shop of a market, from the ledger. */
export async function availableByShop(db: DatabaseOrTx, marketCode: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ shopId: ledgerEntries.party, available: sql<string>`-sum(${ledgerEntries.amountMinor})` })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.account, "seller_available"), eq(ledgerEntries.marketCode, marketCode)))
    .groupBy(ledgerEntries.party);
  return new Map(rows.map((r) => [r.shopId, Number(r.available)]));
}

/**
 * A market's payout run: sales past their return window are released, then
 * every shop whose available balance reaches the market's minimum (and at
 * least one minor unit) and that has somewhere to be paid gets one payout of
 * all of it. Two runs at once wait for each other, so nothing is paid twice.
 * A Stripe payout's transfer is an outbox job written in the same transaction
 * (`stripe.transfer`, keyed by the payout); `onPayout` runs there too.
 */
export async function runPayouts(
  db: Database,
  input: {
    marketCode: string;
    createdBy: string | null;
    now?: Date;
    /** a scheduled run's period: a period already run runs nothing (`repeated`) */
    period?: string;
    onPayout?: (tx: DatabaseOrTx, payout: { payoutId: string; destination: string; amountMinor: number; currency: string }) => Promise<void>;
  },
): Promise<PayoutRun & { jobs: string[] }> {
  const now = input.now ?? new Date();
  const released = await releaseDueSales(db, input.marketCode, now);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`payouts:${input.marketCode}`}))`);
    const { rail, currency } = await railOf(tx, input.marketCode);
    if (input.period) {
      const [fresh] = await tx.insert(payoutScheduleRuns).values({ marketCode: input.marketCode, period: input.period, ranAt: now }).onConflictDoNothing().returning();
      if (!fresh) return { batchId: null, reference: null, rail, payouts: [], totalMinor: 0, released, repeated: true, jobs: [] };
    }
    const settings = await moneySettings(tx, input.marketCode);
    const minimum = Math.max(1, settings.payoutMinimumMinor);
    const balances = await availableByShop(tx, input.marketCode);
    const accounts = new Map((await tx.select().from(shopPayoutAccounts)).map((a) => [a.shopId, a]));
    const due: PayoutRun["payouts"] = [];
    for (const [shopId, amountMinor] of [...balances].sort(([a], [b]) => a.localeCompare(b))) {
      if (amountMinor < minimum) continue;
      const account = accounts.get(shopId);
      const destination = rail === "stripe" ? (account?.stripePayoutsEnabled ? account.stripeAccountId : null) : account?.iban;
      if (!destination) continue;
      due.push({ payoutId: "", shopId, amountMinor, destination });
    }
    if (due.length === 0) return { batchId: null, reference: null, rail, payouts: [], totalMinor: 0, released, jobs: [] };
    const jobs: string[] = [];
    const [batch] = await tx.insert(payoutBatches).values({ marketCode: input.marketCode, rail, reference: readableNumber("PB"), createdBy: input.createdBy, createdAt: now }).returning();
    if (!batch) throw new Error("payout batch insert returned nothing");
    for (const payout of due) {
      const [row] = await tx
        .insert(payouts)
        .values({
          batchId: batch.id,
          shopId: payout.shopId,
          currency,
          amountMinor: payout.amountMinor,
          destination: payout.destination,
          holderName: accounts.get(payout.shopId)?.holderName ?? null,
          // a bank file is handed over as a whole; a Stripe transfer is sent by the outbox
          status: rail === "bank_file" ? "sent" : "pending",
        })
        .returning({ id: payouts.id });
      if (!row) throw new Error("payout insert returned nothing");
      payout.payoutId = row.id;
      await postMoneyEvent(tx, {
        key: `payout_sent:${payout.payoutId}`,
        kind: "payout_sent",
        marketCode: input.marketCode,
        currency,
        occurredAt: now,
        memo: { batch: batch.reference },
        entries: [
          { account: "seller_available", party: payout.shopId, amountMinor: payout.amountMinor },
          { ...sourceAccount(rail), amountMinor: -payout.amountMinor },
        ],
      });
      if (rail === "stripe") {
        const key = transferJobKey(payout.payoutId);
        await enqueue(tx, { kind: "stripe.transfer", key, payload: { payoutId: payout.payoutId } });
        jobs.push(key);
      }
      await input.onPayout?.(tx, { payoutId: payout.payoutId, destination: payout.destination, amountMinor: payout.amountMinor, currency });
    }
    if (input.period) await tx.update(payoutScheduleRuns).set({ batchId: batch.id }).where(and(eq(payoutScheduleRuns.marketCode, input.marketCode), eq(payoutScheduleRuns.period, input.period)));
    return { batchId: batch.id, reference: batch.reference, rail, payouts: due, totalMinor: due.reduce((s, p) => s + p.amountMinor, 0), released, jobs };
  });
}

/**
 * The outcome of one payout as the bank or Stripe reports it. A failed payout
 * returns its money to the seller's available balance, once; a payout reported
 * twice, or paid after it failed, changes nothing more.
 */
export async function recordPayoutOutcome(
  db: Database,
  input: { payoutId: string; outcome: "sent" | "paid" | "failed"; externalId?: string | null; reason?: string | null; at?: Date },
): Promise<{ changed: boolean }> {
  return db.transaction((tx) => applyPayoutOutcome(tx, input));
}

/** recordPayoutOutcome in the caller's transaction (a Stripe webhook's). */
export async function applyPayoutOutcome(
  tx: Tx,
  input: { payoutId: string; outcome: "sent" | "paid" | "failed"; externalId?: string | null; reason?: string | null; at?: Date },
): Promise<{ changed: boolean }> {
  const at = input.at ?? new Date();
  const [row] = await tx
    .select({ payout: payouts, marketCode: payoutBatches.marketCode, rail: payoutBatches.rail })
    .from(payouts)
    .innerJoin(payoutBatches, eq(payoutBatches.id, payouts.batchId))
    .where(eq(payouts.id, input.payoutId))
    .for("update", { of: payouts });
  if (!row) throw new AppError("NOT_FOUND", "payoutNotFound");
  const { payout } = row;
  if (payout.status === "failed" || payout.status === "reversed" || payout.status === input.outcome) return { changed: false };
  if (payout.status === "paid" && input.outcome !== "failed") return { changed: false };
  await tx
    .update(payouts)
    .set({ status: input.outcome, externalId: input.externalId ?? payout.externalId, failureReason: input.reason ?? null, updatedAt: at })
    .where(eq(payouts.id, payout.id));
  if (input.outcome === "failed") {
    await postMoneyEvent(tx, {
      key: `payout_failed:${payout.id}`,
      kind: "payout_failed",
      marketCode: row.marketCode,
      currency: payout.currency,
      occurredAt: at,
      memo: { reason: input.reason ?? "" },
      entries: [
        { ...sourceAccount(row.rail), amountMinor: payout.amountMinor },
        { account: "seller_available", party: payout.shopId, amountMinor: -payout.amountMinor },
      ],
    });
  }
  return { changed: true };
}
