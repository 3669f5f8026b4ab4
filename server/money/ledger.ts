import { and, eq, inArray, lte, sql } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { ledgerEntries, ledgerTransactions, type LedgerAccountKind, type MoneyEventKind } from "@/db/schema";
import { bigintArray, postQueried, textArray, uuidArray } from "./ledger-sql";

/** One line of a money event: a debit (positive) or credit (negative) to an account. */
export interface Posting {
  account: LedgerAccountKind;
  /** shop id, carrier code, or "" for the marketplace's own accounts */
  party?: string;
  amountMinor: number;
  orderLineId?: string | null;
}

export interface MoneyEvent {
  /** unique per event: the same key posted twice writes nothing the second time */
  key: string;
  kind: MoneyEventKind;
  marketCode: string;
  currency: string;
  occurredAt: Date;
  orderId?: string | null;
  shipmentId?: string | null;
  memo?: Record<string, string | number>;
  entries: Posting[];
}

/** A programming error: the postings handed to the ledger do not add up. */
export class UnbalancedPostingError extends Error {}

/** Checks an event's postings and drops entries of zero; throws UnbalancedPostingError when they do not add up. */
function checkedEntries(event: MoneyEvent): Posting[] {
  const entries = event.entries.filter((e) => e.amountMinor !== 0);
  let total = 0;
  for (const entry of entries) {
    if (!Number.isSafeInteger(entry.amountMinor)) throw new UnbalancedPostingError(`${event.key}: ${entry.amountMinor} is not an integer amount`);
    total += entry.amountMinor;
  }
  if (total !== 0) throw new UnbalancedPostingError(`${event.key}: entries sum to ${total}`);
  return entries;
}

/**
 * Writes money events into the ledger, in the caller's transaction, in one
 * statement for any number of events. Entries of zero are dropped; the rest
 * of each event must sum to zero (the database checks it again). Returns the
 * keys written: an event whose key was posted before writes nothing.
 */
export async function postMoneyEvents(db: DatabaseOrTx, events: MoneyEvent[]): Promise<Set<string>> {
  const list = [...new Map(events.map((event) => [event.key, { event, entries: checkedEntries(event) }])).values()];
  if (list.length === 0) return new Set();
  const entries = list.flatMap(({ event, entries }) => entries.map((e) => ({ key: event.key, ...e })));
  const rows = await postQueried(db, {
    source: sql`select * from unnest(${textArray(list.map((l) => l.event.key))}, ${textArray(list.map((l) => l.event.kind))}, ${textArray(list.map((l) => l.event.marketCode))},
      ${textArray(list.map((l) => l.event.currency))}, ${uuidArray(list.map((l) => l.event.orderId ?? null))}, ${uuidArray(list.map((l) => l.event.shipmentId ?? null))},
      ${textArray(list.map((l) => l.event.occurredAt.toISOString()))}, ${textArray(list.map((l) => (l.event.memo ? JSON.stringify(l.event.memo) : null)))})
      as t(key, kind, market_code, currency, order_id, shipment_id, occurred_at, memo)`,
    events: sql`select key, kind, market_code, currency, order_id, shipment_id, occurred_at::timestamptz as occurred_at, memo::jsonb as memo, null::bigint as result from src`,
    entries: sql`select * from unnest(${textArray(entries.map((e) => e.key))}, ${textArray(entries.map((e) => e.account))}, ${textArray(entries.map((e) => e.party ?? ""))},
      ${bigintArray(entries.map((e) => e.amountMinor))}, ${uuidArray(entries.map((e) => e.orderLineId ?? null))}) as e(key, account, party, amount_minor, order_line_id)`,
  });
  return new Set(rows.map((r) => r.key));
}

/** Writes one money event; false, writing nothing, when its key was posted before. */
export async function postMoneyEvent(db: DatabaseOrTx, event: MoneyEvent): Promise<boolean> {
  return (await postMoneyEvents(db, [event])).size > 0;
}

/** Whether an event with this key is in the ledger. */
export async function isPosted(db: DatabaseOrTx, key: string): Promise<boolean> {
  const [row] = await db.select({ id: ledgerTransactions.id }).from(ledgerTransactions).where(eq(ledgerTransactions.key, key));
  return row !== undefined;
}

export interface BalanceQuery {
  account: LedgerAccountKind;
  party?: string;
  marketCode?: string;
  /** the balance as it stood at this moment; omitted means now */
  asOf?: Date;
}

/** An account's balance per currency (debit positive), summed from its entries. */
export async function accountBalance(db: DatabaseOrTx, query: BalanceQuery): Promise<Map<string, number>> {
  const rows = await db
    .select({ currency: ledgerEntries.currency, total: sql<string>`coalesce(sum(${ledgerEntries.amountMinor}), 0)` })
    .from(ledgerEntries)
    .where(
      and(
        eq(ledgerEntries.account, query.account),
        query.party !== undefined ? eq(ledgerEntries.party, query.party) : undefined,
        query.marketCode ? eq(ledgerEntries.marketCode, query.marketCode) : undefined,
        query.asOf ? lte(ledgerEntries.occurredAt, query.asOf) : undefined,
      ),
    )
    .groupBy(ledgerEntries.currency);
  return new Map(rows.map((r) => [r.currency, Number(r.total)]));
}

/** Per order line, the balance of a seller account that line accounts for (credit negative). */
export async function lineBalances(db: DatabaseOrTx, account: "seller_pending" | "seller_available", orderLineIds: string[]): Promise<Map<string, number>> {
  if (orderLineIds.length === 0) return new Map<string, number>();
  if (orderLineIds.length > 5000) {
    const all = new Map<string, number>();
    for (let i = 0; i < orderLineIds.length; i += 5000) for (const [k, v] of await lineBalances(db, account, orderLineIds.slice(i, i + 5000))) all.set(k, v);
    return all;
  }
  const rows = await db
    .select({ lineId: ledgerEntries.orderLineId, total: sql<string>`sum(${ledgerEntries.amountMinor})` })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.account, account), inArray(ledgerEntries.orderLineId, orderLineIds)))
    .groupBy(ledgerEntries.orderLineId);
  return new Map(rows.map((r) => [r.lineId ?? "", Number(r.total)]));
}

/** Sum of every entry per transaction and currency that is not zero: 0 when the books balance. */
export async function imbalance(db: DatabaseOrTx): Promise<number> {
  const off = db
    .select({ total: sql<string>`sum(${ledgerEntries.amountMinor})`.as("total") })
    .from(ledgerEntries)
    .groupBy(ledgerEntries.transactionId, ledgerEntries.currency)
    .as("off");
  const [row] = await db.select({ sum: sql<string>`coalesce(sum(abs(${off.total})), 0)` }).from(off);
  return Number(row?.sum ?? 0);
}
