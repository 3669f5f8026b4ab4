/**
 * Parcel labels as PDF, one page per label, in A6 or 4 × 6 in: sender,
 * recipient, cash to collect, service and weight, route days, a QR code and
 * the tracking number as a Code 128 barcode, all drawn as vectors.
 */
import { isolateLtr } from "./bidi";
import { code128Bars, drawCode128, drawQr } from "./barcode";
import type { Canvas } from "./canvas";
import { labelTexts, printable, type LabelData, type LabelTexts } from "./label-data";
import { pdfStream } from "./stream";
import { textLine, wrapLine, type Align, type TextStyle } from "./text";
import type { Family, Weight } from "./fonts";

export type LabelSize = "a6" | "4x6";

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

  style(weight: Weight = "regular", direction = this.direction): TextStyle {
    return { direction, family: this.family, weight };
  }

  /** The page x of a span measured from the reading start (the right edge in Persian). */
  x(offset: number, width: number): number {
    return this.direction === "ltr" ? this.left + offset : this.left + this.width - offset - width;
  }

  text(text: string, baseline: number, size: number, options: { weight?: Weight; offset?: number; width?: number; align?: Align; minSize?: number } = {}): void {
    const width = options.width ?? this.width - (options.offset ?? 0);
    textLine(this.canvas, text, this.style(options.weight), {
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

/** Draws one label on a new page. */
export function drawLabel(canvas: Canvas, label: LabelData, size: LabelSize): void {
  const texts = labelTexts(label); // validates first: a bad label adds no page
  const barcode = code128Bars(label.trackingNumber);
  const page = LABEL_PAGE[size];
  canvas.page(page.width, page.height);
  const p = new LabelPage(canvas, page, texts);
  const { words } = texts;
  const rtl = texts.direction === "rtl";
  const ltr = (text: string) => (rtl ? isolateLtr(text) : text);
  const half = p.width / 2;
  canvas.fillColor(0);

  // header: service in large type, the date in the market's calendar
  const top = MARGIN;
  p.text(texts.service, top + 17, 18, { weight: "bold", width: half + 20, minSize: 11 });
  p.text(texts.date, top + 14, 9, { offset: half + 24, width: half - 24, align: "end" });
  p.rule(top + 24, 1.5);

  // sender
  p.text(`${words.from}: ${printable(label.sender.name)}`, top + 37, 9, { weight: "bold" });
  p.text(printable(label.sender.village), top + 48, 8);
  p.text(`${words.phone}: ${ltr(printable(label.sender.phone))}`, top + 59, 8);

  // layout from the bottom up: tracking number, barcode, QR and details, cash on delivery
  const numberBaseline = page.height - MARGIN - 2;
  const barcodeTop = numberBaseline - 14 - BARCODE_HEIGHT;
  const infoTop = barcodeTop - 8 - QR_SIZE;
  const codTop = texts.cod ? infoTop - 6 - COD_HEIGHT : infoTop;
  const toTop = top + 65;
  const toBottom = codTop - 6;

  // recipient, in a box
  canvas.strokeRect(p.left, toTop, p.width, toBottom - toTop, 1.5);
  const inner = { offset: 6, width: p.width - 12 };
  p.text(words.to, toTop + 12, 8, { ...inner, weight: "bold" });
  p.text(printable(label.recipient.name), toTop + 29, 14, { ...inner, weight: "bold", minSize: 9 });
  const footer = 30; // postal code and phone
  const room = Math.max(1, Math.floor((toBottom - footer - (toTop + 33)) / 12));
  const lines = addressLines(label.recipient.addressLines, room, rtl ? "، " : ", ", (line, rows) => wrapLine(line, p.style(), inner.width, 10, rows));
  lines.forEach((line, i) => p.text(line, toTop + 44 + i * 12, 10, { ...inner, minSize: 7.5 }));
  p.text(`${words.postalCode}: ${ltr(printable(label.recipient.postalCode))}`, toBottom - 19, 11, { ...inner, weight: "bold" });
  p.text(`${words.phone}: ${ltr(printable(label.recipient.phone))}`, toBottom - 6, 10, inner);

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
  p.text(`${words.order}: ${ltr(printable(label.orderNumber))}`, infoTop + 30, 9, { width: detailsWidth });
  if (label.routeDays) p.text(`${words.routeDays}: ${printable(label.routeDays)}`, infoTop + 46, 9, { width: detailsWidth });
  drawQr(canvas, texts.qr, { x: p.x(p.width - QR_SIZE, QR_SIZE), y: infoTop, size: QR_SIZE });

  // the tracking number, as bars and in writing
  drawCode128(canvas, barcode, { x: p.left, y: barcodeTop, width: p.width, height: BARCODE_HEIGHT });
  textLine(canvas, label.trackingNumber, { direction: "ltr", family: "notoSansSc", weight: "bold" }, { x: p.left, baseline: numberBaseline, width: p.width, size: 13, align: "center" });
}

/**
 * Address lines that fit the room: a long line wraps onto rows the others leave
 * free; with more lines than rows the last row gathers the rest (cut with an
 * ellipsis if still too long).
 */
function addressLines(lines: readonly string[], room: number, separator: string, wrap: (line: string, rows: number) => string[]): string[] {
  const clean = lines.map(printable).filter((line) => line !== "");
  if (clean.length > room) return [...clean.slice(0, room - 1), clean.slice(room - 1).join(separator)];
  const out: string[] = [];
  clean.forEach((line, i) => out.push(...wrap(line, room - out.length - (clean.length - i - 1))));
  return out;
}

/** Labels as one PDF, one page each, drawn as the reader pulls (memory stays flat for any batch size). */
export function labelsPdfStream(labels: AsyncIterable<LabelData> | Iterable<LabelData>, options: { size: LabelSize }): ReadableStream<Uint8Array> {
  const iterator: AsyncIterator<LabelData> | Iterator<LabelData> = Symbol.asyncIterator in labels ? labels[Symbol.asyncIterator]() : labels[Symbol.iterator]();
  return pdfStream(
    { info: { Title: "Parcel labels", Producer: "Villagepost", Creator: "Villagepost" } },
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
