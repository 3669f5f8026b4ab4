import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { codeText } from "@/lib/text";
import { AppError } from "../errors";
import { normalizeS10 } from "../fulfilment/s10";

/** The columns of a remittance file, in this order in the sample (any order is read). */
export const REMITTANCE_COLUMNS = ["tracking_number", "amount_collected", "collection_date", "fee_withheld", "remittance_reference"] as const;
export const MAX_REMITTANCE_ROWS = 50_000;

/** Why a row cannot be imported: a key under finance.remittance.rowErrors in the catalogs. */
export type RowErrorReason = "trackingNumber" | "amount" | "fee" | "feeAboveAmount" | "date" | "reference" | "payoutId" | "payoutStatus" | "payoutUnknown";

export interface RemittanceRow {
  /** the row's number in the file, the header being row 1 */
  rowNumber: number;
  trackingNumber: string;
  amountMinor: number;
  feeMinor: number;
  /** YYYY-MM-DD */
  collectedOn: string;
  reference: string;
}

export interface RowError {
  rowNumber: number;
  reason: RowErrorReason;
}

type Cell = string;

function cellText(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    return "";
  }
  return String(value);
}

async function xlsxRows(bytes: Uint8Array): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows.push(values.map((v) => cellText(v as ExcelJS.CellValue)));
  });
  return rows;
}

function csvRows(bytes: Uint8Array): Cell[][] {
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  return parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as Cell[][];
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The table in a CSV (UTF-8) or XLSX file, read by content, not by name. */
export async function readTable(bytes: Uint8Array): Promise<Cell[][]> {
  try {
    return isZip(bytes) ? await xlsxRows(bytes) : csvRows(bytes);
  } catch {
    throw new AppError("BAD_REQUEST", "remittanceUnreadable");
  }
}

const header = (cell: string) => codeText(cell).toLowerCase().replace(/[\s-]+/g, "_");
const whole = (cell: string) => (/^\d{1,15}$/.test(cell.replace(/[,\s]/g, "")) ? Number(cell.replace(/[,\s]/g, "")) : null);

function isoDate(cell: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(cell);
  if (!match) return null;
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== match[0] ? null : match[0];
}

/**
 * Reads a remittance file into rows, or says which rows are wrong and why.
 * A file missing a column, empty, or beyond MAX_REMITTANCE_ROWS is refused as a whole.
 */
export async function readRemittanceFile(bytes: Uint8Array, today: Date = new Date()): Promise<{ rows: RemittanceRow[]; errors: RowError[] }> {
  const table = await readTable(bytes);
  const [head, ...body] = table;
  const names = (head ?? []).map(header);
  const missing = REMITTANCE_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0) throw new AppError("BAD_REQUEST", "remittanceColumns", { columns: REMITTANCE_COLUMNS.join(", ") });
  if (body.length === 0) throw new AppError("BAD_REQUEST", "remittanceEmpty");
  if (body.length > MAX_REMITTANCE_ROWS) throw new AppError("PAYLOAD_TOO_LARGE", "remittanceRows", { count: body.length, rows: `> ${MAX_REMITTANCE_ROWS}` });
  const at = (row: Cell[], column: (typeof REMITTANCE_COLUMNS)[number]) => codeText(row[names.indexOf(column)] ?? "");
  // a date up to a day ahead of UTC is the post's local today
  const latest = new Date(today.getTime() + 86_400_000).toISOString().slice(0, 10);
  const rows: RemittanceRow[] = [];
  const errors: RowError[] = [];
  body.forEach((row, index) => {
    const rowNumber = index + 2;
    const trackingNumber = normalizeS10(at(row, "tracking_number"));
    const amountMinor = whole(at(row, "amount_collected"));
    const feeMinor = whole(at(row, "fee_withheld") || "0");
    const collectedOn = isoDate(at(row, "collection_date"));
    const reference = at(row, "remittance_reference").slice(0, 200);
    const before = errors.length;
    if (!trackingNumber) errors.push({ rowNumber, reason: "trackingNumber" });
    if (amountMinor === null) errors.push({ rowNumber, reason: "amount" });
    if (feeMinor === null) errors.push({ rowNumber, reason: "fee" });
    else if (amountMinor !== null && feeMinor > amountMinor) errors.push({ rowNumber, reason: "feeAboveAmount" });
    if (!collectedOn || collectedOn > latest) errors.push({ rowNumber, reason: "date" });
    if (!reference) errors.push({ rowNumber, reason: "reference" });
    if (errors.length === before && trackingNumber && amountMinor !== null && feeMinor !== null && collectedOn) {
      rows.push({ rowNumber, trackingNumber, amountMinor, feeMinor, collectedOn, reference });
    }
  });
  return { rows, errors };
}
