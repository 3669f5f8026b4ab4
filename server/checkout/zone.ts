import { addDays, dayIn } from "../network/calendar-days";

/** Ids from province down to village: [province, county, village]. */
export type RegionPath = readonly string[];

export type Zone = "same_county" | "same_province" | "other_province";

/**
 * The tariff zone of a parcel from one village to another: within one county,
 * within one province, or beyond.
 */
export function zoneBetween(from: RegionPath, to: RegionPath): Zone {
  if (from[0] === undefined || to[0] === undefined || from[0] !== to[0]) return "other_province";
  if (from[1] !== undefined && from[1] === to[1]) return "same_county";
  return "same_province";
}

export interface TariffRow {
  zone: Zone;
  maxWeightGrams: number;
  priceMinor: number;
}

/** The postage of a parcel: the cheapest bracket of its zone that takes its weight, or null when it is too heavy for any. */
export function postageFor(tariff: readonly TariffRow[], zone: Zone, weightGrams: number): number | null {
  const fitting = tariff
    .filter((row) => row.zone === zone && row.maxWeightGrams >= weightGrams)
    .sort((a, b) => a.maxWeightGrams - b.maxWeightGrams);
  return fitting[0]?.priceMinor ?? null;
}

/** `count` calendar days as ISO dates, the first `offset` days after the day `from` falls on in the market's time zone (0: that day itself). */
export function upcomingDays(from: Date, timeZone: string, count: number, offset = 0): string[] {
  const first = dayIn(timeZone, from);
  return Array.from({ length: count }, (_, i) => addDays(first, i + offset));
}
