import type { Locale } from "./locales";

/** BCP 47 tags for number formatting: Persian digits for fa, regional conventions for the others. */
export const NUMBER_LOCALE: Record<Locale, string> = { fa: "fa-IR", zh: "zh-CN", vi: "vi-VN", en: "en" };

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * An Intl.NumberFormat, made once per language and options: making one costs
 * far more than formatting with it (a batch of labels formats thousands of
 * amounts and weights).
 */
export function numberFormat(tag: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tag, options);
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(NUMBER_LOCALE[locale]).format(value);
}

/** Weight for labels and variant lists: grams below a kilogram, kilograms above. */
export function formatWeight(grams: number, locale: Locale): string {
  const unit = grams >= 1000 ? "kilogram" : "gram";
  const value = grams >= 1000 ? grams / 1000 : grams;
  return numberFormat(NUMBER_LOCALE[locale], { style: "unit", unit, maximumFractionDigits: 2 }).format(value);
}

/** Dates in the market's calendar: the Solar Hijri (Jalali) calendar for Persian. */
export function formatDate(isoDate: string, locale: Locale): string {
  const tag = locale === "fa" ? "fa-IR-u-ca-persian" : NUMBER_LOCALE[locale];
  return new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** Date and time in the reader's calendar (Jalali for Persian), in UTC unless a zone is given. */
export function formatDateTime(date: Date, locale: Locale, timeZone = "UTC"): string {
  const tag = locale === "fa" ? "fa-IR-u-ca-persian" : NUMBER_LOCALE[locale];
  return new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}

/** A time of day "HH:MM" in the reader's digits (۰۸:۰۰ in Persian), 24-hour. */
export function formatTime(hhmm: string, locale: Locale): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!match) return hhmm;
  const date = new Date(Date.UTC(1970, 0, 1, Number(match[1]), Number(match[2])));
  return new Intl.DateTimeFormat(NUMBER_LOCALE[locale], { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" }).format(date);
}

/** A slot "09:00-12:00" as "۰۹:۰۰–۱۲:۰۰" on a Persian page (an en dash between the times). */
export function formatTimeRange(range: string, locale: Locale): string {
  const parts = range.split(/\s*[-–]\s*/);
  return parts.length === 2 ? `${formatTime(parts[0] ?? "", locale)}–${formatTime(parts[1] ?? "", locale)}` : range;
}
