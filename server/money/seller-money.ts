import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Database, DatabaseOrTx } from "@/db/client";
import { categories, ledgerEntries, ledgerTransactions, markets, orderLineCommissions, orderLines, orders, shops } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { sellerBalance, PAYOUT_KINDS } from "./balances";
import { activeRules, commissionFor, pickRule } from "./commission";
import { calendarFor, monthOf, monthPeriod, periodLabel } from "./periods";
import { railOf } from "./payouts";
import { releaseDueSales } from "./release-sales";
import { connectStatus } from "./stripe-payouts";

const WEEK_MS = 7 * 86_400_000;

/** A shop's money page: balances, the order lines behind them, other movements, a weekly chart and its statement months. */
export async function sellerMoney(db: Database, shop: { shopId: string; marketCode: string }, input: { locale: Locale; now?: Date }) {
  const now = input.now ?? new Date();
  // card sales past their return window become available when anyone looks, as holds lapse at the next checkout
  await releaseDueSales(db, shop.marketCode, now);
  const balance = await sellerBalance(db, shop.shopId);
  const lines = await db
    .select({
      lineId: orderLines.id,
      orderNumber: orders.number,
      product: orderLines.productName,
      variant: orderLines.variantLabel,
      at: orders.createdAt,
      grossMinor: sql<string>`${orderLines.unitPriceMinor} * ${orderLines.quantity}`,
      commissionMinor: orderLineCommissions.commissionMinor,
      pendingMinor: sql<string>`coalesce(-sum(${ledgerEntries.amountMinor}) filter (where ${ledgerEntries.account} = 'seller_pending'), 0)`,
      availableMinor: sql<string>`coalesce(-sum(${ledgerEntries.amountMinor}) filter (where ${ledgerEntries.account} = 'seller_available'), 0)`,
    })
    .from(ledgerEntries)
    .innerJoin(orderLines, eq(orderLines.id, ledgerEntries.orderLineId))
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .leftJoin(orderLineCommissions, eq(orderLineCommissions.orderLineId, orderLines.id))
    .where(and(eq(ledgerEntries.party, shop.shopId), inArray(ledgerEntries.account, ["seller_pending", "seller_available"])))
    .groupBy(orderLines.id, orders.number, orders.createdAt, orderLineCommissions.commissionMinor)
    .orderBy(desc(orders.createdAt))
    .limit(200);
  const movements = await db
    .select({ at: ledgerEntries.occurredAt, kind: ledgerTransactions.kind, availableMinor: sql<string>`-${ledgerEntries.amountMinor}` })
    .from(ledgerEntries)
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerEntries.transactionId))
    .where(and(eq(ledgerEntries.party, shop.shopId), eq(ledgerEntries.account, "seller_available"), isNull(ledgerEntries.orderLineId)))
    .orderBy(desc(ledgerEntries.occurredAt))
    .limit(100);
  const { rail } = await railOf(db, shop.marketCode);
  return {
    balance,
    /** how this shop is paid: a Stripe Connect account (card markets) or a bank file */
    payoutSetup: { rail, connect: rail === "stripe" ? await connectStatus(db, shop.shopId) : null },
    lines: lines.map((l) => {
      const gross = Number(l.grossMinor);
      const pending = Number(l.pendingMinor);
      const available = Number(l.availableMinor);
      const state = pending !== 0 ? ("pending" as const) : available !== 0 ? ("available" as const) : ("reversed" as const);
      return { ...l, product: `${l.product} — ${l.variant}`, grossMinor: gross, commissionMinor: l.commissionMinor ?? 0, netMinor: gross - (l.commissionMinor ?? 0), pendingMinor: pending, availableMinor: available, state };
    }),
    movements: movements.map((m) => ({ ...m, availableMinor: Number(m.availableMinor) })),
    chart: await weeklyBalances(db, shop.shopId, now, 12),
    months: await statementMonths(db, shop, input.locale, now),
  };
}

/** Balances at the end of each of the last `weeks` weeks, from the ledger. */
export async function weeklyBalances(db: DatabaseOrTx, shopId: string, now: Date, weeks: number) {
  const from = new Date(now.getTime() - weeks * WEEK_MS);
  const rows = await db
    .select({
      week: sql<string>`floor(extract(epoch from (${ledgerEntries.occurredAt} - ${from.toISOString()}::timestamptz)) / ${WEEK_MS / 1000})::int`,
      pending: sql<string>`coalesce(-sum(${ledgerEntries.amountMinor}) filter (where ${ledgerEntries.account} = 'seller_pending'), 0)`,
      available: sql<string>`coalesce(-sum(${ledgerEntries.amountMinor}) filter (where ${ledgerEntries.account} = 'seller_available'), 0)`,
      paid: sql<string>`coalesce(sum(${ledgerEntries.amountMinor}) filter (where ${ledgerEntries.account} = 'seller_available' and ${inArray(ledgerTransactions.kind, [...PAYOUT_KINDS])}), 0)`,
    })
    .from(ledgerEntries)
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerEntries.transactionId))
    .where(and(eq(ledgerEntries.party, shopId), inArray(ledgerEntries.account, ["seller_pending", "seller_available"])))
    .groupBy(sql`1`);
  let pending = 0;
  let available = 0;
  let paid = 0;
  const byWeek = new Map(rows.map((r) => [Number(r.week), r]));
  // everything before the window is the starting point
  for (const [week, r] of byWeek) {
    if (week < 0) {
      pending += Number(r.pending);
      available += Number(r.available);
      paid += Number(r.paid);
    }
  }
  const series = [];
  for (let week = 0; week < weeks; week++) {
    const r = byWeek.get(week);
    if (r) {
      pending += Number(r.pending);
      available += Number(r.available);
      paid += Number(r.paid);
    }
    series.push({ weekEnding: new Date(from.getTime() + (week + 1) * WEEK_MS).toISOString().slice(0, 10), pendingMinor: pending, availableMinor: available, paidMinor: paid });
  }
  return series;
}

/** The last six months of the market's calendar, newest first, for statement downloads. */
async function statementMonths(db: DatabaseOrTx, shop: { marketCode: string }, locale: Locale, now: Date) {
  const [market] = await db.select({ timeZone: markets.timeZone, calendar: markets.calendar }).from(markets).where(eq(markets.code, shop.marketCode));
  const timeZone = market?.timeZone ?? "UTC";
  const calendar = calendarFor(locale, market?.calendar ?? "gregory");
  let { year, month } = monthOf(now, calendar, timeZone);
  const months = [];
  for (let i = 0; i < 6; i++) {
    months.push({ year, month, label: periodLabel(monthPeriod(calendar, timeZone, year, month), locale, timeZone) });
    if (month === 1) {
      year -= 1;
      month = 12;
    } else month -= 1;
  }
  return months;
}

/**
 * What a seller keeps of a sale at each price (one unit of each size), under
 * the rule that would apply to an order placed now for the shop and category
 * (by id or by slug), in the market's currency. Shown before they list.
 */
export async function netPerSale(db: DatabaseOrTx, shopId: string, input: { categoryId?: string | null; categorySlug?: string | null; pricesMinor: number[] }) {
  const [shop] = await db.select({ marketCode: shops.marketCode, currency: markets.currency }).from(shops).innerJoin(markets, eq(markets.code, shops.marketCode)).where(eq(shops.id, shopId));
  let categoryId = input.categoryId ?? null;
  if (!categoryId && input.categorySlug) {
    const [category] = await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, input.categorySlug));
    categoryId = category?.id ?? null;
  }
  const rules = shop ? await activeRules(db, shop.marketCode) : [];
  const rule = pickRule(rules, shopId, categoryId);
  return {
    currency: shop?.currency ?? "",
    rule: rule ? { kind: rule.kind, rateBasisPoints: rule.rateBasisPoints, fixedMinor: rule.fixedMinor, floorMinor: rule.floorMinor, capMinor: rule.capMinor } : null,
    sales: input.pricesMinor.map((priceMinor) => {
      const commissionMinor = rule ? commissionFor(rule, priceMinor, 1) : 0;
      return { priceMinor, commissionMinor, netMinor: priceMinor - commissionMinor };
    }),
  };
}
