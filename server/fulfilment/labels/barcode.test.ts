import bwipjs from "bwip-js/node";
import { describe, expect, it } from "vitest";
import { formatS10 } from "../s10";
import { code128Bars, code128Values, qrRuns } from "./barcode";
import { encodeQr, packedPenalty, penalty } from "./qr";

/** Bar and space widths, as bwip-js reports them (`sbs`), from the bars the labels draw. */
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

function bwipCode128(text: string): number[] {
  const [symbol] = bwipjs.raw("code128", text, {});
  if (!symbol || !("sbs" in symbol)) throw new Error("no bars");
  return symbol.sbs;
}

function bwipQr(text: string, mask?: number): { size: number; modules: number[] } {
  const [symbol] = bwipjs.raw("qrcode", text, mask === undefined ? "eclevel=M" : `eclevel=M mask=${mask + 1}`);
  if (!symbol || !("pixs" in symbol)) throw new Error("no modules");
  return { size: symbol.pixx, modules: symbol.pixs };
}

const trackingNumbers = Array.from({ length: 200 }, (_, i) => formatS10(["CP", "RR", "EE", "LX"][i % 4]!, (i * 4_999_999 + 7) % 100_000_000, ["IR", "CN", "VN"][i % 3]!));

describe("Code 128", () => {
  it("draws the same bars as bwip-js for tracking and manifest numbers", () => {
    for (const text of [...trackingNumbers, "MF-7K3Q-9XD2", "VP-2026000123", "A1234567", "ABC123456DEF", "1234", "123456", "12345", "x"]) {
      expect(widthsOf(code128Bars(text).bars), text).toEqual(bwipCode128(text));
    }
  });

  it("encodes an S10 number in code set B with its nine digits mostly in set C", () => {
    // start B, C, P, "1" in B, switch to C, 00 00 00 57, switch to B, I, R, check, stop
    const values = code128Values("CP100000057IR");
    expect(values.slice(0, 5)).toEqual([104, 35, 48, 17, 99]);
    expect(values.slice(5, 9)).toEqual([0, 0, 0, 57]);
    expect(values.slice(9, 12)).toEqual([100, 41, 50]);
    expect(values.at(-1)).toBe(106);
    const check = values.slice(0, -2).reduce((sum, v, i) => sum + v * Math.max(1, i), 0) % 103;
    expect(values.at(-2)).toBe(check);
    // 11 modules per value, 13 for the stop pattern
    expect(code128Bars("CP100000057IR").modules).toBe(11 * (values.length - 1) + 13);
  });

  it("refuses what a Code 128 label cannot carry", () => {
    expect(() => code128Values("")).toThrow(RangeError);
    expect(() => code128Values("کد")).toThrow(RangeError);
  });
});

describe("QR code", () => {
  it("matches bwip-js module for module with the same mask, versions 1 to 10", () => {
    const sizes = new Set<number>();
    for (let length = 1; length <= 210; length += 11) {
      const text = Array.from({ length }, (_, i) => String.fromCharCode(97 + ((i * 7 + length) % 26))).join("");
      for (let mask = 0; mask < 8; mask += 3) {
        const reference = bwipQr(text, mask);
        const ours = encodeQr(text, mask);
        sizes.add(ours.size);
        expect(ours.size, `${length} bytes`).toBe(reference.size);
        expect(Array.from(ours.modules), `${length} bytes, mask ${mask}`).toEqual(reference.modules);
      }
    }
    expect(Math.max(...sizes)).toBe(57); // version 10
  });

  it("chooses the mask with the lowest penalty among the eight", () => {
    for (const tracking of trackingNumbers.slice(0, 20)) {
      const text = `${tracking}|VP-2026000123`;
      const chosen = encodeQr(text);
      const scores = Array.from({ length: 8 }, (_, mask) => penalty(encodeQr(text, mask).modules, chosen.size));
      expect(penalty(chosen.modules, chosen.size)).toBe(Math.min(...scores));
      // bwip-js packs capitals and digit runs in denser modes, so compare with it on letters only
      const lower = text.toLowerCase().replace(/[^a-z]/g, (c) => String.fromCharCode(97 + (c.charCodeAt(0) % 26)));
      const candidates = Array.from({ length: 8 }, (_, mask) => bwipQr(lower, mask).modules.join(""));
      expect(candidates).toContain(Array.from(encodeQr(lower).modules).join(""));
    }
  });

  it("scores packed rows exactly as module by module", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (const size of [21, 25, 29, 32]) {
      for (let t = 0; t < 300; t++) {
        const density = random();
        const modules = Uint8Array.from({ length: size * size }, () => (random() < density ? 1 : 0));
        const y = Math.floor(random() * size);
        [1, 0, 1, 1, 1, 0, 1].forEach((v, k) => (modules[y * size + k + (t % (size - 7))] = v)); // a finder-like run
        const rows = new Int32Array(size);
        const columns = new Int32Array(size);
        modules.forEach((bit, i) => {
          rows[Math.floor(i / size)]! |= bit << i % size;
          columns[i % size]! |= bit << Math.floor(i / size);
        });
        expect(packedPenalty(rows, columns, size)).toBe(penalty(modules, size));
      }
    }
  });

  it("draws runs that cover exactly the dark modules", () => {
    const matrix = encodeQr("CP100000057IR|VP-2026000123");
    const drawn = new Uint8Array(matrix.size * matrix.size);
    for (const run of qrRuns(matrix)) for (let x = run.x; x < run.x + run.width; x++) drawn[run.y * matrix.size + x]! += 1;
    expect(Array.from(drawn)).toEqual(Array.from(matrix.modules));
  });

  it("refuses data too long for a label's QR code", () => {
    expect(() => encodeQr("x".repeat(300))).toThrow(RangeError);
  });
});
