import { describe, expect, it } from "vitest";
import { formatHours, parseDays, parseHours } from "./hours";
import { hoursSpec } from "./points-admin";

describe("opening hours", () => {
  it("reads runs of days that wrap past Saturday, several intervals, and writes them back as typed", () => {
    const parsed = parseHours("sat-wed 08:00-14:00,16:00-18:00; thu 08:00-12:00");
    expect(parsed?.weekly).toEqual({
      "6": ["08:00-14:00", "16:00-18:00"],
      "0": ["08:00-14:00", "16:00-18:00"],
      "1": ["08:00-14:00", "16:00-18:00"],
      "2": ["08:00-14:00", "16:00-18:00"],
      "3": ["08:00-14:00", "16:00-18:00"],
      "4": ["08:00-12:00"],
    });
    expect(hoursSpec(parsed!.weekly)).toBe("sat-wed 08:00-14:00,16:00-18:00; thu 08:00-12:00");
    expect(hoursSpec(parseHours("mon-sat 09:00-12:00; sun 09:00-16:00")!.weekly)).toBe("mon-sat 09:00-12:00; sun 09:00-16:00");
    expect(hoursSpec(parseHours("Mon 09:00 - 12:00")!.weekly)).toBe("mon 09:00-12:00");
  });

  it("writes the hours in each language", () => {
    const { groups } = parseHours("sat-wed 08:00-14:00,16:00-18:00; thu 08:00-12:00")!;
    expect(formatHours(groups, "en")).toBe("Sat–Wed 08:00–14:00, 16:00–18:00; Thu 08:00–12:00");
    expect(formatHours(groups, "zh")).toBe("周六–周三 08:00–14:00，16:00–18:00；周四 08:00–12:00");
    expect(formatHours(groups, "fa")).toContain("شنبه");
    expect(formatHours(groups, "vi")).toContain("Thứ 7–Thứ 4");
  });

  it("refuses what is not hours: a day twice, an interval that ends first, a bad time or day", () => {
    for (const bad of ["", "every day", "mon-fri 08:00-14:00; wed 15:00-16:00", "mon 14:00-08:00", "mon 8-14", "mon 24:00-25:00", "xyz 08:00-09:00", "mon-fri"]) {
      expect(parseHours(bad), bad).toBeNull();
    }
  });

  it("reads closed days, sorted and without repeats, and refuses a day that does not exist", () => {
    expect(parseDays("2027-03-21;2027-03-20 2027-03-21")).toEqual(["2027-03-20", "2027-03-21"]);
    expect(parseDays("")).toEqual([]);
    expect(parseDays("2027-02-30")).toBeNull();
    expect(parseDays("tomorrow")).toBeNull();
  });
});
