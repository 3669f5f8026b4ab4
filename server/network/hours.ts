import type { WeeklyHours } from "@/db/schema";
import { locales, type Locale } from "@/lib/locales";
import type { LocalizedText } from "@/db/schema";

const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** One part of an hours line as written: a day or run of days and its time intervals. */
export interface HoursGroup {
  first: number;
  last: number;
  intervals: string[];
}

export interface ParsedHours {
  groups: HoursGroup[];
  weekly: WeeklyHours;
}

function minutes(time: string): number {
  const [h = "0", m = "0"] = time.split(":");
  return Number(h) * 60 + Number(m);
}

/**
 * Reads opening hours written as `sat-wed 08:00-14:00,16:00-18:00; thu 08:00-12:00`:
 * a day or a run of days (it may wrap past Saturday), then one or more
 * intervals. Null when any part is not of that form, an interval ends before
 * it starts, or a day is named twice.
 */
export function parseHours(value: string): ParsedHours | null {
  const groups: HoursGroup[] = [];
  const weekly: WeeklyHours = {};
  const parts = value
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 7) return null;
  for (const part of parts) {
    const match = /^([a-z]{3})(?:\s*-\s*([a-z]{3}))?\s+(.+)$/i.exec(part);
    if (!match) return null;
    const first = DAYS.indexOf((match[1] ?? "").toLowerCase() as (typeof DAYS)[number]);
    const last = match[2] ? DAYS.indexOf(match[2].toLowerCase() as (typeof DAYS)[number]) : first;
    if (first < 0 || last < 0) return null;
    const intervals = (match[3] ?? "").split(",").map((i) => i.trim().replace(/\s*-\s*/, "-"));
    if (intervals.length > 4) return null;
    for (const interval of intervals) {
      const [from = "", to = ""] = interval.split("-");
      if (!TIME.test(from) || !TIME.test(to) || minutes(from) >= minutes(to)) return null;
    }
    for (let day = first, steps = 0; steps < 7; day = (day + 1) % 7, steps++) {
      const key = String(day) as keyof WeeklyHours;
      if (weekly[key]) return null;
      weekly[key] = intervals;
      if (day === last) break;
    }
    groups.push({ first, last, intervals });
  }
  return { groups, weekly };
}

/** The hours line in a reader's language, e.g. "Sat–Wed 08:00–14:00, 16:00–18:00; Thu 08:00–12:00". */
export function formatHours(groups: readonly HoursGroup[], locale: Locale): string {
  const weekday = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  // 2023-01-01 was a Sunday
  const dayName = (day: number) => weekday.format(new Date(Date.UTC(2023, 0, 1 + day)));
  const separator = locale === "fa" ? "؛ " : locale === "zh" ? "；" : "; ";
  const comma = locale === "fa" ? "، " : locale === "zh" ? "，" : ", ";
  return groups
    .map((g) => `${g.first === g.last ? dayName(g.first) : `${dayName(g.first)}–${dayName(g.last)}`} ${g.intervals.map((i) => i.replace("-", "–")).join(comma)}`)
    .join(separator);
}

/** The hours line in every language, as service points keep it. */
export function hoursText(groups: readonly HoursGroup[]): LocalizedText {
  return Object.fromEntries(locales.map((l) => [l, formatHours(groups, l)])) as LocalizedText;
}

/** Days written as `2027-03-20;2027-03-21`, sorted and without repeats; null when one is not a real date. */
export function parseDays(value: string): string[] | null {
  const days = new Set<string>();
  for (const token of value.split(/[;,\s]+/).filter(Boolean)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(token)) return null;
    const d = new Date(`${token}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== token) return null;
    days.add(token);
  }
  if (days.size > 366) return null;
  return [...days].sort();
}
