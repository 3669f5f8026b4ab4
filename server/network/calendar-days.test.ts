import { describe, expect, it } from "vitest";
import { addDays, dayIn, routeDaysFrom } from "./calendar-days";

describe("route calendar days", () => {
  it("reads today in the market's time zone, not the server's", () => {
    // 22:00 UTC on 19 March is already 20 March in Tehran (+03:30) and still 19 March in UTC
    const now = new Date("2026-03-19T22:00:00Z");
    expect(dayIn("Asia/Tehran", now)).toBe("2026-03-20");
    expect(dayIn("UTC", now)).toBe("2026-03-19");
  });

  it("takes a route day as the market's day: a Monday route seen at 21:00 UTC on Sunday is Monday's in Tehran", () => {
    const today = dayIn("Asia/Tehran", new Date("2026-11-29T21:00:00Z"));
    expect(routeDaysFrom([1], [], today, 1)).toEqual(["2026-11-30"]);
    expect(routeDaysFrom([0], [], today, 1)).toEqual(["2026-12-06"]);
  });

  it("moves a round that falls on a holiday to the next route day", () => {
    // Saturday, Monday, Wednesday; Nowruz 2026 begins Friday 20 March, the days off run to 24 March
    const nowruz = ["2026-03-20", "2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24"].map((day) => ({ day, kind: "holiday" as const }));
    expect(routeDaysFrom([1, 3, 6], [], "2026-03-19", 3)).toEqual(["2026-03-21", "2026-03-23", "2026-03-25"]);
    expect(routeDaysFrom([1, 3, 6], nowruz, "2026-03-19", 3)).toEqual(["2026-03-25", "2026-03-28", "2026-03-30"]);
  });

  it("drops a cancelled day and adds an extra one", () => {
    const exceptions = [
      { day: "2026-02-16", kind: "cancelled" as const },
      { day: "2026-02-17", kind: "extra" as const },
    ];
    expect(routeDaysFrom([1, 3], exceptions, "2026-02-15", 3)).toEqual(["2026-02-17", "2026-02-18", "2026-02-23"]);
  });

  it("finds nothing for a village without route days, and counts across month and year ends", () => {
    expect(routeDaysFrom([], [], "2026-01-01", 3)).toEqual([]);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });
});
