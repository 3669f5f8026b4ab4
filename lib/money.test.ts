import { describe, expect, it } from "vitest";
import { formatDate, formatWeight } from "./format";
import { formatMoney } from "./money";

const toman = (amount: string) => `${amount} toman`;

describe("formatMoney", () => {
  it("shows Iranian rials as toman, with Persian digits in Persian", () => {
    expect(formatMoney({ amountMinor: 13_000_000, currency: "IRR" }, "fa", (a) => `${a} تومان`)).toBe("۱٬۳۰۰٬۰۰۰ تومان");
    expect(formatMoney({ amountMinor: 13_000_000, currency: "IRR" }, "en", toman)).toBe("1,300,000 toman");
  });

  it("shows yuan from fen with two decimals", () => {
    expect(formatMoney({ amountMinor: 3990, currency: "CNY" }, "zh", toman)).toBe("¥39.90");
    expect(formatMoney({ amountMinor: 29_800, currency: "CNY" }, "en", toman)).toBe("CN¥298.00");
  });

  it("shows đồng without a minor unit", () => {
    expect(formatMoney({ amountMinor: 180_000, currency: "VND" }, "vi", toman)).toBe("180.000\u00a0₫");
  });

  it("refuses a float", () => {
    expect(() => formatMoney({ amountMinor: 39.9, currency: "CNY" }, "en", toman)).toThrow(/integer/);
  });
});

describe("formatDate", () => {
  it("uses the Jalali calendar and Persian digits for Persian", () => {
    expect(formatDate("2026-10-20", "fa")).toBe("۲۸ مهر ۱۴۰۵");
  });
  it("uses the Gregorian calendar elsewhere", () => {
    expect(formatDate("2026-10-20", "en")).toBe("October 20, 2026");
    expect(formatDate("2026-10-20", "zh")).toBe("2026年10月20日");
  });
});

describe("formatWeight", () => {
  it("switches to kilograms at 1000 g", () => {
    expect(formatWeight(450, "en")).toBe("450 g");
    expect(formatWeight(2500, "en")).toBe("2.5 kg");
    expect(formatWeight(2500, "fa")).toBe("۲٫۵ کیلوگرم");
  });
});
