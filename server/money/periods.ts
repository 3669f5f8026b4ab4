/**
 * Months in a market's calendar and time zone: Solar Hijri (Jalali) months in
 * Iran, Gregorian elsewhere, each starting at local midnight.
 */
export type Calendar = "persian" | "gregory";

export interface MonthPeriod {
  calendar: Calendar;
  year: number;
  /** 1–12 in the calendar */
  month: number;
  /** first instant of the month, local midnight, in UTC */
  start: Date;
  /** first instant of the next month */
  end: Date;
}

const DAY_MS = 86_400_000;

function parts(date: Date, calendar: Calendar, timeZone: string) {
  const fields = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, { timeZone, year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", hourCycle: "h23" }).formatToParts(date);
  const get = (type: string) => Number(fields.find((f) => f.type === type)?.value.replace(/\D/g, "") ?? NaN);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute") };
}

/** The calendar month (year, month) a moment falls in, in the zone. */
export function monthOf(date: Date, calendar: Calendar, timeZone: string): { year: number; month: number } {
  const p = parts(date, calendar, timeZone);
  return { year: p.year, month: p.month };
}

/** The UTC instant of local midnight on the day that contains `date` in the zone. */
function localMidnight(date: Date, timeZone: string): Date {
  const p = parts(date, "gregory", timeZone);
  let guess = new Date(date.getTime() - (p.hour * 60 + p.minute) * 60_000);
  guess = new Date(Math.floor(guess.getTime() / 60_000) * 60_000);
  // a zone whose offset changed that day: step until the local clock reads 00:00
  for (let i = 0; i < 4; i++) {
    const q = parts(guess, "gregory", timeZone);
    if (q.hour === 0 && q.minute === 0) break;
    guess = new Date(guess.getTime() - ((q.hour >= 12 ? q.hour - 24 : q.hour) * 60 + q.minute) * 60_000);
  }
  return guess;
}

/** The first local midnight at or after `from` that falls in (year, month) of the calendar. */
function firstDayOf(year: number, month: number, calendar: Calendar, timeZone: string, from: Date): Date {
  for (let day = 0; day < 80; day++) {
    const probe = new Date(from.getTime() + day * DAY_MS);
    const p = parts(probe, calendar, timeZone);
    if (p.year === year && p.month === month) return localMidnight(probe, timeZone);
  }
  throw new RangeError(`No month ${year}-${month} in the ${calendar} calendar near ${from.toISOString()}`);
}

/** A month of the calendar, with its bounds in UTC. */
export function monthPeriod(calendar: Calendar, timeZone: string, year: number, month: number): MonthPeriod {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Not a month: ${year}-${month}`);
  // a Gregorian day well before the month starts: Jalali year Y begins near 21 March of Y + 621
  const approx = calendar === "persian" ? Date.UTC(year + 621, 2, 21) + (month - 1) * 30.4 * DAY_MS : Date.UTC(year, month - 1, 1);
  const start = firstDayOf(year, month, calendar, timeZone, new Date(approx - 20 * DAY_MS));
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  const end = firstDayOf(next.year, next.month, calendar, timeZone, new Date(start.getTime() + 27 * DAY_MS));
  return { calendar, year, month, start, end };
}

/** The calendar a market's sellers read: Jalali for Persian readers or a market on it (markets.calendar), Gregorian otherwise. */
export function calendarFor(locale: string, marketCalendar: string): Calendar {
  return locale === "fa" || marketCalendar === "persian" ? "persian" : "gregory";
}

/** The month's name as the seller reads it, e.g. "آذر ۱۴۰۵" or "2026年11月". */
export function periodLabel(period: MonthPeriod, locale: string, timeZone: string): string {
  const tag = locale === "fa" ? "fa-IR-u-ca-persian" : `${locale}-u-ca-${period.calendar}`;
  return new Intl.DateTimeFormat(tag, { timeZone, year: "numeric", month: "long" }).format(new Date(period.start.getTime() + 2 * DAY_MS));
}
