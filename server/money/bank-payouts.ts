import { eq, inArray } from "drizzle-orm";
import { electronicFormatIBAN, isValidIBAN } from "ibantools";
import type { Database, DatabaseOrTx } from "@/db/client";
import { payoutBatches, payouts, shopPayoutAccounts, shops } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { cleanText } from "@/lib/text";
import { AppError } from "../errors";
import { csvField, plainAmount } from "../fulfilment/labels/manifest-data";
import { recordPayoutOutcome } from "./payouts";
import { readTable, type RowError } from "./remittance-file";
import { rowErrorsText } from "./remittance-upload";

/** An IBAN as typed (spaces, lower case, Persian digits) in electronic form, or null when its ISO 13616 check digits fail. */
export function normalizeIban(input: string): string | null {
  const compact = electronicFormatIBAN(cleanText(input).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)));
  return compact && isValidIBAN(compact) ? compact : null;
}

/**
 * Where a shop is paid by bank transfer: its Sheba (an Iranian IBAN) and the
 * holder's name as the bank registered it. A shop in Iran must give an IR IBAN.
 */
export async function setBankAccount(db: DatabaseOrTx, shop: { shopId: string; marketCode: string }, input: { iban: string; holderName: string }) {
  const iban = normalizeIban(input.iban);
  if (!iban || iban.slice(0, 2) !== shop.marketCode) throw new AppError("BAD_REQUEST", "ibanInvalid");
  if (input.holderName.length === 0) throw new AppError("BAD_REQUEST", "holderNameRequired");
  await db
    .insert(shopPayoutAccounts)
    .values({ shopId: shop.shopId, iban, holderName: input.holderName })
    .onConflictDoUpdate({ target: shopPayoutAccounts.shopId, set: { iban, holderName: input.holderName, updatedAt: new Date() } });
  return { ibanMasked: `${iban.slice(0, 4)} •••• ${iban.slice(-4)}`, holderName: input.holderName };
}

/** A bank payout batch as the CSV file the admin hands to the bank: one transfer per shop, amounts in the currency's major unit (rials for IRR). */
export async function bankFileCsv(db: DatabaseOrTx, reference: string): Promise<string> {
  const rows = await db
    .select({ id: payouts.id, iban: payouts.destination, holderName: payouts.holderName, amountMinor: payouts.amountMinor, currency: payouts.currency, shop: shops.slug, rail: payoutBatches.rail })
    .from(payouts)
    .innerJoin(payoutBatches, eq(payoutBatches.id, payouts.batchId))
    .innerJoin(shops, eq(shops.id, payouts.shopId))
    .where(eq(payoutBatches.reference, reference))
    .orderBy(payouts.id);
  if (rows.length === 0 || rows.some((r) => r.rail !== "bank_file")) throw new AppError("NOT_FOUND", "payoutNotFound");
  const lines = [["payout_id", "iban", "holder_name", "amount", "currency", "description"], ...rows.map((r) => [r.id, r.iban, r.holderName ?? "", plainAmount(r.amountMinor, r.currency), r.currency, `${reference} ${r.shop}`])];
  return `\uFEFF${lines.map((l) => l.map((v) => csvField(v)).join(",")).join("\r\n")}\r\n`;
}

/**
 * The bank's answer for a batch (CSV or XLSX: payout_id, status paid|failed,
 * reason): checked whole first, then applied; a failed payout's money returns
 * to the seller's balance once. A file with wrong rows (an id that is not a
 * payout's, a status other than paid or failed) imports nothing and names
 * each row and why, in the reader's language.
 */
export async function importBankResults(db: Database, bytes: Uint8Array, locale: Locale = "en"): Promise<{ paid: number; failed: number; unchanged: number }> {
  const [head, ...body] = await readTable(bytes);
  const names = (head ?? []).map((h) => cleanText(h).toLowerCase());
  const idAt = names.indexOf("payout_id");
  const statusAt = names.indexOf("status");
  const reasonAt = names.indexOf("reason");
  if (idAt < 0 || statusAt < 0) throw new AppError("BAD_REQUEST", "remittanceColumns", { columns: "payout_id, status, reason" });
  const results: { rowNumber: number; payoutId: string; outcome: "paid" | "failed"; reason: string | null }[] = [];
  const errors: RowError[] = [];
  body.forEach((row, i) => {
    const rowNumber = i + 2;
    const payoutId = cleanText(row[idAt] ?? "");
    const status = cleanText(row[statusAt] ?? "").toLowerCase();
    const idOk = /^[0-9a-f-]{36}$/.test(payoutId);
    const statusOk = status === "paid" || status === "failed";
    if (!idOk) errors.push({ rowNumber, reason: "payoutId" });
    if (!statusOk) errors.push({ rowNumber, reason: "payoutStatus" });
    if (idOk && statusOk) results.push({ rowNumber, payoutId, outcome: status, reason: reasonAt >= 0 ? cleanText(row[reasonAt] ?? "").slice(0, 200) || null : null });
  });
  const ids = results.map((r) => r.payoutId);
  const known = new Set<string>();
  for (let i = 0; i < ids.length; i += 1000) for (const p of await db.select({ id: payouts.id }).from(payouts).where(inArray(payouts.id, ids.slice(i, i + 1000)))) known.add(p.id);
  for (const r of results) if (!known.has(r.payoutId)) errors.push({ rowNumber: r.rowNumber, reason: "payoutUnknown" });
  errors.sort((a, b) => a.rowNumber - b.rowNumber);
  if (errors.length > 0) throw new AppError("BAD_REQUEST", "payoutResultsRows", { count: new Set(errors.map((e) => e.rowNumber)).size, rows: rowErrorsText(errors, locale) });
  const counts = { paid: 0, failed: 0, unchanged: 0 };
  for (const r of results) {
    const { changed } = await recordPayoutOutcome(db, { payoutId: r.payoutId, outcome: r.outcome, reason: r.reason });
    if (changed) counts[r.outcome] += 1;
    else counts.unchanged += 1;
  }
  return counts;
}
