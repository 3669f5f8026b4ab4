import { NUMBER_LOCALE } from "./format";
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
    const amount = new Intl.NumberFormat(NUMBER_LOCALE[locale], { maximumFractionDigits: 1 }).format(toman);
    return tomanTemplate(amount);
  }
  const exponent = currencyExponent(money.currency);
  return new Intl.NumberFormat(NUMBER_LOCALE[locale], {
    style: "currency",
    currency: money.currency,
    minimumFractionDigits: exponent === 0 ? 0 : undefined,
    maximumFractionDigits: exponent,
  }).format(money.amountMinor / 10 ** exponent);
}
