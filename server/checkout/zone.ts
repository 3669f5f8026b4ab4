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

/**
 * The calendar day `at` falls on in a time zone, as midnight UTC of that date:
 * 22:00 UTC on 29 November is already the 30th in Tehran, Shanghai and Hanoi.
 */
export function dayIn(at: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return new Date(Date.UTC(part("year"), part("month") - 1, part("day")));
}

/** The weekdays a village is served, as the next `count` dates on or after the day `from` falls on in the market's time zone. */
export function nextRouteDays(weekdays: readonly number[], from: Date, timeZone: string, count = 3): Date[] {
  const days: Date[] = [];
  if (weekdays.length === 0) return days;
  const cursor = dayIn(from, timeZone);
  for (let i = 0; i < 28 && days.length < count; i++) {
    if (weekdays.includes(cursor.getUTCDay())) days.push(new Date(cursor));
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return days;
}

/** A day as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `count` calendar days as ISO dates, the first `offset` days after the day `from` falls on in the market's time zone (0: that day itself). */
export function upcomingDays(from: Date, timeZone: string, count: number, offset = 0): string[] {
  const first = dayIn(from, timeZone).getTime();
  return Array.from({ length: count }, (_, i) => isoDay(new Date(first + (i + offset) * 86_400_000)));
}
