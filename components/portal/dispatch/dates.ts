import { formatDate, NUMBER_LOCALE } from "@/lib/format";
import type { Locale } from "@/lib/locales";

const weekdayFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A route day as a seller reads it: the weekday, and the date in the market's calendar (Jalali for Persian). */
export function dayLabel(isoDate: string, locale: Locale): { weekday: string; date: string } {
  let weekday = weekdayFormats.get(locale);
  if (!weekday) {
    weekday = new Intl.DateTimeFormat(NUMBER_LOCALE[locale], { weekday: "long", timeZone: "UTC" });
    weekdayFormats.set(locale, weekday);
  }
  return { weekday: weekday.format(new Date(`${isoDate}T00:00:00Z`)), date: formatDate(isoDate, locale) };
}

/** "08:00-11:00" as its two ends in the reader's digits ("۰۸:۰۰", "۱۱:۰۰" in Persian), for the catalog's "{from} – {to}". */
export function windowParts(window: string, locale: Locale): { from: string; to: string } {
  const digits = new Intl.NumberFormat(NUMBER_LOCALE[locale], { minimumIntegerDigits: 2, useGrouping: false });
  const [from = "", to = ""] = window.split("-").map((time) =>
    time
      .split(":")
      .map((part) => (/^\d+$/.test(part) ? digits.format(Number(part)) : part))
      .join(":"),
  );
  return { from, to };
}
