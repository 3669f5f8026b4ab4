/**
 * Barcodes drawn as vectors: Code 128 bars (encoded here) and QR
 * modules (encoded by qrcode) merged into horizontal runs, each symbol one
 * filled path.
 */
import QRCode from "qrcode";
import { num, type Canvas } from "./canvas";

/** A bar, in modules from the left edge of the symbol. */
export interface Bar {
  x: number;
  width: number;
}

export interface Code128 {
  /** Width of the symbol in modules, without quiet zones. */
  modules: number;
  bars: Bar[];
}

/** A square of modules, row by row; 1 is dark. */
export interface QrMatrix {
  size: number;
  modules: Uint8Array;
}

/** Bar and space widths of the Code 128 symbol characters 0–106 (103–105 start A, B, C; 106 stop). */
const CODE128_PATTERNS = (
  "212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 221312 231212 112232 122132 122231 113222 " +
  "123122 123221 223211 221132 221231 213212 223112 312131 311222 321122 321221 312212 322112 322211 212123 212321 " +
  "232121 111323 131123 131321 112313 132113 132311 211313 231113 231311 112133 112331 132131 113123 113321 133121 " +
  "313121 211331 231131 213113 213311 213131 311123 311321 331121 312113 312311 332111 314111 221411 431111 111224 " +
  "111422 121124 121421 141122 141221 112214 112412 122114 122411 142112 142211 241211 221114 413111 241112 134111 " +
  "111242 121142 121241 114212 124112 124211 411212 421112 421211 212141 214121 412121 111143 111341 131141 114113 " +
  "114311 411113 411311 113141 114131 311141 411131 211412 211214 211232 2331112"
)
  .split(" ")
  .map((pattern) => Array.from(pattern, Number));
const START_B = 104;
const START_C = 105;
const CODE_B = 100;
const CODE_C = 99;
const STOP = 106;

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** Digits in a row from `at`. */
function digitRun(text: string, at: number): number {
  let end = at;
  while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  return end - at;
}

/**
 * The symbol characters of a text (ISO/IEC 15417 Annex E): set C, two digits a
 * character, for four or more digits at the start or end and six or more
 * inside; set B for the rest (printable ASCII); an odd run of digits leaves its
 * first digit in set B.
 */
function code128Values(text: string): number[] {
  const values: number[] = [];
  let set: "B" | "C";
  let i = 0;
  const lead = digitRun(text, 0);
  if (lead === text.length ? lead === 2 || lead >= 4 : lead >= 4) {
    set = "C";
    values.push(START_C);
  } else {
    set = "B";
    values.push(START_B);
  }
  while (i < text.length) {
    if (set === "C") {
      if (digitRun(text, i) >= 2) {
        values.push(Number(text.slice(i, i + 2)));
        i += 2;
        continue;
      }
      set = "B";
      values.push(CODE_B);
    }
    const run = digitRun(text, i);
    const atEnd = i + run === text.length;
    if (run >= (atEnd ? 4 : 6)) {
      if (run % 2 === 1) {
        values.push(text.charCodeAt(i) - 32);
        i++;
      }
      set = "C";
      values.push(CODE_C);
      continue;
    }
    values.push(text.charCodeAt(i) - 32);
    i++;
  }
  let check = values[0] ?? 0;
  for (let k = 1; k < values.length; k++) check += k * (values[k] ?? 0);
  values.push(check % 103, STOP);
  return values;
}

const symbols128 = new Map<string, Code128>();

/** The bars of a Code 128 symbol, from the encoding above (a manifest's number repeats on every page: kept). */
export function code128Bars(text: string): Code128 {
  if (text === "" || !/^[\x20-\x7e]+$/.test(text)) throw new RangeError(`Code 128 labels take printable ASCII, got "${text}"`);
  const known = symbols128.get(text);
  if (known) return known;
  const bars: Bar[] = [];
  let x = 0;
  for (const value of code128Values(text)) {
    const pattern = CODE128_PATTERNS[value] ?? [];
    // widths alternate bar, space, bar…, starting with a bar
    pattern.forEach((width, i) => {
      if (i % 2 === 0) bars.push({ x, width });
      x += width;
    });
  }
  const symbol = { modules: x, bars };
  if (symbols128.size > 64) symbols128.clear();
  symbols128.set(text, symbol);
  return symbol;
}

/** Characters of the QR code's alphanumeric mode: a label's tracking and order numbers need nothing else. */
const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]+$/;

/**
 * Every QR mask is valid and reads alike; choosing the best of eight by their
 * penalty scores took most of the symbol's time, and a label's QR code is
 * short, alphanumeric and printed with a wide quiet zone.
 */
const QR_MASK = 2;

/** The QR symbol of a text at error correction level M; a RangeError when the text is too long for a label. */
export function encodeQr(text: string): QrMatrix {
  if (text.length > 120) throw new RangeError(`Too long for a label's QR code: ${text.length} characters`);
  // one alphanumeric segment when it can be: no search for the best split, and a smaller symbol
  const { modules } = QRCode.create(ALPHANUMERIC.test(text) ? [{ data: text, mode: "alphanumeric" }] : text, { errorCorrectionLevel: "M", maskPattern: QR_MASK });
  // the matrix's data is already one byte a module, 1 for dark
  return { size: modules.size, modules: modules.data };
}

/** Printer dot of a 203-dpi thermal printer in points: bars on whole dots print sharp. */
export const THERMAL_DOT = 72 / 203;
/** Code 128 wants ten modules of quiet zone on each side. */
const QUIET_MODULES = 10;

/**
 * Draws the Code 128 symbol centred in the box (quiet zones inside the box),
 * with a module width of whole printer dots when there is room. Returns the module width.
 */
export function drawCode128(canvas: Canvas, symbol: Code128, box: { x: number; y: number; width: number; height: number }): number {
  const fit = box.width / (symbol.modules + 2 * QUIET_MODULES);
  const moduleWidth = fit >= THERMAL_DOT ? Math.floor(fit / THERMAL_DOT) * THERMAL_DOT : fit;
  const left = box.x + (box.width - symbol.modules * moduleWidth) / 2;
  // bars in whole modules, scaled horizontally by the module width
  const height = num(box.height);
  let ops = `q ${num(moduleWidth)} 0 0 1 ${num(left)} ${num(box.y)} cm 0 g`;
  for (const bar of symbol.bars) ops += `\n${bar.x} 0 ${bar.width} ${height} re`;
  canvas.op(`${ops}\nf Q`);
  return moduleWidth;
}

/**
 * The QR matrix as the samples of a one-bit image, a row per line of
 * hexadecimal (each row starts on a byte, 1 for dark), ended by ">" as
 * ASCIIHexDecode wants: about a hundred bytes for a label's symbol, where
 * a rectangle per run of modules took over a kilobyte of page content.
 */
export function qrMaskHex(matrix: QrMatrix): string {
  const { size, modules } = matrix;
  const rowBytes = Math.ceil(size / 8);
  let hex = "";
  for (let y = 0; y < size; y++) {
    for (let byte = 0; byte < rowBytes; byte++) {
      let value = 0;
      for (let bit = 0; bit < 8; bit++) {
        const x = byte * 8 + bit;
        if (x < size && modules[y * size + x] === 1) value |= 0x80 >> bit;
      }
      hex += HEX[value];
    }
  }
  return `${hex}>`;
}

const HEX = Array.from({ length: 256 }, (_, value) => value.toString(16).padStart(2, "0"));

/**
 * Draws the QR code of the text in a square (four modules of quiet zone inside
 * it) as an image mask, one sample per module: painted in the fill colour,
 * without smoothing, so the modules print as sharp squares at any size.
 */
export function drawQr(canvas: Canvas, text: string, box: { x: number; y: number; size: number }): void {
  const matrix = encodeQr(text);
  const moduleWidth = box.size / (matrix.size + 8);
  const side = moduleWidth * matrix.size;
  // the image's first row goes at the top of the symbol on the top-down page
  canvas.op(`q ${num(side)} 0 0 ${num(-side)} ${num(box.x + 4 * moduleWidth)} ${num(box.y + 4 * moduleWidth + side)} cm 0 g`);
  canvas.op(`BI /W ${matrix.size} /H ${matrix.size} /IM true /BPC 1 /D [1 0] /F /AHx ID\n${qrMaskHex(matrix)}\nEI Q`);
}
