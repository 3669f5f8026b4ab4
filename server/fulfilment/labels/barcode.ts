/**
 * Barcodes drawn as vectors: Code 128 bars and QR modules merged into
 * horizontal runs, each symbol one filled path. Both encoders are checked
 * against bwip-js in the tests; bwip-js itself takes 0.1–2 ms a symbol, too
 * slow for batches of ten thousand labels.
 */
import { num, type Canvas } from "./canvas";
import { encodeQr, type QrMatrix } from "./qr";

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

/**
 * Bar and space widths of the Code 128 symbol values 0–106 (106 is the stop
 * pattern, with its final bar), from ISO/IEC 15417.
 */
const PATTERNS = (
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
const CODE_C = 99;
const CODE_B = 100;
const STOP = 106;

/** Symbol values: code set B for text, C for runs of digits (two per value), as bwip-js and most encoders choose. */
export function code128Values(text: string): number[] {
  if (text === "" || !/^[\x20-\x7e]+$/.test(text)) throw new RangeError(`Code 128 labels take printable ASCII, got "${text}"`);
  const digitsFrom = (i: number) => {
    let end = i;
    while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
    return end - i;
  };
  const values: number[] = [];
  let i = 0;
  const leading = digitsFrom(0);
  let set: "B" | "C" = leading >= 4 && (leading === text.length || leading % 2 === 0) ? "C" : "B";
  values.push(set === "C" ? START_C : START_B);
  while (i < text.length) {
    const run = digitsFrom(i);
    if (set === "C") {
      if (run >= 2) {
        values.push(Number(text.slice(i, i + 2)));
        i += 2;
        continue;
      }
      values.push(CODE_B);
      set = "B";
    }
    // digits worth code set C: four or more at the end, six or more elsewhere; an odd one goes first in B
    if (run >= 6 || (run >= 4 && i + run === text.length)) {
      if (run % 2 === 1) {
        values.push(text.charCodeAt(i) - 32);
        i++;
      }
      values.push(CODE_C);
      set = "C";
      continue;
    }
    values.push(text.charCodeAt(i) - 32);
    i++;
  }
  const check = values.reduce((sum, value, position) => sum + value * Math.max(1, position), 0) % 103;
  return [...values, check, STOP];
}

/** The bars of a Code 128 symbol. */
export function code128Bars(text: string): Code128 {
  const bars: Bar[] = [];
  let x = 0;
  for (const value of code128Values(text)) {
    (PATTERNS[value] ?? []).forEach((width, i) => {
      if (i % 2 === 0) bars.push({ x, width }); // bars and spaces alternate, a bar first
      x += width;
    });
  }
  return { modules: x, bars };
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
  canvas.op(`q ${num(moduleWidth)} 0 0 1 ${num(left)} ${num(box.y)} cm 0 g`);
  for (const bar of symbol.bars) canvas.op(`${bar.x} 0 ${bar.width} ${num(box.height)} re`);
  canvas.op("f Q");
  return moduleWidth;
}

/** Dark runs of a QR matrix, one rectangle per run of a row, in modules. */
export function qrRuns(matrix: QrMatrix): { x: number; y: number; width: number }[] {
  const runs: { x: number; y: number; width: number }[] = [];
  const { size, modules } = matrix;
  for (let y = 0; y < size; y++) {
    let start = -1;
    for (let x = 0; x <= size; x++) {
      const dark = x < size && modules[y * size + x] === 1;
      if (dark && start < 0) start = x;
      else if (!dark && start >= 0) {
        runs.push({ x: start, y, width: x - start });
        start = -1;
      }
    }
  }
  return runs;
}

/** Draws the QR code of the text in a square (four modules of quiet zone inside it). */
export function drawQr(canvas: Canvas, text: string, box: { x: number; y: number; size: number }): void {
  const matrix = encodeQr(text);
  const moduleWidth = box.size / (matrix.size + 8);
  // modules in whole units, scaled by the module size
  canvas.op(`q ${num(moduleWidth)} 0 0 ${num(moduleWidth)} ${num(box.x + 4 * moduleWidth)} ${num(box.y + 4 * moduleWidth)} cm 0 g`);
  for (const run of qrRuns(matrix)) canvas.op(`${run.x} ${run.y} ${run.width} 1 re`);
  canvas.op("f Q");
}
