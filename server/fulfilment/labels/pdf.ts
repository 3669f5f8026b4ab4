/**
 * Parcel labels as PDF, one page per label, in A6 or 4 × 6 in: sender,
 * recipient, cash to collect, service and weight, route days, a QR code and
 * the tracking number as a Code 128 barcode, all drawn as vectors.
 */
import { code128Bars, drawCode128, drawQr } from "./barcode";
import { Canvas } from "./canvas";
import { codeField, freeText, paragraphDirection } from "./field-text";
import { labelTexts, type LabelData, type LabelTexts } from "./label-data";
import { LABELS_INFO, ObjectWriter, partObjectRange, type PdfPart } from "./pdf-objects";
import { pdfStream } from "./stream";
import { textLine, wrapLine, type Align, type TextStyle } from "./text";
import type { Family, Weight } from "./fonts";

export type LabelSize = "a6" | "4x6";
export const LABEL_SIZES: readonly LabelSize[] = ["a6", "4x6"];

const MM = 72 / 25.4;
/** Page sizes in points. */
export const LABEL_PAGE: Record<LabelSize, { width: number; height: number }> = {
  a6: { width: 105 * MM, height: 148 * MM },
  "4x6": { width: 4 * 72, height: 6 * 72 },
};

const MARGIN = 10;
/** Labels drawn per step of the stream before the reader gets the bytes. */
const LABELS_PER_STEP = 8;

/** One label being drawn: the page, its direction and a text helper that knows both. */
class LabelPage {
  readonly left = MARGIN;
  readonly width: number;
  readonly direction: "rtl" | "ltr";
  readonly family: Family;

  constructor(
    readonly canvas: Canvas,
    readonly page: { width: number; height: number },
    texts: LabelTexts,
  ) {
    this.width = page.width - 2 * MARGIN;
    this.direction = texts.direction;
    this.family = texts.direction === "rtl" ? "vazirmatn" : "notoSansSc";
  }

  /** A field's style: its own paragraph direction, from its first strong letter (a Persian address on an English label is right to left). */
  style(text: string, weight: Weight = "regular"): TextStyle {
    return { direction: paragraphDirection(text, this.direction), family: this.family, weight };
  }

  /** The page x of a span measured from the label's reading start (the right edge in Persian). */
  x(offset: number, width: number): number {
    return this.direction === "ltr" ? this.left + offset : this.left + this.width - offset - width;
  }

  text(text: string, baseline: number, size: number, options: { weight?: Weight; offset?: number; width?: number; align?: Align; minSize?: number } = {}): void {
    const width = options.width ?? this.width - (options.offset ?? 0);
    textLine(this.canvas, text, this.style(text, options.weight), {
      x: this.x(options.offset ?? 0, width),
      baseline,
      width,
      size,
      minSize: options.minSize,
      align: options.align,
    });
  }

  rule(y: number, thickness: number): void {
    this.canvas.rect(this.left, y, this.width, thickness);
    this.canvas.fill();
  }
}

const QR_SIZE = 80;
const BARCODE_HEIGHT = 56;
const COD_HEIGHT = 42;
/** Sizes in the recipient box, after UPU S42: postal code and place first (after the cash to collect), then the name. */
const POSTCODE_SIZE = 18;
const PLACE_SIZE = 12;
const NAME_SIZE = 12;
const LINE_SIZE = 10;
const ROW = 13;

/** Draws one label on a new page. */
export function drawLabel(canvas: Canvas, label: LabelData, size: LabelSize): void {
  const texts = labelTexts(label); // validates first: a bad label adds no page
  const barcode = code128Bars(label.trackingNumber);
  const page = LABEL_PAGE[size];
  canvas.page(page.width, page.height);
  const p = new LabelPage(canvas, page, texts);
  const { words, digits } = texts;
  const half = p.width / 2;
  canvas.fillColor(0);

  // header: service in large type, the date in the market's calendar
  const top = MARGIN;
  p.text(texts.service, top + 17, 18, { weight: "bold", width: half + 20, minSize: 11 });
  p.text(texts.date, top + 14, 9, { offset: half + 24, width: half - 24, align: "end" });
  p.rule(top + 24, 1.5);

  // sender
  p.text(`${words.from}: ${freeText(label.sender.name)}`, top + 37, 9, { weight: "bold" });
  p.text(freeText(label.sender.village), top + 48, 8);
  p.text(`${words.phone}: ${codeField(label.sender.phone, digits)}`, top + 59, 8);

  // layout from the bottom up: tracking number, barcode, QR and details, cash on delivery
  const numberBaseline = page.height - MARGIN - 2;
  const barcodeTop = numberBaseline - 14 - BARCODE_HEIGHT;
  const infoTop = barcodeTop - 8 - QR_SIZE;
  const codTop = texts.cod ? infoTop - 6 - COD_HEIGHT : infoTop;
  const toTop = top + 65;
  const toBottom = codTop - 6;

  // recipient, in a box: postal code and place largest, then the name
  canvas.strokeRect(p.left, toTop, p.width, toBottom - toTop, 1.5);
  const inner = { offset: 6, width: p.width - 12 };
  p.text(words.to, toTop + 12, 8, { ...inner, weight: "bold" });
  p.text(freeText(label.recipient.name), toTop + 28, NAME_SIZE, { ...inner, weight: "bold", minSize: 9 });
  const footer = POSTCODE_SIZE + 20; // postal code and phone
  const firstBaseline = toTop + 28 + ROW + 2;
  const room = Math.max(1, Math.floor((toBottom - footer - firstBaseline + ROW) / ROW));
  const rows = addressRows(label.recipient.addressLines, room, (line, weight, size, rowsLeft) => wrapLine(line, p.style(line, weight), inner.width, size, rowsLeft));
  rows.forEach((row, i) => p.text(row.text, firstBaseline + i * ROW, row.size, { ...inner, weight: row.weight, minSize: 7.5 }));
  p.text(`${words.postalCode}: ${codeField(label.recipient.postalCode, digits)}`, toBottom - 17, POSTCODE_SIZE, { ...inner, weight: "bold", minSize: 12 });
  p.text(`${words.phone}: ${codeField(label.recipient.phone, digits)}`, toBottom - 4, LINE_SIZE, inner);

  // cash to collect, white on black
  if (texts.cod) {
    canvas.rect(p.left, codTop, p.width, COD_HEIGHT);
    canvas.fill();
    canvas.fillColor(1);
    p.text(words.cod, codTop + 12, 9, { ...inner, weight: "bold" });
    p.text(texts.cod, codTop + 35, 22, { ...inner, weight: "bold", minSize: 12 });
    canvas.fillColor(0);
  }

  // details beside the QR code (tracking number and order reference)
  const detailsWidth = p.width - QR_SIZE - 6;
  p.text(`${words.weight}: ${texts.weight}`, infoTop + 14, 10, { width: detailsWidth, weight: "bold" });
  p.text(`${words.order}: ${codeField(label.orderNumber, "latn")}`, infoTop + 30, 9, { width: detailsWidth });
  if (label.routeDays) p.text(`${words.routeDays}: ${freeText(label.routeDays)}`, infoTop + 46, 9, { width: detailsWidth });
  drawQr(canvas, texts.qr, { x: p.x(p.width - QR_SIZE, QR_SIZE), y: infoTop, size: QR_SIZE });

  // the tracking number, as bars and in writing
  drawCode128(canvas, barcode, { x: p.left, y: barcodeTop, width: p.width, height: BARCODE_HEIGHT });
  textLine(canvas, label.trackingNumber, { direction: "ltr", family: "notoSansSc", weight: "bold" }, { x: p.left, baseline: numberBaseline, width: p.width, size: 13, align: "center" });
}

interface AddressRow {
  /** The address line the row belongs to. */
  line: number;
  text: string;
  weight: Weight;
  size: number;
}

/**
 * Address rows that fit the room: the first line (village or service point) in
 * bold, larger type; a long line wraps onto rows the others leave free; with
 * more lines than rows the last row gathers the rest (cut with an ellipsis if
 * still too long).
 */
export function addressRows(lines: readonly string[], room: number, wrap: (line: string, weight: Weight, size: number, rows: number) => string[]): AddressRow[] {
  const clean = lines.map(freeText).filter((line) => line !== "");
  const gathered = clean.length > room ? [...clean.slice(0, room - 1), clean.slice(room - 1).join(paragraphDirection(clean[room - 1] ?? "", "ltr") === "rtl" ? "، " : ", ")] : clean;
  const out: AddressRow[] = [];
  gathered.forEach((line, i) => {
    const weight: Weight = i === 0 ? "bold" : "regular";
    const size = i === 0 ? PLACE_SIZE : LINE_SIZE;
    for (const text of wrap(line, weight, size, room - out.length - (gathered.length - i - 1))) out.push({ line: i, text, weight, size });
  });
  return out;
}

/** Draws labels into one part of a PDF, with object numbers from `first` (what a worker of the pool does). */
export function renderLabelPart(labels: readonly LabelData[], size: LabelSize, first: number): PdfPart {
  const canvas = new Canvas(new ObjectWriter(first, first + partObjectRange(labels.length)));
  for (const label of labels) drawLabel(canvas, label, size);
  return canvas.finish();
}

/** Labels as one PDF, one page each, drawn on this thread as the reader pulls (memory stays flat for any batch size). */
export function labelsPdfStream(labels: AsyncIterable<LabelData> | Iterable<LabelData>, options: { size: LabelSize }): ReadableStream<Uint8Array> {
  const iterator: AsyncIterator<LabelData> | Iterator<LabelData> = Symbol.asyncIterator in labels ? labels[Symbol.asyncIterator]() : labels[Symbol.iterator]();
  return pdfStream(
    LABELS_INFO,
    async (canvas) => {
      for (let i = 0; i < LABELS_PER_STEP; i++) {
        const next = await iterator.next();
        if (next.done) return false;
        drawLabel(canvas, next.value, options.size);
      }
      return true;
    },
    () => void iterator.return?.(),
  );
}
