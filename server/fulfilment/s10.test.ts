import { describe, expect, it } from "vitest";
import { formatS10, parseS10, s10CheckDigit } from "./s10";

describe("S10 check digit", () => {
  it("matches published identifiers", () => {
    expect(s10CheckDigit("47312482")).toBe(9); // RR473124829GB
    expect(s10CheckDigit("47110815")).toBe(1); // EE471108151FR
  });
  it("maps 10 to 0 and 11 to 5", () => {
    const sumOf = (s: string) => [8, 6, 4, 2, 3, 5, 9, 7].reduce((t, w, i) => t + w * Number(s[i]), 0);
    const tenCase = Array.from({ length: 2000 }, (_, n) => String(n).padStart(8, "0")).find((s) => sumOf(s) % 11 === 1)!;
    const elevenCase = Array.from({ length: 2000 }, (_, n) => String(n).padStart(8, "0")).find((s) => sumOf(s) % 11 === 0 && s !== "00000000")!;
    expect(s10CheckDigit(tenCase)).toBe(0);
    expect(s10CheckDigit(elevenCase)).toBe(5);
    expect(s10CheckDigit("00000000")).toBe(5);
  });
  it("refuses a serial that is not eight digits", () => {
    expect(() => s10CheckDigit("1234567")).toThrow(RangeError);
    expect(() => s10CheckDigit("1234567a")).toThrow(RangeError);
  });
});

describe("formatS10 and parseS10", () => {
  it("round-trips", () => {
    const id = formatS10("RR", 47_312_482, "GB");
    expect(id).toBe("RR473124829GB");
    expect(parseS10(id)).toEqual({ service: "RR", serial: "47312482", checkDigit: 9, country: "GB" });
    expect(formatS10("CP", 1, "IR")).toMatch(/^CP00000001\dIR$/);
  });
  it("accepts what a person types or a scanner reads", () => {
    expect(parseS10(" ee 471108151 fr ")?.serial).toBe("47110815");
  });
  it("rejects wrong check digits, shapes and characters", () => {
    for (const bad of ["RR473124828GB", "RR47312482GB", "R1473124829GB", "RR473124829G", "RR4731248290GB", "", "RR47312482XGB"]) {
      expect(parseS10(bad), bad).toBeNull();
    }
  });
  it("refuses to build out-of-range numbers", () => {
    expect(() => formatS10("RR", 100_000_000, "GB")).toThrow(RangeError);
    expect(() => formatS10("rr", 1, "GB")).toThrow(RangeError);
  });
});
