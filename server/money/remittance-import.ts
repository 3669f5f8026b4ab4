import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Database, DatabaseOrTx } from "@/db/client";
import { BULK, withHashJoins } from "./ledger-sql";
import { remittanceImports, remittanceLines, type RemittanceCase } from "@/db/schema";
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
    // every line matched to its parcel by tracking number in one statement; the case worked out line by line in file order
    const rows = input.rows;
    const match = (t: DatabaseOrTx) => t.execute(sql`
      with input as (
        select * from unnest(${sql.param(rows.map((r) => r.rowNumber))}::int[], ${sql.param(rows.map((r) => r.trackingNumber))}::text[], ${sql.param(rows.map((r) => r.amountMinor))}::bigint[],
          ${sql.param(rows.map((r) => r.feeMinor))}::bigint[], ${sql.param(rows.map((r) => r.collectedOn))}::date[], ${sql.param(rows.map((r) => r.reference))}::text[])
          as r(row_number, tracking_number, amount_minor, fee_minor, collected_on, reference)
      ),
      found as (
        select r.*, s.id as shipment_id,
          case
            when s.id is null then 'unknown'
            when exists (select 1 from ledger_transactions t where t.key = 'cash_remitted:' || s.id) then 'duplicate'
            when s.tracking_status is distinct from 'delivered' or s.cod_amount_minor = 0 or s.cod_collected_minor is null then 'not_delivered'
            when r.amount_minor <> s.cod_collected_minor then 'amount_differs'
            else 'matched'
          end as first_case
        from input r
        left join (shipments s join orders o on o.id = s.order_id and o.market_code = ${input.marketCode}) on s.tracking_number = r.tracking_number
      ),
      ordered as (
        select found.*,
          row_number() over (partition by shipment_id order by row_number) as nth,
          min(row_number) filter (where first_case = 'matched') over (partition by shipment_id) as matched_row
        from found
      ),
      lines as (
        insert into remittance_lines (import_id, row_number, tracking_number, shipment_id, amount_minor, fee_minor, collected_on, reference, "case")
        select ${created.id}::uuid, row_number, tracking_number, shipment_id, amount_minor, fee_minor, collected_on, reference,
          (case
            -- the first line that matches remits the parcel; any other line of that parcel in the file is a duplicate
            when first_case = 'matched' and row_number = matched_row then 'matched'
            when first_case = 'matched' then 'duplicate'
            when first_case in ('not_delivered', 'amount_differs') and nth > 1 then 'duplicate'
            else first_case
          end)::remittance_case
        from ordered
        returning shipment_id, amount_minor, fee_minor, reference, "case"
      )
      select * from lines`);
    const result = rows.length > BULK ? await withHashJoins(tx, match) : await match(tx);
    const matched: Remittance[] = [];
    for (const line of (result as unknown as { rows: { shipment_id: string | null; amount_minor: string | number; fee_minor: string | number; reference: string; case: RemittanceCase }[] }).rows) {
      cases[line.case] += 1;
      if (line.case === "matched" && line.shipment_id) matched.push({ shipmentId: line.shipment_id, amountMinor: Number(line.amount_minor), feeMinor: Number(line.fee_minor), reference: line.reference });
    }
    await postCashRemittedMany(tx, matched, now);
    return { importId: created.id, repeated: false, cases };
  });
}

