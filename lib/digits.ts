import type { Locale } from "./locales";

export { asciiDigits } from "./text";

/** The digits each language writes numbers with: Persian pages use ۰–۹, the others ASCII. */
const ZERO: Partial<Record<Locale, number>> = { fa: 0x06f0 };

/**
 * ASCII digits in a text written elsewhere (opening hours like "08:00–11:00",
 * stored as typed) as the reader's digits: ۰۸:۰۰–۱۱:۰۰ on a Persian page.
 * Numbers the app formats itself go through Intl (lib/format.ts) instead.
 */
export function localizeDigits(text: string, locale: Locale): string {
  const zero = ZERO[locale];
  if (zero === undefined) return text;
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(zero + d.charCodeAt(0) - 48));
}
