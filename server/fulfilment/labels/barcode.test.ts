import bwipjs from "bwip-js/node";
import { describe, expect, it } from "vitest";
import { formatS10 } from "../s10";
import { code128Bars, encodeQr, qrRuns } from "./barcode";

const trackingNumbers = Array.from({ length: 50 }, (_, i) => formatS10(["CP", "RR", "EE", "LX"][i % 4]!, (i * 4_999_999 + 7) % 100_000_000, ["IR", "CN", "VN"][i % 3]!));

/** Bar and space widths again, from the bars the labels draw. */
function widthsOf(bars: { x: number; width: number }[]): number[] {
  const widths: number[] = [];
  let x = 0;
  for (const bar of bars) {
    if (bar.x > x) widths.push(bar.x - x);
    widths.push(bar.width);
    x = bar.x + bar.width;
  }
  return widths;
}

describe("Code 128", () => {
  it("draws every bar and space of the symbol, starting and ending with a bar", () => {
    for (const text of [...trackingNumbers, "MF-7K3Q-9XD2", "VP-2026000123"]) {
      const [symbol] = bwipjs.raw("code128", text, {});
      const { bars, modules } = code128Bars(text);
      expect(widthsOf(bars), text).toEqual(symbol && "sbs" in symbol ? symbol.sbs : []);
      expect(bars[0]?.x).toBe(0);
      const last = bars.at(-1)!;
      expect(last.x + last.width).toBe(modules);
      // the stop pattern ends every symbol: 2 3 3 1 1 1 2
      expect(widthsOf(bars).slice(-7)).toEqual([2, 3, 3, 1, 1, 1, 2]);
    }
  });

  it("is 11 modules a symbol character, 13 for the stop: an S10 number's nine digits pack two to a character", () => {
    const { modules } = code128Bars("CP100000057IR");
    expect((modules - 13) % 11).toBe(0);
    // fewer characters than the 13 letters and digits plus start, check and stop: set C was used
    expect((modules - 13) / 11).toBeLessThan(13 + 2);
  });

  it("refuses what Code 128 cannot carry", () => {
    expect(() => code128Bars("")).toThrow(RangeError);
    expect(() => code128Bars("کد")).toThrow(RangeError);
  });
});

describe("QR code", () => {
  it("holds the tracking number and order in a small symbol with finder patterns in three corners", () => {
    const matrix = encodeQr("CP100000057IR/VP-7K3Q-9XD2");
    // capitals and digits go in alphanumeric segments: version 2 (25 × 25) at level M, small enough to scan from a crumpled bag
    expect(matrix.size).toBe(25);
    const at = (x: number, y: number) => matrix.modules[y * matrix.size + x];
    for (const [x, y] of [
      [0, 0],
      [matrix.size - 7, 0],
      [0, matrix.size - 7],
    ] as const) {
      // a finder's outer ring is dark, the ring inside it light, its centre dark
      expect([at(x, y), at(x + 6, y + 6), at(x + 1, y + 1), at(x + 3, y + 3)]).toEqual([1, 1, 0, 1]);
    }
  });

  it("draws runs that cover exactly the dark modules", () => {
    const matrix = encodeQr("CP100000057IR/VP-7K3Q-9XD2");
    const drawn = new Uint8Array(matrix.size * matrix.size);
    for (const run of qrRuns(matrix)) for (let x = run.x; x < run.x + run.width; x++) drawn[run.y * matrix.size + x]! += 1;
    expect(Array.from(drawn)).toEqual(Array.from(matrix.modules));
  });

  it("refuses data too long for a label's QR code", () => {
    expect(() => encodeQr("x".repeat(300))).toThrow(RangeError);
  });
});
