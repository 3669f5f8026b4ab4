import { describe, expect, it } from "vitest";
import { monthOf, monthPeriod, periodLabel } from "./periods";

describe("months in the market's calendar", () => {
  it("bounds a Jalali month at Tehran midnight", () => {
    // 1 Azar 1405 is 22 November 2026; 1 Dey 1405 is 22 December 2026 (Tehran has no daylight saving since 2022: UTC+3:30)
    const azar = monthPeriod("persian", "Asia/Tehran", 1405, 9);
    expect(azar.start.toISOString()).toBe("2026-11-21T20:30:00.000Z");
    expect(azar.end.toISOString()).toBe("2026-12-21T20:30:00.000Z");
    expect(periodLabel(azar, "fa", "Asia/Tehran")).toMatch(/^(آذر ۱۴۰۵|۱۴۰۵ آذر)$/);
    expect(monthOf(new Date("2026-12-03T12:00:00Z"), "persian", "Asia/Tehran")).toEqual({ year: 1405, month: 9 });
  });

  it("bounds the Jalali year's last month, of 29 or 30 days, and the first", () => {
    const esfand = monthPeriod("persian", "Asia/Tehran", 1404, 12);
    const farvardin = monthPeriod("persian", "Asia/Tehran", 1405, 1);
    expect(esfand.end.getTime()).toBe(farvardin.start.getTime());
    expect(farvardin.start.toISOString()).toBe("2026-03-20T20:30:00.000Z");
  });

  it("bounds Gregorian months in China and Vietnam", () => {
    const nov = monthPeriod("gregory", "Asia/Shanghai", 2026, 11);
    expect(nov.start.toISOString()).toBe("2026-10-31T16:00:00.000Z");
    expect(nov.end.toISOString()).toBe("2026-11-30T16:00:00.000Z");
    const dec = monthPeriod("gregory", "Asia/Ho_Chi_Minh", 2026, 12);
    expect(dec.end.toISOString()).toBe("2026-12-31T17:00:00.000Z");
    expect(periodLabel(nov, "zh", "Asia/Shanghai")).toBe("2026年11月");
  });

  it("refuses a month that is not one", () => {
    expect(() => monthPeriod("gregory", "UTC", 2026, 13)).toThrow(RangeError);
    expect(() => monthPeriod("persian", "UTC", 1405.5, 1)).toThrow(RangeError);
  });
});
