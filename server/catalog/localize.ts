import type { LocalizedText } from "@/db/schema";
import { locales, type Locale } from "@/lib/locales";

/** Text in the language it is actually written in: `locale` differs from the requested one on fallback. */
export interface Localized {
  text: string;
  locale: Locale;
}

/**
 * Picks the requested language, else the fallback (the seller's own language),
 * else any language present — so a missing translation shows, visibly marked,
 * rather than an empty space.
 */
export function localize(value: LocalizedText, locale: Locale, fallback: Locale = "en"): Localized {
  for (const candidate of [locale, fallback, ...locales]) {
    const text = value[candidate];
    if (text) return { text, locale: candidate };
  }
  return { text: "", locale };
}
