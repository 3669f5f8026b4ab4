import { describe, expect, it } from "vitest";
import { formatDate, formatWeight } from "./format";
import { formatMoney, moneyInputText, moneyInputValue, parseMoneyInput } from "./money";

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

describe("parseMoneyInput", () => {
  it("reads toman (with Persian digits and separators) as rials", () => {
    expect(parseMoneyInput("۱٬۳۰۰٬۰۰۰", "IRR")).toBe(13_000_000);
    expect(parseMoneyInput("1,300,000", "IRR")).toBe(13_000_000);
    expect(parseMoneyInput("1300000.5", "IRR")).toBeNull();
  });
  it("reads yuan with up to two decimals as fen", () => {
    expect(parseMoneyInput("39.9", "CNY")).toBe(3990);
    expect(parseMoneyInput("298", "CNY")).toBe(29_800);
    expect(parseMoneyInput("1.999", "CNY")).toBeNull();
  });
  it("reads đồng as is, and refuses what is not a positive price", () => {
    expect(parseMoneyInput("180.000".replace(".", ""), "VND")).toBe(180_000);
    expect(parseMoneyInput("0", "VND")).toBeNull();
    expect(parseMoneyInput("abc", "VND")).toBeNull();
    expect(parseMoneyInput("-5", "CNY")).toBeNull();
  });
  it("round-trips with moneyInputValue", () => {
    expect(moneyInputValue(13_000_000, "IRR")).toBe("1300000");
    expect(moneyInputValue(3990, "CNY")).toBe("39.90");
    expect(parseMoneyInput(moneyInputValue(3990, "CNY"), "CNY")).toBe(3990);
  });
});

describe("moneyInputText", () => {
  it("writes a price with the reader's digits and separators, and reads it back", () => {
    expect(moneyInputText(13_000_000, "IRR", "fa")).toBe("۱٬۳۰۰٬۰۰۰");
    expect(moneyInputText(180_000, "VND", "vi")).toBe("180.000");
    expect(moneyInputText(3990, "CNY", "zh")).toBe("39.90");
    expect(moneyInputText(1_234_500, "CNY", "en")).toBe("12,345.00");
    for (const [minor, currency] of [[13_000_000, "IRR"], [180_000, "VND"], [1_800_000, "VND"], [3990, "CNY"], [1_234_500, "CNY"]] as const) {
      for (const locale of ["fa", "zh", "vi", "en"] as const) {
        expect(parseMoneyInput(moneyInputText(minor, currency, locale), currency)).toBe(minor);
      }
    }
  });
  it("reads Vietnamese dots as thousands and Persian digits mixed with ASCII ones", () => {
    expect(parseMoneyInput("1.800.000", "VND")).toBe(1_800_000);
    expect(parseMoneyInput("۱۲,500", "IRR")).toBe(125_000);
    expect(parseMoneyInput("39,90", "CNY")).toBe(3990);
  });
});
