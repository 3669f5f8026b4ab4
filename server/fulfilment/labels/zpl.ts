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
import { addressRows } from "./pdf";
import { fitLine, layoutLine, wrapLine, type TextStyle } from "./text";

export interface ZplOptions {
  /** A TrueType font stored on the printer, e.g. "E:NOTOSANS.TTF"; by default the label fonts (see `zplFontFor`). */
  font?: string;
}

/**
 * The printer fonts a label is set in: the same files as the PDF's (Vazirmatn
 * for Persian labels, Noto Sans SC for the others), stored on the printer under
 * these names, so every width measured here is the font's own.
 */
export const ZPL_FONTS = { vazirmatn: "E:VAZIRMTN.TTF", notoSansSc: "E:NOTOSCR.TTF" } as const;
export const DEFAULT_ZPL_FONT = ZPL_FONTS.notoSansSc;
const WIDTH = 812;
const HEIGHT = 1218;
const MARGIN = 24;
const INNER = WIDTH - 2 * MARGIN;
/** Dots per Code 128 module. */
const MODULE_DOTS = 3;
/** Labels rendered per pull of the stream. */
const LABELS_PER_CHUNK = 50;
/** What marks text cut at the end (only when it fits in no way at the smallest size). */
const CUT = "...";

/**
 * Field data for `^FH_`: the command prefixes, the escape character and the
 * backslash (which `^FB` reads as a line break before "&") as hex escapes.
 */
export function zplField(text: string): string {
  return printable(text).replace(/[_^~\\]/g, (char) => `_${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/** A line laid out in rows: the rows, the character height in dots, and whether it had to be cut. */
export interface ZplText {
  rows: string[];
  height: number;
  cut: boolean;
}

/**
 * Sets text in a box of `width` dots and up to `rows` rows: at `height` on one
 * row; else wrapped where Unicode allows (UAX #14) over the rows; else in
 * smaller type down to `minHeight`; cut with "..." only when nothing else fits.
 * Widths are the printer font's own advance widths (shaped, for Persian).
 */
export function zplText(text: string, style: TextStyle, width: number, height: number, rows = 1, minHeight = Math.round(height * 0.7)): ZplText {
  const clean = printable(text);
  const fits = (line: string, h: number) => layoutLine(line, style).width * h <= width;
  for (let h = height; h >= minHeight; h -= 2) {
    if (fits(clean, h)) return { rows: [clean], height: h, cut: false };
    if (rows > 1) {
      const wrapped = wrapLine(clean, style, width, h, rows);
      if (wrapped.every((line) => fits(line, h))) return { rows: wrapped, height: h, cut: false };
    }
  }
  const fitted = fitLine(clean, style, width, minHeight, minHeight);
  return { rows: [fitted.text.replace(/…$/, CUT)], height: minHeight, cut: fitted.text !== clean };
}

class ZplLabel {
  readonly lines: string[] = [];
  readonly style: TextStyle;
  /** Fields that had to be cut (tests count them). */
  cuts = 0;

  constructor(readonly rtl: boolean) {
    this.style = { direction: rtl ? "rtl" : "ltr", family: rtl ? "vazirmatn" : "notoSansSc", weight: "regular" };
  }

  /**
   * A text field across `width` dots from `x`, aligned to the reading start
   * unless told, over up to `rows` rows (^FB breaks its rows at each \\&).
   * Returns the rows used.
   */
  text(text: string, x: number, y: number, height: number, width: number, options: { align?: "L" | "R" | "C"; rows?: number; reverse?: boolean } = {}): number {
    const justify = options.align ?? (this.rtl ? "R" : "L");
    const set = zplText(text, this.style, width, height, options.rows ?? 1);
    if (set.cut) this.cuts++;
    this.field(set.rows, x, y, set.height, width, justify, options.reverse);
    return set.rows.length;
  }

  /** One ^FB field of rows already laid out; a row that does not fit at this height is set again (smaller, or cut). */
  field(rows: string[], x: number, y: number, height: number, width: number, justify: "L" | "R" | "C" = this.rtl ? "R" : "L", reverse = false): void {
    const set = rows.map((row) => zplText(row, this.style, width, height));
    if (set.some((row) => row.cut)) this.cuts++;
    const size = Math.min(...set.map((row) => row.height));
    const spacing = Math.round(size * 0.2);
    const data = set.map((row) => zplField(row.rows[0] ?? "")).join("\\&");
    this.lines.push(`^FO${Math.round(x)},${Math.round(y)}${reverse ? "^FR" : ""}^AZN,${size},${size}^FB${Math.round(width)},${rows.length},${spacing},${justify},0^FH_^FD${data}^FS`);
  }

  /** A word and a number: one field left to right, or in Persian the word on the right and the number on its own on the left. */
  pair(word: string, value: string, x: number, y: number, height: number, width: number): void {
    if (!this.rtl) {
      this.text(`${word}: ${value}`, x, y, height, width);
      return;
    }
    const wordWidth = Math.min(width / 2, layoutLine(`${word}:`, this.style).width * height + height);
    this.text(`${word}:`, x + width - wordWidth, y, height, wordWidth, { align: "R" });
    this.text(value, x, y, height, width - wordWidth - height / 2, { align: "L" });
  }

  box(x: number, y: number, width: number, height: number, thickness: number): void {
    this.lines.push(`^FO${x},${y}^GB${width},${height},${thickness}^FS`);
  }
}

/** Address rows gathered back into their lines. */
function addressLines(rows: ReturnType<typeof addressRows>): { rows: string[]; size: number }[] {
  const lines: { rows: string[]; size: number }[] = [];
  rows.forEach((row, i) => {
    if (i > 0 && rows[i - 1]?.line === row.line) lines[lines.length - 1]?.rows.push(row.text);
    else lines.push({ rows: [row.text], size: row.size });
  });
  return lines;
}

/** The printer font for a label: the file whose metrics its text was measured with. */
export function zplFontFor(rtl: boolean, options: ZplOptions): string {
  return options.font ?? (rtl ? ZPL_FONTS.vazirmatn : ZPL_FONTS.notoSansSc);
}

/** One label as a ZPL II format (`^XA` … `^XZ`). Throws a RangeError for a label that cannot be printed. */
export function labelZpl(label: LabelData, options: ZplOptions = {}): string {
  return labelZplWithCuts(label, options).zpl;
}

/** The ZPL of a label and how many of its fields had to be cut. */
export function labelZplWithCuts(label: LabelData, options: ZplOptions = {}): { zpl: string; cuts: number } {
  const texts = labelTexts(label);
  const { words } = texts;
  const rtl = texts.direction === "rtl";
  const font = zplFontFor(rtl, options);
  if (!/^[A-Z]:[A-Z0-9_.-]{1,40}$/i.test(font)) throw new RangeError(`Not a printer font file: "${font}"`);
  const z = new ZplLabel(rtl);
  const start = (width: number) => (rtl ? WIDTH - MARGIN - width : MARGIN);
  const end = (width: number) => (rtl ? MARGIN : WIDTH - MARGIN - width);

  // header: service, date, rule
  z.text(texts.service, start(INNER * 0.6), MARGIN, 52, INNER * 0.6);
  z.text(texts.date, end(INNER * 0.38), MARGIN + 16, 28, INNER * 0.38, { align: rtl ? "L" : "R" });
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
  // address lines over the rows the box leaves free, the place first and larger (after UPU S42)
  const room = Math.floor((toBottom - 100 - 316) / 40);
  const rows = addressRows(label.recipient.addressLines, room, (line, _weight, size, rowsLeft) => zplText(line, z.style, inside.width, size * 3.2, rowsLeft).rows);
  // the rows of one address line go into one ^FB field, broken where the layout broke them
  addressLines(rows).forEach((group, i, all) => {
    const y = 316 + all.slice(0, i).reduce((sum, g) => sum + g.rows.length, 0) * 40;
    z.field(group.rows, inside.x, y, Math.round(group.size * 3.2), inside.width);
  });
  z.pair(words.postalCode, label.recipient.postalCode, inside.x, toBottom - 90, 38, inside.width);
  z.pair(words.phone, label.recipient.phone, inside.x, toBottom - 46, 32, inside.width);

  // cash to collect: white on a black bar (^FR prints the field reversed)
  if (texts.cod) {
    z.box(MARGIN, codTop, INNER, 112, 112);
    z.text(words.cod, inside.x, codTop + 10, 30, inside.width, { reverse: true });
    z.text(texts.cod, inside.x, codTop + 44, 62, inside.width, { reverse: true });
  }

  // details beside the QR code (tracking number and order reference)
  const qrSize = 200;
  const details = INNER - qrSize - 16;
  const detailsX = rtl ? WIDTH - MARGIN - details : MARGIN;
  z.text(`${words.weight}: ${texts.weight}`, detailsX, 790, 34, details);
  z.pair(words.order, label.orderNumber, detailsX, 836, 30, details);
  if (label.routeDays) z.text(`${words.routeDays}: ${label.routeDays}`, detailsX, 876, 28, details, { rows: 2 });
  z.lines.push(`^FO${rtl ? MARGIN : WIDTH - MARGIN - qrSize},780^BQN,2,6^FH_^FDMA,${zplField(texts.qr)}^FS`);

  // the tracking number as Code 128 (the printer encodes it, code sets chosen automatically) and in writing
  const barcodeWidth = code128Bars(label.trackingNumber).modules * MODULE_DOTS;
  z.lines.push(`^FO${Math.max(0, Math.round((WIDTH - barcodeWidth) / 2))},990^BY${MODULE_DOTS},3,150^BCN,150,N,N,N,A^FD${label.trackingNumber}^FS`);
  z.text(label.trackingNumber, 0, 1150, 40, WIDTH, { align: "C" });

  const zpl = ["^XA", "^CI28", "^PA0,1,1,0", `^CWZ,${font}`, `^PW${WIDTH}`, `^LL${HEIGHT}`, "^LH0,0", ...z.lines, "^XZ", ""].join("\n");
  return { zpl, cuts: z.cuts };
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
