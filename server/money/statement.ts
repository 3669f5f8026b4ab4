import { and, asc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { ledgerEntries, ledgerTransactions, markets, orderLineCommissions, orderLines, orders, shops, type MoneyEventKind } from "@/db/schema";
import type { LocalizedText } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { AppError } from "../errors";
import { calendarFor, monthPeriod, periodLabel, type MonthPeriod } from "./periods";

const SELLER_ACCOUNTS = ["seller_pending", "seller_available"] as const;
const SALE_KINDS: MoneyEventKind[] = ["card_captured", "cash_collected"];

export interface StatementRow {
  at: Date;
  kind: MoneyEventKind;
  orderNumber: string | null;
  product: string | null;
  /** for a sale: the line's price times quantity, and the commission on it */
  grossMinor: number | null;
  commissionMinor: number | null;
  /** change to what the seller is owed (positive: owed more) */
  pendingMinor: number;
  availableMinor: number;
}

export interface Statement {
  shopId: string;
  shopName: string;
  currency: string;
  locale: Locale;
  timeZone: string;
  period: MonthPeriod;
  label: string;
  opening: { pendingMinor: number; availableMinor: number };
  rows: StatementRow[];
  totals: { grossMinor: number; commissionMinor: number; pendingMinor: number; availableMinor: number };
  closing: { pendingMinor: number; availableMinor: number };
  issuedAt: Date;
}

/** What the seller is owed before a moment, per seller account (credit balances shown positive). */
async function owedBefore(db: DatabaseOrTx, shopId: string, before: Date) {
  const rows = await db
    .select({ account: ledgerEntries.account, total: sql<string>`-sum(${ledgerEntries.amountMinor})` })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.party, shopId), inArray(ledgerEntries.account, [...SELLER_ACCOUNTS]), lt(ledgerEntries.occurredAt, before)))
    .groupBy(ledgerEntries.account);
  const of = (account: string) => Number(rows.find((r) => r.account === account)?.total ?? 0);
  return { pendingMinor: of("seller_pending"), availableMinor: of("seller_available") };
}

/**
 * A shop's statement for one month of its market's calendar (Jalali in Iran):
 * the opening balances, every movement of its accounts with the order line
 * behind it, and closing balances that are the ledger's at the month's end.
 */
export async function statementOf(db: DatabaseOrTx, shopId: string, input: { year: number; month: number; locale: Locale; now?: Date }): Promise<Statement> {
  const [shop] = await db
    .select({ name: shops.name, sourceLocale: shops.sourceLocale, marketCode: shops.marketCode, currency: markets.currency, timeZone: markets.timeZone, calendar: markets.calendar })
    .from(shops)
    .innerJoin(markets, eq(markets.code, shops.marketCode))
    .where(eq(shops.id, shopId));
  if (!shop) throw new AppError("NOT_FOUND", "notFound");
  let period: MonthPeriod;
  try {
    period = monthPeriod(calendarFor(input.locale, shop.calendar), shop.timeZone, input.year, input.month);
  } catch {
    throw new AppError("BAD_REQUEST", "badRequest");
  }
  const opening = await owedBefore(db, shopId, period.start);
  const entries = await db
    .select({
      transactionId: ledgerEntries.transactionId,
      lineId: ledgerEntries.orderLineId,
      account: ledgerEntries.account,
      amountMinor: ledgerEntries.amountMinor,
      at: ledgerEntries.occurredAt,
      kind: ledgerTransactions.kind,
      orderNumber: orders.number,
      product: orderLines.productName,
      variant: orderLines.variantLabel,
      unitPriceMinor: orderLines.unitPriceMinor,
      quantity: orderLines.quantity,
      commissionMinor: orderLineCommissions.commissionMinor,
    })
    .from(ledgerEntries)
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerEntries.transactionId))
    .leftJoin(orders, eq(orders.id, ledgerTransactions.orderId))
    .leftJoin(orderLines, eq(orderLines.id, ledgerEntries.orderLineId))
    .leftJoin(orderLineCommissions, eq(orderLineCommissions.orderLineId, ledgerEntries.orderLineId))
    .where(and(eq(ledgerEntries.party, shopId), inArray(ledgerEntries.account, [...SELLER_ACCOUNTS]), gte(ledgerEntries.occurredAt, period.start), lt(ledgerEntries.occurredAt, period.end)))
    .orderBy(asc(ledgerEntries.occurredAt), asc(ledgerEntries.transactionId), asc(ledgerEntries.orderLineId));
  const rows = new Map<string, StatementRow>();
  for (const e of entries) {
    const key = `${e.transactionId}/${e.lineId ?? ""}`;
    let row = rows.get(key);
    if (!row) {
      const sale = SALE_KINDS.includes(e.kind) && e.unitPriceMinor !== null && e.quantity !== null;
      row = {
        at: e.at,
        kind: e.kind,
        orderNumber: e.orderNumber,
        product: e.product ? `${e.product}${e.variant ? ` — ${e.variant}` : ""}` : null,
        grossMinor: sale ? (e.unitPriceMinor ?? 0) * (e.quantity ?? 0) : null,
        commissionMinor: sale ? (e.commissionMinor ?? 0) : null,
        pendingMinor: 0,
        availableMinor: 0,
      };
      rows.set(key, row);
    }
    if (e.account === "seller_pending") row.pendingMinor -= e.amountMinor;
    else row.availableMinor -= e.amountMinor;
  }
  const list = [...rows.values()].filter((r) => r.pendingMinor !== 0 || r.availableMinor !== 0);
  const totals = list.reduce(
    (t, r) => ({
      grossMinor: t.grossMinor + (r.grossMinor ?? 0),
      commissionMinor: t.commissionMinor + (r.commissionMinor ?? 0),
      pendingMinor: t.pendingMinor + r.pendingMinor,
      availableMinor: t.availableMinor + r.availableMinor,
    }),
    { grossMinor: 0, commissionMinor: 0, pendingMinor: 0, availableMinor: 0 },
  );
  return {
    shopId,
    shopName: (shop.name as LocalizedText)[input.locale] ?? (shop.name as LocalizedText)[shop.sourceLocale as Locale] ?? "",
    currency: shop.currency,
    locale: input.locale,
    timeZone: shop.timeZone,
    period,
    label: periodLabel(period, input.locale, shop.timeZone),
    opening,
    rows: list,
    totals,
    closing: { pendingMinor: opening.pendingMinor + totals.pendingMinor, availableMinor: opening.availableMinor + totals.availableMinor },
    issuedAt: input.now ?? new Date(),
  };
}
