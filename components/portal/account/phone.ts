import { asciiDigits } from "@/lib/digits";
import type { Locale } from "@/lib/locales";

/** A market's country as the phone forms offer it (markets are data: the list comes from the markets table). */
export interface PhoneCountry {
  /** the libphonenumber region the sign-in API takes, e.g. the market's phone_region */
  region: string;
  /** the market's name in the reader's language */
  name: string;
  /** the international calling code, digits only */
  dialCode: string;
  /** the page language whose readers most likely have a number of this country */
  defaultLocale: string;
}

export type MarketRegion = string;

/** The country a phone number most likely belongs to, from the page's language: the market that speaks it, else the first. */
export function defaultRegion(locale: Locale, countries: readonly PhoneCountry[]): MarketRegion {
  return (countries.find((c) => c.defaultLocale === locale) ?? countries[0])?.region ?? "";
}

export function isMarketRegion(value: string, countries: readonly PhoneCountry[]): boolean {
  return countries.some((c) => c.region === value);
}

/** The market of an E.164 number (by its calling code), if it is one of ours. */
export function regionOfPhone(e164: string | null | undefined, countries: readonly PhoneCountry[]): MarketRegion | undefined {
  if (!e164) return undefined;
  return countries.find((c) => e164.startsWith(`+${c.dialCode}`))?.region;
}

/** "+98" for a code written by hand, wrapped so it reads left to right inside Persian text. */
export function dialCodeLabel(country: PhoneCountry): string {
  return `\u2066+${country.dialCode}\u2069`;
}

/** Text kept left to right (a phone number) inside a right-to-left sentence. */
export function ltr(text: string): string {
  return `\u2066${text}\u2069`;
}

/**
 * A number as typed ("0915 123 4567", "۰۹۱۵…", "+98 915…", "0098…") in
 * international form for the admin API, which takes no country: local numbers
 * get the country's calling code in place of their leading trunk 0. The server checks it.
 */
export function internationalPhone(typed: string, country: PhoneCountry | undefined): string {
  const compact = asciiDigits(typed).replace(/[\s\-().]/g, "");
  if (compact.startsWith("+")) return compact;
  if (compact.startsWith("00")) return `+${compact.slice(2)}`;
  return country ? `+${country.dialCode}${compact.replace(/^0/, "")}` : compact;
}
