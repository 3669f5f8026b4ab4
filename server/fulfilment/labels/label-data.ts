/**
 * The data printed on a parcel label, the label's own words in the recipient's
 * language, and the formatting of its money, weight and date.
 */
import { formatDate, formatWeight } from "@/lib/format";
import { formatMoney } from "@/lib/money";
import { parseS10 } from "../s10";
import { cached, Lru } from "./cache";
import { printable, type Digits } from "./field-text";

export { printable } from "./field-text";

/** Languages a label can be printed in (the recipient's language). */
export type LabelLocale = "fa" | "zh" | "vi" | "en";

export const LABEL_LOCALES: readonly LabelLocale[] = ["fa", "zh", "vi", "en"];

/** Everything one parcel label shows. */
export interface LabelData {
  /** UPU S10, e.g. CP100000057IR. */
  trackingNumber: string;
  orderNumber: string;
  service: "parcel" | "registered" | "express";
  weightGrams: number;
  /** The destination market's label language (market data, not the shopper's screen): the post reads it. */
  locale: LabelLocale;
  sender: { name: string; village: string; phone: string };
  /** Address lines, the place first: village, county and province, then the landmark; or the service point and its address. */
  recipient: { name: string; addressLines: string[]; postalCode: string; phone: string };
  cashOnDelivery?: { amountMinor: number; currency: "IRR" | "CNY" | "VND" };
  /** E.g. "Mon · Wed · Fri", already localized. */
  routeDays?: string;
  date: Date;
  /** The market's time zone (IANA), for the date printed. */
  timeZone: string;
}

export interface LabelWords {
  from: string;
  to: string;
  cod: string;
  weight: string;
  service: string;
  routeDays: string;
  order: string;
  postalCode: string;
  phone: string;
  services: Record<LabelData["service"], string>;
}

/** The printed words of a label in each language (a printed document, not UI). */
export const LABEL_WORDS = {
  fa: {
    from: "فرستنده",
    to: "گیرنده",
    cod: "پرداخت در محل",
    weight: "وزن",
    service: "سرویس",
    routeDays: "روزهای توزیع",
    order: "سفارش",
    postalCode: "کد پستی",
    phone: "تلفن",
    services: { parcel: "امانت پستی", registered: "سفارشی", express: "پیشتاز" },
  },
  zh: {
    from: "寄件人",
    to: "收件人",
    cod: "货到付款",
    weight: "重量",
    service: "服务",
    routeDays: "投递日",
    order: "订单",
    postalCode: "邮编",
    phone: "电话",
    services: { parcel: "普通包裹", registered: "挂号", express: "特快" },
  },
  vi: {
    from: "Người gửi",
    to: "Người nhận",
    cod: "Thu hộ (COD)",
    weight: "Khối lượng",
    service: "Dịch vụ",
    routeDays: "Ngày phát",
    order: "Đơn hàng",
    postalCode: "Mã bưu chính",
    phone: "ĐT",
    services: { parcel: "Bưu kiện", registered: "Bảo đảm", express: "Chuyển phát nhanh" },
  },
  en: {
    from: "From",
    to: "To",
    cod: "Cash on delivery",
    weight: "Weight",
    service: "Service",
    routeDays: "Route days",
    order: "Order",
    postalCode: "Postcode",
    phone: "Tel",
    services: { parcel: "Parcel", registered: "Registered", express: "Express" },
  },
} as const satisfies Record<LabelLocale, LabelWords>;

/** The label's texts, formatted for its language; what both renderers print. */
export interface LabelTexts {
  direction: "rtl" | "ltr";
  /** The digits codes and numbers are shown in (Persian digits on a Persian label). */
  digits: Digits;
  words: LabelWords;
  service: string;
  weight: string;
  /** The amount to collect with its currency, or null without cash on delivery. */
  cod: string | null;
  date: string;
  /** What the QR code holds: tracking number and order reference. */
  qr: string;
}

const SERVICES: readonly LabelData["service"][] = ["parcel", "registered", "express"];
const COD_CURRENCIES: readonly string[] = ["IRR", "CNY", "VND"];
/** Heavier than any postal parcel: a typo, not a weight. */
const MAX_WEIGHT_GRAMS = 100_000;

/** Throws a RangeError when the label cannot be printed (bad tracking number, weight, amount, date or language). */
export function validateLabel(label: LabelData): void {
  if (typeof label.trackingNumber !== "string" || !parseS10(label.trackingNumber) || !/^[A-Z]{2}\d{9}[A-Z]{2}$/.test(label.trackingNumber)) {
    throw new RangeError(`Not a valid S10 tracking number: "${String(label.trackingNumber)}"`);
  }
  if (!Number.isFinite(label.weightGrams) || label.weightGrams <= 0 || label.weightGrams > MAX_WEIGHT_GRAMS) {
    throw new RangeError(`Bad weight: ${label.weightGrams} g`);
  }
  const cod = label.cashOnDelivery;
  if (cod && (!Number.isSafeInteger(cod.amountMinor) || cod.amountMinor <= 0 || !COD_CURRENCIES.includes(cod.currency))) {
    throw new RangeError(`Bad cash-on-delivery amount: ${cod.amountMinor} ${cod.currency}`);
  }
  if (!(label.date instanceof Date) || Number.isNaN(label.date.getTime())) throw new RangeError("Bad label date");
  if (!LABEL_LOCALES.includes(label.locale)) throw new RangeError(`No label words for "${label.locale}"`);
  if (!SERVICES.includes(label.service)) throw new RangeError(`Unknown postal service "${label.service}"`);
  if (printable(label.orderNumber) === "") throw new RangeError("A label needs its order number");
}

const isoDateFormats = new Map<string, Intl.DateTimeFormat>();

const isoDates = new Lru<string, string>(1024);
/** Every zone's offset is a multiple of a quarter hour, so the date is the same within one. */
const QUARTER_HOUR = 15 * 60 * 1000;

/** The day in the market's time zone, so a label printed late at night carries the local date. */
export function localIsoDate(date: Date, timeZone: string): string {
  return cached(isoDates, `${timeZone}|${Math.floor(date.getTime() / QUARTER_HOUR)}`, () => isoDateIn(date, timeZone));
}

function isoDateIn(date: Date, timeZone: string): string {
  let format = isoDateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    isoDateFormats.set(timeZone, format);
  }
  return format.format(date);
}

// Intl formatters are slow to build; a batch repeats the same weights, amounts and dates.
const formatted = new Lru<string, string>(4096);

/** Formats a label's words, money (IRR in toman), weight and market-calendar date. */
export function labelTexts(label: LabelData): LabelTexts {
  validateLabel(label);
  const { locale } = label;
  const words = LABEL_WORDS[locale];
  const cod = label.cashOnDelivery;
  const isoDate = localIsoDate(label.date, label.timeZone);
  return {
    direction: locale === "fa" ? "rtl" : "ltr",
    digits: locale === "fa" ? "arabext" : "latn",
    words,
    service: words.services[label.service],
    weight: cached(formatted, `w|${locale}|${label.weightGrams}`, () => formatWeight(label.weightGrams, locale)),
    cod: cod ? cached(formatted, `m|${locale}|${cod.currency}|${cod.amountMinor}`, () => formatMoney(cod, locale, tomanTemplate(locale))) : null,
    date: cached(formatted, `d|${locale}|${isoDate}`, () => formatDate(isoDate, locale)),
    qr: `${label.trackingNumber}/${printable(label.orderNumber)}`,
  };
}

/** Iranian amounts are printed in toman, the unit people there count in. */
export function tomanTemplate(locale: LabelLocale): (amount: string) => string {
  return locale === "fa" ? (amount) => `${amount} تومان` : (amount) => `${amount} toman`;
}
