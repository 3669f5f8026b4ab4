import { desc, eq, sql } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { ledgerEntries, markets, payoutBatches, payouts, shops } from "@/db/schema";
import { csvField, plainAmount } from "../fulfilment/labels/manifest-data";
import { moneySettings } from "./events";
import { availableByShop } from "./payouts";
import { cashInTransitByAge, openRemittanceLines } from "./reconciliation";

/** Commission the marketplace earned per market and month (in the market's time zone), newest first. */
export async function commissionsByMonth(db: DatabaseOrTx, months = 12) {
  const month = sql<string>`to_char(${ledgerEntries.occurredAt} at time zone ${markets.timeZone}, 'YYYY-MM')`;
  const rows = await db
    .select({ marketCode: ledgerEntries.marketCode, currency: ledgerEntries.currency, month, amountMinor: sql<string>`-sum(${ledgerEntries.amountMinor})` })
    .from(ledgerEntries)
    .innerJoin(markets, eq(markets.code, ledgerEntries.marketCode))
    .where(eq(ledgerEntries.account, "commission_revenue"))
    .groupBy(sql`1, 2, 3`)
    .orderBy(sql`3 desc, 1`)
    .limit(months * 3);
  return rows.map((r) => ({ ...r, amountMinor: Number(r.amountMinor) }));
}

/** Payouts per market: what is due now (at or above the minimum), and what was sent, paid and failed. */
export async function payoutsSummary(db: DatabaseOrTx) {
  const marketRows = await db.select({ code: markets.code, currency: markets.currency }).from(markets).orderBy(markets.position);
  const sent = await db
    .select({ marketCode: payoutBatches.marketCode, status: payouts.status, count: sql<string>`count(*)`, amountMinor: sql<string>`sum(${payouts.amountMinor})` })
    .from(payouts)
    .innerJoin(payoutBatches, eq(payoutBatches.id, payouts.batchId))
    .groupBy(payoutBatches.marketCode, payouts.status);
  const result = [];
  for (const market of marketRows) {
    const settings = await moneySettings(db, market.code);
    const minimum = Math.max(1, settings.payoutMinimumMinor);
    const due = [...(await availableByShop(db, market.code)).values()].filter((v) => v >= minimum);
    const of = (status: string) => sent.find((s) => s.marketCode === market.code && s.status === status);
    const figure = (status: string) => ({ count: Number(of(status)?.count ?? 0), amountMinor: Number(of(status)?.amountMinor ?? 0) });
    result.push({
      marketCode: market.code,
      currency: market.currency,
      due: { count: due.length, amountMinor: due.reduce((s, v) => s + v, 0) },
      sent: figure("sent"),
      pending: figure("pending"),
      paid: figure("paid"),
      failed: figure("failed"),
      minimumMinor: settings.payoutMinimumMinor,
    });
  }
  return result;
}

/** The latest payouts with their shop, for the admin list and its CSV. */
export async function recentPayouts(db: DatabaseOrTx, limit = 100) {
  return db
    .select({ id: payouts.id, reference: payoutBatches.reference, marketCode: payoutBatches.marketCode, rail: payoutBatches.rail, shopId: payouts.shopId, shopSlug: shops.slug, amountMinor: payouts.amountMinor, currency: payouts.currency, status: payouts.status, failureReason: payouts.failureReason, createdAt: payoutBatches.createdAt })
    .from(payouts)
    .innerJoin(payoutBatches, eq(payoutBatches.id, payouts.batchId))
    .innerJoin(shops, eq(shops.id, payouts.shopId))
    .orderBy(desc(payoutBatches.createdAt))
    .limit(limit);
}

export type MoneyReport = "cash-in-transit" | "unreconciled" | "commissions" | "payouts";
export const MONEY_REPORTS: MoneyReport[] = ["cash-in-transit", "unreconciled", "commissions", "payouts"];

const currencyOf = async (db: DatabaseOrTx) => new Map((await db.select({ code: markets.code, currency: markets.currency }).from(markets)).map((m) => [m.code, m.currency]));

/** One of the admin money reports as CSV (UTF-8 with BOM, amounts in the currency's major unit, ISO dates). */
export async function moneyReportCsv(db: DatabaseOrTx, report: MoneyReport, now: Date = new Date()): Promise<string> {
  let lines: (string | number)[][];
  if (report === "cash-in-transit") {
    const rows = await cashInTransitByAge(db, now);
    lines = [["market", "operator", "age_days_from", "parcels", "amount", "currency"], ...rows.map((r) => [r.marketCode, r.carrier, r.bucket, r.parcels, plainAmount(r.amountMinor, r.currency), r.currency])];
  } else if (report === "unreconciled") {
    const currencies = await currencyOf(db);
    const rows = await openRemittanceLines(db, undefined, 10_000);
    lines = [
      ["market", "imported_at", "row", "tracking_number", "case", "amount_collected", "collected_by_postman", "fee_withheld", "collection_date", "remittance_reference", "currency"],
      ...rows.map((r) => {
        const currency = currencies.get(r.marketCode) ?? "";
        return [r.marketCode, r.importedAt.toISOString(), r.rowNumber, r.trackingNumber, r.case, plainAmount(r.amountMinor, currency), r.collectedMinor === null ? "" : plainAmount(r.collectedMinor, currency), plainAmount(r.feeMinor, currency), r.collectedOn, r.reference, currency];
      }),
    ];
  } else if (report === "commissions") {
    const rows = await commissionsByMonth(db, 120);
    lines = [["market", "month", "commission", "currency"], ...rows.map((r) => [r.marketCode, r.month, plainAmount(r.amountMinor, r.currency), r.currency])];
  } else {
    const rows = await recentPayouts(db, 10_000);
    lines = [["batch", "market", "rail", "shop", "amount", "currency", "status", "failure_reason", "created_at"], ...rows.map((r) => [r.reference, r.marketCode, r.rail, r.shopSlug, plainAmount(r.amountMinor, r.currency), r.currency, r.status, r.failureReason ?? "", r.createdAt.toISOString()])];
  }
  return `\uFEFF${lines.map((l) => l.map((v) => csvField(v)).join(",")).join("\r\n")}\r\n`;
}
