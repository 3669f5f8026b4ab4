import type { Database } from "@/db/client";
import type { Locale } from "@/lib/locales";
import { AppError } from "../errors";
import { carrierFor } from "../fulfilment/carriers/postal-operator";
import { translateMessage } from "../trpc/translate-error";
import { railOf } from "./payouts";
import { readRemittanceFile, type RowError } from "./remittance-file";
import { importRemittance } from "./remittance-import";

/** Files above this are refused before they are read whole (about 50,000 rows of CSV). */
export const MAX_REMITTANCE_BYTES = 5 * 1024 * 1024;

/** The rows that are wrong and why, in the reader's language: "3: …; 4: …" (the first 20). */
export function rowErrorsText(errors: RowError[], locale: Locale): string {
  const shown = errors.slice(0, 20).map((e) => translateMessage(locale, "finance.admin.rowError", { row: e.rowNumber, reason: translateMessage(locale, `finance.admin.rowReasons.${e.reason}`) }));
  return `${shown.join("; ")}${errors.length > 20 ? " …" : ""}`;
}

/**
 * A remittance file as uploaded by an admin or POSTed by the operator: read,
 * checked row by row, and imported whole, or refused whole with every wrong
 * row named in the reader's language.
 */
export async function importRemittanceFile(
  db: Database,
  input: { bytes: Uint8Array; marketCode: string; carrier?: string; source: "upload" | "webhook"; importedBy: string | null; locale: Locale },
) {
  await railOf(db, input.marketCode); // NOT_FOUND for a market that does not exist
  const { rows, errors } = await readRemittanceFile(input.bytes);
  if (errors.length > 0) throw new AppError("BAD_REQUEST", "remittanceRows", { count: new Set(errors.map((e) => e.rowNumber)).size, rows: rowErrorsText(errors, input.locale) });
  return importRemittance(db, { marketCode: input.marketCode, carrier: input.carrier ?? carrierFor(input.marketCode).code, rows, source: input.source, importedBy: input.importedBy });
}
