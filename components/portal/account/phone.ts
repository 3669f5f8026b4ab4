import { asciiDigits } from "@/lib/digits";
import type { Locale } from "@/lib/locales";

/** The markets' countries, as the sign-in API takes them. */
export const REGIONS = ["IR", "CN", "VN"] as const;
export type MarketRegion = (typeof REGIONS)[number];

export const DIAL_CODES: Record<MarketRegion, string> = { IR: "98", CN: "86", VN: "84" };

const DEFAULT_REGION: Record<Locale, MarketRegion> = { fa: "IR", zh: "CN", vi: "VN", en: "IR" };

/** The country a phone number most likely belongs to, from the page's language. */
export function defaultRegion(locale: Locale): MarketRegion {
  return DEFAULT_REGION[locale];
}

export function isMarketRegion(value: string): value is MarketRegion {
  return (REGIONS as readonly string[]).includes(value);
}

/** The market of an E.164 number (+98…, +86…, +84…), if it is one of ours. */
export function regionOfPhone(e164: string | null | undefined): MarketRegion | undefined {
  if (!e164) return undefined;
  return REGIONS.find((region) => e164.startsWith(`+${DIAL_CODES[region]}`));
}

/** "+98 915…" for a code written by hand, wrapped so it reads left to right inside Persian text. */
export function dialCodeLabel(region: MarketRegion): string {
  return `\u2066+${DIAL_CODES[region]}\u2069`;
}

/** Text kept left to right (a phone number) inside a right-to-left sentence. */
export function ltr(text: string): string {
  return `\u2066${text}\u2069`;
}

/**
 * A number as typed ("0915 123 4567", "۰۹۱۵…", "+98 915…", "0098…") in
 * international form for the admin API, which takes no country: local numbers
 * get `region`'s code in place of their leading trunk 0. The server checks it.
 */
export function internationalPhone(typed: string, region: MarketRegion): string {
  const compact = asciiDigits(typed).replace(/[\s\-().]/g, "");
  if (compact.startsWith("+")) return compact;
  if (compact.startsWith("00")) return `+${compact.slice(2)}`;
  return `+${DIAL_CODES[region]}${compact.replace(/^0/, "")}`;
}
