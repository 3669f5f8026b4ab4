import ExcelJS from "exceljs";
import { parse as parseCsv } from "csv-parse/sync";
import { AppError } from "../../errors";

/** The columns of a network file, in this order; `replaces` may follow as an extra column. */
export const REGION_COLUMNS = [
  "market",
  "level",
  "code",
  "parent_code",
  "postal_code",
  "lat",
  "lng",
  "route_days",
  "name_local",
  "name_en",
  "name_fa",
  "name_zh",
  "name_vi",
  "valid_from",
] as const;
export const OPTIONAL_COLUMNS = ["replaces"] as const;

export type RegionColumn = (typeof REGION_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

/** The columns a kind of network file has: these in this order, then any of the optional ones. */
export interface FileColumns<C extends string> {
  required: readonly C[];
  optional: readonly C[];
}

export const REGION_FILE: FileColumns<RegionColumn> = { required: REGION_COLUMNS, optional: OPTIONAL_COLUMNS };

/** One data row of a file: its line number (the header is line 1) and its cells by column. */
export interface RawRow<C extends string = RegionColumn> {
  line: number;
  cells: Partial<Record<C, string>>;
  /** cells found, when it differs from the header's count */
  columnCount: number;
}

export interface ParsedFile<C extends string = RegionColumn> {
  columns: C[];
  rows: RawRow<C>[];
}

/** More rows than this in one file are refused before anything is checked. */
export const MAX_ROWS = 200_000;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function isXlsx(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

function checkHeader<C extends string>(header: string[], spec: FileColumns<C>): C[] {
  const names = header.map((h) => h.replace(/^\uFEFF/, "").trim().toLowerCase());
  const required = spec.required as readonly string[];
  const extra = names.slice(required.length);
  const ok =
    names.length >= required.length &&
    required.every((column, i) => names[i] === column) &&
    extra.every((column) => (spec.optional as readonly string[]).includes(column));
  if (!ok) throw new AppError("BAD_REQUEST", "networkFileHeader", { columns: spec.required.join(",") });
  return names as C[];
}

function toRows<C extends string>(columns: C[], records: { line: number; values: string[] }[]): RawRow<C>[] {
  if (records.length > MAX_ROWS) throw new AppError("BAD_REQUEST", "networkFileTooManyRows", { max: MAX_ROWS });
  return records
    .filter((r) => r.values.some((v) => v.trim() !== ""))
    .map(({ line, values }) => {
      const cells: RawRow<C>["cells"] = {};
      columns.forEach((column, i) => {
        cells[column] = (values[i] ?? "").trim();
      });
      return { line, cells, columnCount: values.length };
    });
}

function parseCsvFile<C extends string>(bytes: Uint8Array, spec: FileColumns<C>): ParsedFile<C> {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("BAD_REQUEST", "networkFileNotUtf8");
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    throw new AppError("BAD_REQUEST", "networkFileUnreadable", { line });
  }
  const [header, ...data] = records;
  if (!header) throw new AppError("BAD_REQUEST", "networkFileHeader", { columns: spec.required.join(",") });
  const columns = checkHeader(header.record, spec);
  return { columns, rows: toRows(columns, data.map((r) => ({ line: r.info.lines, values: r.record }))) };
}

async function parseXlsxFile<C extends string>(bytes: Uint8Array, spec: FileColumns<C>): Promise<ParsedFile<C>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new AppError("BAD_REQUEST", "networkFileUnreadable", { line: 0 });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError("BAD_REQUEST", "networkFileHeader", { columns: spec.required.join(",") });
  const records: { line: number; values: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) values.push(row.getCell(c).text ?? "");
    records.push({ line, values });
  });
  const [header, ...data] = records;
  if (!header || header.line !== 1) throw new AppError("BAD_REQUEST", "networkFileHeader", { columns: spec.required.join(",") });
  const columns = checkHeader(header.values, spec);
  return { columns, rows: toRows(columns, data) };
}

/** Reads a network file: CSV in UTF-8 (with or without BOM) or XLSX (first sheet), told apart by content; regions unless told otherwise. */
export async function parseNetworkFile(bytes: Uint8Array): Promise<ParsedFile>;
export async function parseNetworkFile<C extends string>(bytes: Uint8Array, spec: FileColumns<C>): Promise<ParsedFile<C>>;
export async function parseNetworkFile(bytes: Uint8Array, spec: FileColumns<string> = REGION_FILE): Promise<ParsedFile<string>> {
  return isXlsx(bytes) ? parseXlsxFile(bytes, spec) : parseCsvFile(bytes, spec);
}
