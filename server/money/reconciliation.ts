import { and, asc, eq, isNotNull, isNull, ne, notExists, sql } from "drizzle-orm";
import type { Database, DatabaseOrTx } from "@/db/client";
import { ledgerTransactions, markets, orders, remittanceImports, remittanceLines, shipments } from "@/db/schema";
import { AppError } from "../errors";
import { postCashRemitted, postUnmatchedCash } from "./events";

/** Resolutions an admin may give each case. */
export const RESOLUTIONS = {
  /** the post's amount is right: remit it, booking the difference */
  accept_amount: ["amount_differs"],
  /** the post will correct its file; the line is closed with the note */
  ask_post_to_correct: ["amount_differs", "not_delivered", "unknown", "duplicate"],
  /** the money arrived and belongs to no parcel: kept as a cash difference */
  book_as_difference: ["not_delivered", "unknown", "duplicate"],
} as const satisfies Record<string, readonly string[]>;
export type Resolution = keyof typeof RESOLUTIONS;

/**
 * Closes one reconciliation case with an admin's resolution and note, who and
 * when kept on the line. Money moves only through new ledger entries.
 */
export async function resolveRemittanceLine(db: Database, input: { lineId: string; resolution: Resolution; note: string; userId: string; now?: Date }) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ line: remittanceLines, marketCode: remittanceImports.marketCode, carrier: remittanceImports.carrier, currency: markets.currency })
      .from(remittanceLines)
      .innerJoin(remittanceImports, eq(remittanceImports.id, remittanceLines.importId))
      .innerJoin(markets, eq(markets.code, remittanceImports.marketCode))
      .where(eq(remittanceLines.id, input.lineId))
      .for("update", { of: remittanceLines });
    if (!row) throw new AppError("NOT_FOUND", "remittanceLineNotFound");
    const { line } = row;
    if (line.case === "matched" || line.resolvedAt) throw new AppError("CONFLICT", "remittanceAlreadyResolved");
    if (!(RESOLUTIONS[input.resolution] as readonly string[]).includes(line.case)) throw new AppError("BAD_REQUEST", "resolutionNotAllowed");
    if (input.resolution === "accept_amount" && line.shipmentId) {
      await postCashRemitted(tx, { shipmentId: line.shipmentId, amountMinor: line.amountMinor, feeMinor: line.feeMinor, reference: line.reference }, now);
    }
    if (input.resolution === "book_as_difference") {
      const { amountMinor, feeMinor, reference } = line;
      await postUnmatchedCash(tx, { lineId: line.id, marketCode: row.marketCode, currency: row.currency, carrier: row.carrier, amountMinor, feeMinor, reference }, now);
    }
    await tx
      .update(remittanceLines)
      .set({ resolution: input.resolution, resolutionNote: input.note, resolvedBy: input.userId, resolvedAt: now })
      .where(eq(remittanceLines.id, line.id));
    return { lineId: line.id, resolution: input.resolution };
  });
}

/** Remittance lines still waiting for an admin, oldest first. */
export async function openRemittanceLines(db: DatabaseOrTx, marketCode?: string, limit = 200) {
  return db
    .select({
      id: remittanceLines.id,
      rowNumber: remittanceLines.rowNumber,
      trackingNumber: remittanceLines.trackingNumber,
      amountMinor: remittanceLines.amountMinor,
      feeMinor: remittanceLines.feeMinor,
      collectedOn: remittanceLines.collectedOn,
      reference: remittanceLines.reference,
      case: remittanceLines.case,
      collectedMinor: shipments.codCollectedMinor,
      marketCode: remittanceImports.marketCode,
      importedAt: remittanceImports.importedAt,
    })
    .from(remittanceLines)
    .innerJoin(remittanceImports, eq(remittanceImports.id, remittanceLines.importId))
    .leftJoin(shipments, eq(shipments.id, remittanceLines.shipmentId))
    .where(and(ne(remittanceLines.case, "matched"), isNull(remittanceLines.resolvedAt), marketCode ? eq(remittanceImports.marketCode, marketCode) : undefined))
    .orderBy(asc(remittanceImports.importedAt), asc(remittanceLines.rowNumber))
    .limit(limit);
}

/** Age buckets of cash not yet remitted, in days since delivery. */
export const AGING_DAYS = [7, 14, 30] as const;

/**
 * Delivered cash-on-delivery parcels the post has never remitted (nor named
 * on any remittance line), per market, carrier and age: under 7 days, 7+, 14+, 30+ (the last three are the cases to chase).
 */
export async function cashInTransitByAge(db: DatabaseOrTx, now: Date = new Date()) {
  const age = sql<number>`floor(extract(epoch from (${now.toISOString()}::timestamptz - ${shipments.trackingStatusAt})) / 86400)::int`;
  const bucket = sql<number>`case when ${age} >= 30 then 30 when ${age} >= 14 then 14 when ${age} >= 7 then 7 else 0 end`;
  const rows = await db
    .select({
      marketCode: orders.marketCode,
      currency: orders.currency,
      carrier: sql<string>`coalesce(${shipments.carrier}, '')`,
      bucket,
      parcels: sql<string>`count(*)`,
      amountMinor: sql<string>`sum(${shipments.codCollectedMinor})`,
    })
    .from(shipments)
    .innerJoin(orders, eq(orders.id, shipments.orderId))
    .where(
      and(
        eq(shipments.trackingStatus, "delivered"),
        isNotNull(shipments.codCollectedMinor),
        sql`${shipments.codAmountMinor} > 0`,
        notExists(db.select({ one: sql`1` }).from(ledgerTransactions).where(eq(ledgerTransactions.key, sql`'cash_remitted:' || ${shipments.id}`))),
        // a parcel on a remittance line waits as that line's case, not as one never remitted
        notExists(db.select({ one: sql`1` }).from(remittanceLines).where(eq(remittanceLines.shipmentId, shipments.id))),
      ),
    )
    // by position: the bucket's expression carries the time as a parameter, which GROUP BY cannot match by text
    .groupBy(sql`1, 2, 3, 4`)
    .orderBy(sql`1, 4`);
  return rows.map((r) => ({ ...r, bucket: Number(r.bucket), parcels: Number(r.parcels), amountMinor: Number(r.amountMinor) }));
}
