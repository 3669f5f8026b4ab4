import { asciiDigits } from "./text";

const PERSIAN = new Intl.DateTimeFormat("en-u-ca-persian-nu-latn", { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" });

/** The Solar Hijri (Jalali) year, month and day of a Gregorian date (YYYY-MM-DD), from the platform's own calendar data. */
export function toJalali(isoDate: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return null;
  const parts = Object.fromEntries(PERSIAN.formatToParts(date).map((p) => [p.type, p.value]));
  return { year: Number.parseInt(parts.year ?? "", 10), month: Number(parts.month), day: Number(parts.day) };
}

/**
 * The Gregorian date (YYYY-MM-DD) of a Jalali date, or null for a day that does
 * not exist (Esfand 30 of a common year, month 13). Starts from the day's
 * place after Nowruz and settles it against the platform's calendar.
 */
export function fromJalali(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 2000 || month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) return null;
  const dayOfYear = (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
  const guess = Date.UTC(year + 621, 2, 20) + dayOfYear * 86_400_000;
  for (const offset of [0, 1, -1, 2, -2, 3, -3]) {
    const iso = new Date(guess + offset * 86_400_000).toISOString().slice(0, 10);
    const j = toJalali(iso);
    if (j && j.year === year && j.month === month && j.day === day) return iso;
  }
  return null;
}

/** A date typed the Persian way ("۱۴۰۵/۳/۱۵", Persian or ASCII digits, / - or . between) as YYYY-MM-DD; null when it is no date. */
export function parseJalaliInput(text: string): string | null {
  const match = /^\s*(\d{3,4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*$/.exec(asciiDigits(text));
  if (!match) return null;
  return fromJalali(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** YYYY-MM-DD as a Jalali date in Persian digits, "۱۴۰۵/۰۳/۱۵", for the field to show. */
export function jalaliInputValue(isoDate: string): string {
  const j = toJalali(isoDate);
  if (!j) return "";
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(j.year, 4)}/${pad(j.month, 2)}/${pad(j.day, 2)}`.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
}
