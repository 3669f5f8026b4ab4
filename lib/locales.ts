/** The storefront languages. Persian is written right to left. */
export const locales = ["fa", "zh", "vi", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): "rtl" | "ltr" {
  return locale === "fa" ? "rtl" : "ltr";
}

/** Each language's own name, for the language switcher. */
export const localeNames: Record<Locale, string> = {
  fa: "فارسی",
  zh: "中文",
  vi: "Tiếng Việt",
  en: "English",
};
