/**
 * Barcodes drawn as vectors: Code 128 bars (encoded by bwip-js) and QR
 * modules (encoded by qrcode) merged into horizontal runs, each symbol one
 * filled path.
 */
import bwipjs from "bwip-js/node";
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

/** The bars of a Code 128 symbol (bwip-js picks the code sets and the check value). */
export function code128Bars(text: string): Code128 {
  if (text === "" || !/^[\x20-\x7e]+$/.test(text)) throw new RangeError(`Code 128 labels take printable ASCII, got "${text}"`);
  const [symbol] = bwipjs.raw("code128", text, {});
  if (!symbol || !("sbs" in symbol)) throw new RangeError(`No Code 128 symbol for "${text}"`);
  const bars: Bar[] = [];
  let x = 0;
  // widths alternate bar, space, bar…, starting with a bar
  symbol.sbs.forEach((width, i) => {
    if (i % 2 === 0) bars.push({ x, width });
    x += width;
  });
  return { modules: x, bars };
}

/** Characters of the QR code's alphanumeric mode: a label's tracking and order numbers need nothing else. */
const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]+$/;

/** The QR symbol of a text at error correction level M; a RangeError when the text is too long for a label. */
export function encodeQr(text: string): QrMatrix {
  if (text.length > 120) throw new RangeError(`Too long for a label's QR code: ${text.length} characters`);
  // one alphanumeric segment when it can be: no search for the best split, and a smaller symbol
  const { modules } = QRCode.create(ALPHANUMERIC.test(text) ? [{ data: text, mode: "alphanumeric" }] : text, { errorCorrectionLevel: "M" });
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
