import { and, eq, inArray, lte, sql } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { ledgerEntries, ledgerTransactions, shops, markets } from "@/db/schema";

/** Money events that pay a seller or take a payment back. */
export const PAYOUT_KINDS = ["payout_sent", "payout_failed", "payout_reversed"] as const;

export interface SellerBalance {
  currency: string;
  /** sold, money not yet real (card within its return window, cash not yet remitted) */
  pendingMinor: number;
  /** payable now; below zero when a refund followed a payout, and carried into the next */
  availableMinor: number;
  /** paid out, net of failed payouts and reversals */
  paidMinor: number;
}

/** A shop's balances as they stood at `asOf` (now when omitted), all from ledger entries. */
export async function sellerBalance(db: DatabaseOrTx, shopId: string, asOf?: Date): Promise<SellerBalance> {
  const [shop] = await db.select({ currency: markets.currency }).from(shops).innerJoin(markets, eq(markets.code, shops.marketCode)).where(eq(shops.id, shopId));
  const until = asOf ? lte(ledgerEntries.occurredAt, asOf) : undefined;
  const [row] = await db
    .select({
      pending: sql<string>`coalesce(-sum(${ledgerEntries.amountMinor}) filter (where ${ledgerEntries.account} = 'seller_pending'), 0)`,
      available: sql<string>`coalesce(-sum(${ledgerEntries.amountMinor}) filter (where ${ledgerEntries.account} = 'seller_available'), 0)`,
      paid: sql<string>`coalesce(sum(${ledgerEntries.amountMinor}) filter (where ${ledgerEntries.account} = 'seller_available' and ${inArray(ledgerTransactions.kind, [...PAYOUT_KINDS])}), 0)`,
    })
    .from(ledgerEntries)
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerEntries.transactionId))
    .where(and(eq(ledgerEntries.party, shopId), inArray(ledgerEntries.account, ["seller_pending", "seller_available"]), until));
  return {
    currency: shop?.currency ?? "",
    pendingMinor: Number(row?.pending ?? 0),
    availableMinor: Number(row?.available ?? 0),
    paidMinor: Number(row?.paid ?? 0),
  };
}
