import { describe, expect, it } from "vitest";
import { fromJalali, jalaliInputValue, parseJalaliInput, toJalali } from "./jalali";

describe("Jalali dates", () => {
  it("converts known days both ways", () => {
    // Nowruz 1403 fell on 20 March 2024, Nowruz 1404 on 21 March 2025
    expect(toJalali("2024-03-20")).toEqual({ year: 1403, month: 1, day: 1 });
    expect(fromJalali(1403, 1, 1)).toBe("2024-03-20");
    expect(fromJalali(1404, 1, 1)).toBe("2025-03-21");
    expect(fromJalali(1402, 12, 29)).toBe("2024-03-19");
    expect(fromJalali(1403, 7, 1)).toBe("2024-09-22");
  });

  it("round-trips every day of several years", () => {
    for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2031, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const j = toJalali(iso);
      expect(j && fromJalali(j.year, j.month, j.day)).toBe(iso);
    }
  });

  it("refuses days that do not exist", () => {
    expect(fromJalali(1402, 12, 30)).toBeNull(); // 1402 is a common year
    expect(fromJalali(1403, 12, 30)).toBe("2025-03-20"); // 1403 is a leap year
    expect(fromJalali(1403, 13, 1)).toBeNull();
    expect(fromJalali(1403, 7, 31)).toBeNull();
  });

  it("reads what a person types, in either kind of digit", () => {
    expect(parseJalaliInput("۱۴۰۳/۱/۱")).toBe("2024-03-20");
    expect(parseJalaliInput("1403-01-01")).toBe("2024-03-20");
    expect(parseJalaliInput(" ۱۴۰۳.۰۷.۰۱ ")).toBe("2024-09-22");
    expect(parseJalaliInput("2024-03-20x")).toBeNull();
    expect(parseJalaliInput("سه شنبه")).toBeNull();
  });

  it("shows a date in Persian digits", () => {
    expect(jalaliInputValue("2024-03-20")).toBe("۱۴۰۳/۰۱/۰۱");
    expect(jalaliInputValue("not a date")).toBe("");
  });
});
