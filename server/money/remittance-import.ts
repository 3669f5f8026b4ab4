import { createHash } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { ledgerTransactions, orders, remittanceImports, remittanceLines, shipments, type RemittanceCase } from "@/db/schema";
import { postCashRemittedMany, type Remittance } from "./events";
import type { RemittanceRow } from "./remittance-file";

export interface RemittanceImportResult {
  importId: string;
  /** true when this very file was imported before: nothing changed */
  repeated: boolean;
  cases: Record<RemittanceCase, number>;
}

/** The same rows in the same order hash the same, whatever the file's format or line endings. */
export function rowsHash(marketCode: string, rows: RemittanceRow[]): string {
  const hash = createHash("sha256").update(marketCode);
  for (const r of rows) hash.update(`\n${r.trackingNumber}|${r.amountMinor}|${r.feeMinor}|${r.collectedOn}|${r.reference}`);
  return hash.digest("hex");
}

/**
 * Imports a checked remittance file of one market's postal operator, all in
 * one transaction, and matches each line to a delivered cash-on-delivery
 * parcel. A matched line moves the parcel's cash from the post to the bank
 * (and makes the sale payable); every other case waits for an admin. The
 * same file imported again changes nothing.
 */
export async function importRemittance(
  db: Database,
  input: { marketCode: string; carrier: string; rows: RemittanceRow[]; source: "upload" | "webhook"; importedBy: string | null; now?: Date },
): Promise<RemittanceImportResult> {
  const now = input.now ?? new Date();
  const contentHash = rowsHash(input.marketCode, input.rows);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(remittanceImports)
      .values({ marketCode: input.marketCode, carrier: input.carrier, contentHash, source: input.source, importedBy: input.importedBy, importedAt: now, lineCount: input.rows.length })
      .onConflictDoNothing({ target: remittanceImports.contentHash })
      .returning({ id: remittanceImports.id });
    const cases: Record<RemittanceCase, number> = { matched: 0, amount_differs: 0, not_delivered: 0, unknown: 0, duplicate: 0 };
    if (!created) {
      const [previous] = await tx.select({ id: remittanceImports.id }).from(remittanceImports).where(eq(remittanceImports.contentHash, contentHash));
      const lines = previous ? await tx.select({ case: remittanceLines.case }).from(remittanceLines).where(eq(remittanceLines.importId, previous.id)) : [];
      for (const line of lines) cases[line.case] += 1;
      return { importId: previous?.id ?? "", repeated: true, cases };
    }
    const numbers = [...new Set(input.rows.map((r) => r.trackingNumber))];
    const parcels = new Map<string, { id: string; cod: number; collected: number | null; delivered: boolean }>();
    for (let i = 0; i < numbers.length; i += 1000) {
      const found = await tx
        .select({ id: shipments.id, trackingNumber: shipments.trackingNumber, cod: shipments.codAmountMinor, collected: shipments.codCollectedMinor, status: shipments.trackingStatus })
        .from(shipments)
        .innerJoin(orders, eq(orders.id, shipments.orderId))
        .where(and(inArray(shipments.trackingNumber, numbers.slice(i, i + 1000)), eq(orders.marketCode, input.marketCode)));
      for (const p of found) parcels.set(p.trackingNumber ?? "", { id: p.id, cod: p.cod, collected: p.collected, delivered: p.status === "delivered" });
    }
    const remitted = new Set<string>();
    const ids = [...parcels.values()].map((p) => p.id);
    for (let i = 0; i < ids.length; i += 1000) {
      const keys = ids.slice(i, i + 1000).map((id) => `cash_remitted:${id}`);
      const rows = await tx.select({ shipmentId: ledgerTransactions.shipmentId }).from(ledgerTransactions).where(inArray(ledgerTransactions.key, keys));
      for (const r of rows) if (r.shipmentId) remitted.add(r.shipmentId);
    }
    const values: (typeof remittanceLines.$inferInsert)[] = [];
    const matched: Remittance[] = [];
    for (const row of input.rows) {
      const parcel = parcels.get(row.trackingNumber);
      let kind: RemittanceCase;
      if (!parcel) kind = "unknown";
      else if (remitted.has(parcel.id)) kind = "duplicate";
      else if (!parcel.delivered || parcel.cod === 0 || parcel.collected === null) kind = "not_delivered";
      else if (row.amountMinor !== parcel.collected) kind = "amount_differs";
      else kind = "matched";
      if (kind === "matched" && parcel) {
        matched.push({ shipmentId: parcel.id, amountMinor: row.amountMinor, feeMinor: row.feeMinor, reference: row.reference });
        remitted.add(parcel.id);
      }
      // a second line for a parcel in the same file is a duplicate too, whatever the first one's case
      if (parcel && kind !== "matched" && kind !== "duplicate" && values.some((v) => v.shipmentId === parcel.id)) kind = "duplicate";
      cases[kind] += 1;
      values.push({ importId: created.id, rowNumber: row.rowNumber, trackingNumber: row.trackingNumber, shipmentId: parcel?.id ?? null, amountMinor: row.amountMinor, feeMinor: row.feeMinor, collectedOn: row.collectedOn, reference: row.reference, case: kind });
    }
    await postCashRemittedMany(tx, matched, now);
    for (let i = 0; i < values.length; i += 1000) await tx.insert(remittanceLines).values(values.slice(i, i + 1000));
    return { importId: created.id, repeated: false, cases };
  });
}

