/**
 * The dispatch manifest as an A4 PDF: its number as Code 128, one row per
 * parcel, totals, and the signatures of the seller and the postal clerk.
 */
import { formatDate, formatDateTime, formatNumber, formatWeight } from "@/lib/format";
import { isolateLtr } from "./bidi";
import { code128Bars, drawCode128 } from "./barcode";
import type { Canvas } from "./canvas";
import type { Family, Weight } from "./fonts";
import { printable, type LabelLocale } from "./label-data";
import { MANIFEST_WORDS, manifestTotals, money, validateManifest, type ManifestData } from "./manifest-data";
import { pdfStream } from "./stream";
import { textLine, type Align } from "./text";

const A4 = { width: 595.28, height: 841.89 };
const M = 36;
const ROW = 16;
const HEADER_FIRST = 150;
const HEADER_OTHER = 62;
const FOOTER = 22;
const CLOSING = 176;

type Column = "index" | "tracking" | "order" | "recipient" | "destination" | "weight" | "cod";
/** Columns in reading order with their widths in points (the inner width is 523). */
const COLUMNS: { key: Column; width: number; align: Align }[] = [
  { key: "index", width: 26, align: "start" },
  { key: "tracking", width: 92, align: "start" },
  { key: "order", width: 78, align: "start" },
  { key: "recipient", width: 104, align: "start" },
  { key: "destination", width: 111, align: "start" },
  { key: "weight", width: 48, align: "end" },
  { key: "cod", width: 64, align: "end" },
];

/** Rows on each page; a last page without rows when the totals and signatures do not fit under the table. */
export function manifestPages(rowCount: number): number[] {
  const capacity = (first: boolean) => Math.floor((A4.height - M - FOOTER - (M + (first ? HEADER_FIRST : HEADER_OTHER) + ROW + 4)) / ROW);
  const pages: number[] = [];
  let remaining = rowCount;
  do {
    const take = Math.min(capacity(pages.length === 0), remaining);
    pages.push(take);
    remaining -= take;
  } while (remaining > 0);
  const lastIndex = pages.length - 1;
  const lastRows = pages[lastIndex] ?? 0;
  const used = M + (lastIndex === 0 ? HEADER_FIRST : HEADER_OTHER) + ROW + 4 + lastRows * ROW;
  if (A4.height - M - FOOTER - used < CLOSING) pages.push(0);
  return pages;
}

class ManifestPage {
  readonly width = A4.width - 2 * M;
  readonly rtl: boolean;
  readonly family: Family;

  constructor(
    readonly canvas: Canvas,
    readonly locale: LabelLocale,
  ) {
    this.rtl = locale === "fa";
    this.family = this.rtl ? "vazirmatn" : "notoSansSc";
  }

  x(offset: number, width: number): number {
    return this.rtl ? M + this.width - offset - width : M + offset;
  }

  text(text: string, baseline: number, size: number, options: { weight?: Weight; offset?: number; width?: number; align?: Align } = {}): void {
    const width = options.width ?? this.width - (options.offset ?? 0);
    textLine(this.canvas, text, { direction: this.rtl ? "rtl" : "ltr", family: this.family, weight: options.weight }, {
      x: this.x(options.offset ?? 0, width),
      baseline,
      width,
      size,
      minSize: size * 0.8,
      align: options.align,
    });
  }

  rule(y: number, thickness: number, gray = 0): void {
    this.canvas.fillColor(gray);
    this.canvas.rect(M, y, this.width, thickness);
    this.canvas.fill();
    this.canvas.fillColor(0);
  }
}

function drawManifestPage(canvas: Canvas, manifest: ManifestData, pages: number[], pageIndex: number, firstRow: number): void {
  const w = MANIFEST_WORDS[manifest.locale];
  const { locale } = manifest;
  const p = new ManifestPage(canvas, locale);
  const ltr = (text: string) => (p.rtl ? isolateLtr(text) : text);
  canvas.page(A4.width, A4.height);
  canvas.fillColor(0);

  // the number as Code 128 at the reading end, on every page
  const barcodeWidth = 190;
  drawCode128(canvas, code128Bars(manifest.number), { x: p.x(p.width - barcodeWidth, barcodeWidth), y: M, width: barcodeWidth, height: 34 });
  textLine(canvas, manifest.number, { direction: "ltr", family: "notoSansSc", weight: "bold" }, { x: p.x(p.width - barcodeWidth, barcodeWidth), baseline: M + 48, width: barcodeWidth, size: 11, align: "center" });
  p.text(w.title, M + 20, 18, { weight: "bold", width: p.width - barcodeWidth - 12 });

  let top = M + HEADER_OTHER;
  if (pageIndex === 0) {
    const { shop, handover } = manifest;
    const kind = handover.kind === "collection" ? w.collection : w.dropOff;
    const where = [handover.window ? `${w.window}: ${ltr(printable(handover.window))}` : "", handover.servicePoint ? `${w.servicePoint}: ${printable(handover.servicePoint)}` : ""].filter(Boolean);
    p.text(`${w.shop}: ${printable(shop.name)} — ${printable(shop.village)}`, M + 74, 10, { weight: "bold" });
    p.text(`${w.phone}: ${ltr(printable(shop.phone))}`, M + 90, 9);
    p.text([`${kind}: ${formatDate(handover.date, locale)}`, ...where].join(" · "), M + 108, 10, { weight: "bold" });
    p.text(`${w.created}: ${formatDateTime(manifest.createdAt, locale)}`, M + 124, 9);
    top = M + HEADER_FIRST;
  }

  // table header and rows
  let offset = 0;
  const columns = COLUMNS.map((column) => {
    const placed = { ...column, offset: offset + 2, inner: column.width - 4 };
    offset += column.width;
    return placed;
  });
  const header: Record<Column, string> = { index: w.index, tracking: w.tracking, order: w.order, recipient: w.recipient, destination: w.destination, weight: w.weight, cod: w.cod };
  for (const c of columns) p.text(header[c.key], top + 12, 8.5, { weight: "bold", offset: c.offset, width: c.inner, align: c.align });
  p.rule(top + ROW, 1);
  const rows = pages[pageIndex] ?? 0;
  for (let r = 0; r < rows; r++) {
    const s = manifest.shipments[firstRow + r];
    if (!s) break;
    const baseline = top + ROW + 4 + r * ROW + 11;
    const cells: Record<Column, string> = {
      index: formatNumber(firstRow + r + 1, locale),
      tracking: ltr(s.trackingNumber),
      order: ltr(printable(s.orderNumber)),
      recipient: printable(s.recipientName),
      destination: printable(s.destination),
      weight: formatWeight(s.weightGrams, locale),
      cod: s.codAmountMinor > 0 ? money(s.codAmountMinor, s.currency, locale) : "—",
    };
    for (const c of columns) p.text(cells[c.key], baseline, 8.5, { offset: c.offset, width: c.inner, align: c.align, weight: c.key === "tracking" ? "bold" : "regular" });
    p.rule(top + ROW + 4 + (r + 1) * ROW - 0.5, 0.3, 0.6);
  }

  // totals and signatures after the last row
  if (pageIndex === pages.length - 1) {
    const totals = manifestTotals(manifest);
    let y = top + ROW + 4 + rows * ROW + 22;
    p.rule(y - 14, 1.2);
    p.text(`${w.totals} — ${w.parcels}: ${formatNumber(totals.parcels, locale)} · ${w.totalWeight}: ${formatWeight(totals.weightGrams, locale)}`, y, 11, { weight: "bold" });
    for (const c of totals.cod) {
      y += 18;
      p.text(`${w.codToCollect}: ${money(c.amountMinor, c.currency, locale)}`, y, 11, { weight: "bold" });
    }
    y += 40;
    const half = (p.width - 24) / 2;
    [w.seller, w.clerk].forEach((who, i) => {
      const offsetX = i * (half + 24);
      p.text(who, y, 10, { weight: "bold", offset: offsetX, width: half });
      [w.name, w.signature, w.date].forEach((field, k) => {
        const baseline = y + 26 + k * 24;
        p.text(`${field}:`, baseline, 9, { offset: offsetX, width: half });
        canvas.rect(p.x(offsetX + 60, half - 60), baseline + 2, half - 60, 0.6);
        canvas.fill();
      });
    });
  }

  // footer: page n of N
  const footer = `${manifest.number} · ${w.page} ${formatNumber(pageIndex + 1, locale)} / ${formatNumber(pages.length, locale)}`;
  p.text(footer, A4.height - M + 4, 8, { align: "center" });
}

/** The manifest as an A4 PDF, a page at a time as the reader pulls. */
export function manifestPdfStream(manifest: ManifestData): ReadableStream<Uint8Array> {
  validateManifest(manifest);
  const pages = manifestPages(manifest.shipments.length);
  let pageIndex = 0;
  let firstRow = 0;
  return pdfStream({ Title: `Manifest ${manifest.number}` }, (canvas) => {
    if (pageIndex >= pages.length) return false;
    drawManifestPage(canvas, manifest, pages, pageIndex, firstRow);
    firstRow += pages[pageIndex] ?? 0;
    pageIndex++;
    return true;
  });
}
