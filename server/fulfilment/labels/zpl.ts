/**
 * Parcel labels in ZPL II for 203-dpi thermal printers (4 × 6 in, 812 × 1218 dots).
 *
 * - `^CI28`: field data is UTF-8, so Persian, Chinese and Vietnamese are sent as they are.
 * - `^PA0,1,1,0`: advanced text layout — no default glyph, bidirectional layout on,
 *   character shaping on, OpenType off. The printer itself joins Persian letters and
 *   lays them right to left, so field data stays in logical order (Link-OS firmware).
 * - `^CW`: a TrueType font with Arabic-script, CJK and Vietnamese glyphs is named font Z;
 *   by default E:ANMDJ.TTF (Zebra's Andale Mono WT J, on most printers), any other file
 *   stored on the printer can be chosen.
 * - Every text field goes through `^FH_`: `^`, `~` and `_` in the data are sent as `_5E`,
 *   `_7E` and `_5F`, so a name cannot end a field or start a command.
 * - Numbers in a Persian label (phone, postal code, order) get their own left-to-right
 *   field beside the word, as the printer's bidi would reorder their digit groups.
 */
import { code128Bars } from "./barcode";
import { labelTexts, printable, type LabelData } from "./label-data";

export interface ZplOptions {
  /** A TrueType font stored on the printer, e.g. "E:ANMDJ.TTF". */
  font?: string;
}

export const DEFAULT_ZPL_FONT = "E:ANMDJ.TTF";
const WIDTH = 812;
const HEIGHT = 1218;
const MARGIN = 24;
const INNER = WIDTH - 2 * MARGIN;
/** Dots per Code 128 module. */
const MODULE_DOTS = 3;
/** Labels rendered per pull of the stream. */
const LABELS_PER_CHUNK = 50;

/** Field data for `^FH_`: the command prefixes and the escape character itself as hex escapes. */
export function zplField(text: string): string {
  return printable(text).replace(/[_^~]/g, (char) => `_${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/** Rough width of text in dots at a font height: CJK full width, Arabic script about half, Latin a little more, marks none. */
function estimatedWidth(text: string, height: number): number {
  let width = 0;
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (/\p{M}/u.test(char) || cp === 0x200c || cp === 0x200d) continue;
    if ((cp >= 0x2e80 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff00 && cp <= 0xffef)) width += height;
    else if (cp >= 0x0600 && cp <= 0x06ff) width += 0.48 * height;
    else width += 0.58 * height;
  }
  return width;
}

/** Cuts text that would not fit the width (the printer would wrap it over the next field). */
function fitted(text: string, height: number, width: number): string {
  const clean = printable(text);
  if (estimatedWidth(clean, height) <= width) return clean;
  const chars = Array.from(clean);
  while (chars.length > 0 && estimatedWidth(`${chars.join("")}...`, height) > width) chars.pop();
  return `${chars.join("").trimEnd()}...`;
}

class ZplLabel {
  readonly lines: string[] = [];

  constructor(readonly rtl: boolean) {}

  /** A one-line text field across `width` dots from `x`, aligned to the reading start unless told. */
  text(text: string, x: number, y: number, height: number, width: number, align?: "L" | "R" | "C"): void {
    const justify = align ?? (this.rtl ? "R" : "L");
    this.lines.push(`^FO${Math.round(x)},${Math.round(y)}^AZN,${height},${height}^FB${Math.round(width)},1,0,${justify},0^FH_^FD${zplField(fitted(text, height, width))}^FS`);
  }

  /** A word and a number: one field left to right, or in Persian the word on the right and the number on its own on the left. */
  pair(word: string, value: string, x: number, y: number, height: number, width: number): void {
    if (!this.rtl) return this.text(`${word}: ${value}`, x, y, height, width);
    const wordWidth = Math.min(width / 2, estimatedWidth(`${word}:`, height) + height);
    this.text(`${word}:`, x + width - wordWidth, y, height, wordWidth, "R");
    this.text(value, x, y, height, width - wordWidth - height / 2, "L");
  }

  box(x: number, y: number, width: number, height: number, thickness: number): void {
    this.lines.push(`^FO${x},${y}^GB${width},${height},${thickness}^FS`);
  }
}

/** One label as a ZPL II format (`^XA` … `^XZ`). Throws a RangeError for a label that cannot be printed. */
export function labelZpl(label: LabelData, options: ZplOptions = {}): string {
  const font = options.font ?? DEFAULT_ZPL_FONT;
  if (!/^[A-Z]:[A-Z0-9_.-]{1,40}$/i.test(font)) throw new RangeError(`Not a printer font file: "${font}"`);
  const texts = labelTexts(label);
  const { words } = texts;
  const rtl = texts.direction === "rtl";
  const z = new ZplLabel(rtl);
  const start = (width: number) => (rtl ? WIDTH - MARGIN - width : MARGIN);
  const end = (width: number) => (rtl ? MARGIN : WIDTH - MARGIN - width);

  // header: service, date, rule
  z.text(texts.service, start(INNER * 0.6), MARGIN, 52, INNER * 0.6);
  z.text(texts.date, end(INNER * 0.38), MARGIN + 16, 28, INNER * 0.38, rtl ? "L" : "R");
  z.box(MARGIN, 88, INNER, 0, 4);

  // sender
  z.text(`${words.from}: ${label.sender.name}`, MARGIN, 104, 30, INNER);
  z.text(label.sender.village, MARGIN, 140, 26, INNER);
  z.pair(words.phone, label.sender.phone, MARGIN, 172, 26, INNER);

  // recipient, in a box that ends above the cash to collect (or the details)
  const codTop = 650;
  const toBottom = texts.cod ? codTop - 12 : 770;
  z.box(MARGIN, 210, INNER, toBottom - 210, 4);
  const inside = { x: MARGIN + 16, width: INNER - 32 };
  z.text(words.to, inside.x, 224, 26, inside.width);
  z.text(label.recipient.name, inside.x, 256, 48, inside.width);
  const room = Math.floor((toBottom - 100 - 316) / 40);
  const lines = label.recipient.addressLines.map(printable).filter((line) => line !== "");
  const shown = lines.length <= room ? lines : [...lines.slice(0, room - 1), lines.slice(room - 1).join(rtl ? "، " : ", ")];
  shown.forEach((line, i) => z.text(line, inside.x, 316 + i * 40, 32, inside.width));
  z.pair(words.postalCode, label.recipient.postalCode, inside.x, toBottom - 90, 38, inside.width);
  z.pair(words.phone, label.recipient.phone, inside.x, toBottom - 46, 32, inside.width);

  // cash to collect: white on a black bar (^FR prints the field reversed)
  if (texts.cod) {
    z.box(MARGIN, codTop, INNER, 112, 112);
    z.lines.push(`^FO${inside.x},${codTop + 10}^FR^AZN,30,30^FB${inside.width},1,0,${rtl ? "R" : "L"},0^FH_^FD${zplField(words.cod)}^FS`);
    z.lines.push(`^FO${inside.x},${codTop + 44}^FR^AZN,62,62^FB${inside.width},1,0,${rtl ? "R" : "L"},0^FH_^FD${zplField(fitted(texts.cod, 62, inside.width))}^FS`);
  }

  // details beside the QR code (tracking number and order reference)
  const qrSize = 200;
  const details = INNER - qrSize - 16;
  const detailsX = rtl ? WIDTH - MARGIN - details : MARGIN;
  z.text(`${words.weight}: ${texts.weight}`, detailsX, 790, 34, details);
  z.pair(words.order, label.orderNumber, detailsX, 836, 30, details);
  if (label.routeDays) z.text(`${words.routeDays}: ${label.routeDays}`, detailsX, 876, 28, details);
  z.lines.push(`^FO${rtl ? MARGIN : WIDTH - MARGIN - qrSize},780^BQN,2,6^FH_^FDMA,${zplField(texts.qr)}^FS`);

  // the tracking number as Code 128 (the printer encodes it, code sets chosen automatically) and in writing
  const barcodeWidth = code128Bars(label.trackingNumber).modules * MODULE_DOTS;
  z.lines.push(`^FO${Math.max(0, Math.round((WIDTH - barcodeWidth) / 2))},990^BY${MODULE_DOTS},3,150^BCN,150,N,N,N,A^FD${label.trackingNumber}^FS`);
  z.text(label.trackingNumber, 0, 1150, 40, WIDTH, "C");

  return ["^XA", "^CI28", "^PA0,1,1,0", `^CWZ,${font}`, `^PW${WIDTH}`, `^LL${HEIGHT}`, "^LH0,0", ...z.lines, "^XZ", ""].join("\n");
}

/** Labels as one ZPL stream, UTF-8, rendered a few dozen at a time as the reader pulls. */
export function labelsZplStream(labels: AsyncIterable<LabelData> | Iterable<LabelData>, options: ZplOptions = {}): ReadableStream<Uint8Array> {
  const iterator: AsyncIterator<LabelData> | Iterator<LabelData> = Symbol.asyncIterator in labels ? labels[Symbol.asyncIterator]() : labels[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const parts: string[] = [];
        let done = false;
        while (parts.length < LABELS_PER_CHUNK) {
          const next = await iterator.next();
          if (next.done) {
            done = true;
            break;
          }
          parts.push(labelZpl(next.value, options));
        }
        if (parts.length > 0) controller.enqueue(encoder.encode(parts.join("")));
        if (done) controller.close();
      },
      cancel() {
        void iterator.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}
