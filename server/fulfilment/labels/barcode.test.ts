import bwipjs from "bwip-js/node";
import { describe, expect, it } from "vitest";
import { formatS10 } from "../s10";
import { code128Bars, encodeQr, qrMaskHex } from "./barcode";

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

  it("encodes any printable text so that it reads back, in no more modules than bwip-js", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const alphabet = "0123456789".repeat(4) + "ABCXYZabz -/.()";
    // the symbol characters by their widths, as bwip-js draws them (a pair of digits in set C), to read the bars back
    const table = new Map<string, number>([
      ["114131", 100],
      ["311141", 101],
      ["411131", 102],
    ]);
    for (let value = 0; value < 100; value++) {
      const pair = String(value).padStart(2, "0");
      const [symbol] = bwipjs.raw("code128", pair + pair, {});
      table.set((symbol && "sbs" in symbol ? symbol.sbs : []).slice(6, 12).join(""), value);
    }
    for (let n = 0; n < 400; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 24) }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
      const widths = widthsOf(code128Bars(text).bars);
      const chars = Array.from({ length: (widths.length - 7) / 6 }, (_, i) => widths.slice(i * 6, i * 6 + 6).join(""));
      const starts: Record<string, "B" | "C"> = { "211214": "B", "211232": "C" };
      let set = starts[chars[0]!];
      expect(set, text).toBeDefined();
      const values = chars.map((c, i) => (i === 0 ? (set === "B" ? 104 : 105) : (table.get(c) ?? -1)));
      const data = values.slice(1, -1);
      expect(values.slice(0, -1).reduce((sum, v, i) => sum + (i === 0 ? v : i * v), 0) % 103, text).toBe(values.at(-1));
      let decoded = "";
      for (const value of data) {
        // set B: 99 is "code C"; set C: 100 is "code B", below it a pair of digits
        if (set === "B" && value === 99) set = "C";
        else if (set === "C" && value === 100) set = "B";
        else decoded += set === "C" ? String(value).padStart(2, "0") : String.fromCharCode(value + 32);
      }
      expect(decoded).toBe(text);
      const [reference] = bwipjs.raw("code128", text, {});
      const referenceModules = reference && "sbs" in reference ? reference.sbs.reduce((sum, w) => sum + w, 0) : 0;
      expect(code128Bars(text).modules, text).toBeLessThanOrEqual(referenceModules);
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

  it("writes the image mask's samples as exactly the dark modules, each row from a whole byte", () => {
    for (const text of ["CP100000057IR/VP-7K3Q-9XD2", "CP123456789CN/VP-2026000123", "EE000000000VN/VP-0"]) {
      const matrix = encodeQr(text);
      const hex = qrMaskHex(matrix);
      expect(hex.endsWith(">"), text).toBe(true);
      const bytes = Buffer.from(hex.slice(0, -1), "hex");
      const rowBytes = Math.ceil(matrix.size / 8);
      expect(bytes.length, text).toBe(rowBytes * matrix.size);
      const read = Array.from({ length: matrix.size * matrix.size }, (_, i) => {
        const [x, y] = [i % matrix.size, Math.floor(i / matrix.size)];
        return (bytes[y * rowBytes + (x >> 3)]! >> (7 - (x & 7))) & 1;
      });
      expect(read, text).toEqual(Array.from(matrix.modules));
    }
  });

  it("refuses data too long for a label's QR code", () => {
    expect(() => encodeQr("x".repeat(300))).toThrow(RangeError);
  });
});
