/** An exception to the weekly route days, as the calendar reads it. */
export interface DayException {
  day: string;
  kind: "holiday" | "cancelled" | "extra";
}

/** Today's date (YYYY-MM-DD) in a time zone: the market's day, not the server's. */
export function dayIn(timeZone: string, now = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** The calendar day `n` days after `day`. */
export function addDays(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/**
 * The next `count` route days from `first` (itself included), looking at most
 * `horizon` days ahead: a weekday of the route that is not a holiday or a
 * cancelled day, or an extra day. A holiday on a route day moves the round to
 * the next route day; nothing is invented in its place.
 */
export function routeDaysFrom(weekdays: readonly number[], exceptions: readonly DayException[], first: string, count: number, horizon = 60): string[] {
  const off = new Set(exceptions.filter((e) => e.kind !== "extra").map((e) => e.day));
  const extra = new Set(exceptions.filter((e) => e.kind === "extra").map((e) => e.day));
  const days: string[] = [];
  for (let i = 0; i < horizon && days.length < count; i++) {
    const day = addDays(first, i);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (extra.has(day) || (weekdays.includes(weekday) && !off.has(day))) days.push(day);
  }
  return days;
}
