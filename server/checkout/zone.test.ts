import { describe, expect, it } from "vitest";
import { isoDay, nextRouteDays, postageFor, upcomingDays, zoneBetween, type TariffRow } from "./zone";

describe("zoneBetween", () => {
  it("is same_county within one county, same_province within one province, else other_province", () => {
    expect(zoneBetween(["p1", "c1", "v1"], ["p1", "c1", "v2"])).toBe("same_county");
    expect(zoneBetween(["p1", "c1", "v1"], ["p1", "c2", "v9"])).toBe("same_province");
    expect(zoneBetween(["p1", "c1", "v1"], ["p2", "c1", "v1"])).toBe("other_province");
    expect(zoneBetween([], ["p2"])).toBe("other_province");
  });
});

describe("postageFor", () => {
  const tariff: TariffRow[] = [
    { zone: "same_county", maxWeightGrams: 1000, priceMinor: 400_000 },
    { zone: "same_county", maxWeightGrams: 5000, priceMinor: 700_000 },
    { zone: "other_province", maxWeightGrams: 1000, priceMinor: 900_000 },
    { zone: "other_province", maxWeightGrams: 5000, priceMinor: 1_500_000 },
  ];
  it("takes the lightest bracket that fits, bracket limits included", () => {
    expect(postageFor(tariff, "same_county", 1)).toBe(400_000);
    expect(postageFor(tariff, "same_county", 1000)).toBe(400_000);
    expect(postageFor(tariff, "same_county", 1001)).toBe(700_000);
    expect(postageFor(tariff, "other_province", 4999)).toBe(1_500_000);
  });
  it("has no price for a parcel heavier than every bracket, or a zone without rows", () => {
    expect(postageFor(tariff, "same_county", 5001)).toBeNull();
    expect(postageFor(tariff, "same_province", 100)).toBeNull();
  });
});

describe("nextRouteDays", () => {
  it("lists the next route days, today included", () => {
    // 2026-11-23 is a Monday
    const days = nextRouteDays([1, 3, 5], new Date("2026-11-23T10:00:00Z"), "UTC", 4).map((d) => d.toISOString().slice(0, 10));
    expect(days).toEqual(["2026-11-23", "2026-11-25", "2026-11-27", "2026-11-30"]);
  });
  it("is empty for a village with no route", () => {
    expect(nextRouteDays([], new Date(), "Asia/Tehran")).toEqual([]);
  });
});

describe("upcomingDays", () => {
  it("counts calendar days in the market's time zone, across a month's end", () => {
    const from = new Date("2026-11-29T22:00:00Z");
    // already the 30th in all three markets (UTC+3:30, +8, +7)
    for (const zone of ["Asia/Tehran", "Asia/Shanghai", "Asia/Ho_Chi_Minh"]) {
      expect(upcomingDays(from, zone, 3), zone).toEqual(["2026-11-30", "2026-12-01", "2026-12-02"]);
      expect(upcomingDays(from, zone, 2, 1), zone).toEqual(["2026-12-01", "2026-12-02"]);
    }
    expect(upcomingDays(from, "UTC", 2)).toEqual(["2026-11-29", "2026-11-30"]);
  });
  it("takes a route day as the market's day: a Monday route seen at 21:00 UTC on Sunday is Monday's in Tehran", () => {
    const sundayEvening = new Date("2026-11-29T21:00:00Z");
    expect(nextRouteDays([1], sundayEvening, "Asia/Tehran", 1).map(isoDay)).toEqual(["2026-11-30"]);
    expect(nextRouteDays([0], sundayEvening, "Asia/Tehran", 1).map(isoDay)).toEqual(["2026-12-06"]);
  });
});
