import { asciiDigits } from "./digits";
import { NUMBER_LOCALE, numberFormat } from "./format";
import type { Locale } from "./locales";

/** An amount in the currency's minor unit (rial, fen, đồng) — always an integer. */
export interface Money {
  amountMinor: number;
  currency: string;
}

/**
 * Digits after the decimal point in the stored minor unit. IRR is kept in
 * whole rials and VND in whole đồng (neither is subdivided in practice).
 */
const EXPONENT: Record<string, number> = { IRR: 0, VND: 0, CNY: 2 };

export function currencyExponent(currency: string): number {
  return EXPONENT[currency] ?? new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** 1 toman = 10 rials: Iranians read prices in toman. */
const RIALS_PER_TOMAN = 10;

/**
 * Formats money for display. Iranian rials are shown in toman, as people
 * there read prices; `tomanTemplate` places the translated word around the
 * number (from the message catalog).
 */
export function formatMoney(money: Money, locale: Locale, tomanTemplate: (amount: string) => string): string {
  if (!Number.isInteger(money.amountMinor)) throw new TypeError(`Money must be an integer minor amount, got ${money.amountMinor}`);
  if (money.currency === "IRR") {
    const toman = money.amountMinor / RIALS_PER_TOMAN;
    const amount = numberFormat(NUMBER_LOCALE[locale], { maximumFractionDigits: 1 }).format(toman);
    return tomanTemplate(amount);
  }
  const exponent = currencyExponent(money.currency);
  return numberFormat(NUMBER_LOCALE[locale], {
    style: "currency",
    currency: money.currency,
    minimumFractionDigits: exponent === 0 ? 0 : undefined,
    maximumFractionDigits: exponent,
  }).format(money.amountMinor / 10 ** exponent);
}

/**
 * A price as a seller types it, in the unit they think in (toman for Iran,
 * yuan, đồng), as an integer in the stored minor unit — or null when it is not
 * a price. Accepts Persian digits and thousands separators.
 */
export function parseMoneyInput(text: string, currency: string): number | null {
  let cleaned = asciiDigits(text).trim().replace(/\s/g, "");
  // Vietnamese groups thousands with dots ("180.000"): in a currency without fractions a dot between groups of three is a separator
  if ((currency === "VND" || currency === "IRR") && /^\d{1,3}(\.\d{3})+$/.test(cleaned)) cleaned = cleaned.replace(/\./g, "");
  // a decimal comma (Vietnamese "39,90") after groups written with dots
  if (/^\d{1,3}(\.\d{3})*,\d{1,2}$/.test(cleaned)) cleaned = cleaned.replace(/\./g, "").replace(",", ".");
  cleaned = cleaned.replace(/[,٬'’]/g, "").replace(/٫/g, ".");
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const [whole = "0", fraction = ""] = cleaned.split(".");
  if (currency === "IRR") {
    if (fraction) return null; // toman are whole
    const rials = Number(whole) * RIALS_PER_TOMAN;
    return Number.isSafeInteger(rials) && rials > 0 ? rials : null;
  }
  const exponent = currencyExponent(currency);
  if (fraction.length > exponent) return null;
  const minor = Number(whole) * 10 ** exponent + Number(fraction.padEnd(exponent, "0") || "0");
  return Number.isSafeInteger(minor) && minor > 0 ? minor : null;
}

/** The inverse, for filling a form: minor units as the seller types them. */
export function moneyInputValue(amountMinor: number, currency: string): string {
  if (currency === "IRR") return String(amountMinor / RIALS_PER_TOMAN);
  const exponent = currencyExponent(currency);
  return exponent === 0 ? String(amountMinor) : (amountMinor / 10 ** exponent).toFixed(exponent);
}

/**
 * A price in a form field as the reader writes it, with their digits and
 * thousands separators ("۱٬۳۰۰٬۰۰۰" toman, "180.000" đồng, "39.90" yuan):
 * parseMoneyInput reads it back.
 */
export function moneyInputText(amountMinor: number, currency: string, locale: Locale): string {
  const exponent = currency === "IRR" ? 0 : currencyExponent(currency);
  const major = currency === "IRR" ? amountMinor / RIALS_PER_TOMAN : amountMinor / 10 ** exponent;
  return new Intl.NumberFormat(NUMBER_LOCALE[locale], { minimumFractionDigits: exponent, maximumFractionDigits: currency === "IRR" ? 1 : exponent }).format(major);
}
