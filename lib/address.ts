import type { Locale } from "./locales";

/**
 * A place (province, county, village — largest first) written as each language
 * writes addresses: Chinese from the province down, without separators
 * (贵州省惠水县和平镇); Persian from the village up with the Persian comma;
 * Vietnamese and English from the village up with a comma.
 */
export function placeText(largestFirst: readonly string[], locale: Locale): string {
  const names = largestFirst.map((name) => name.trim()).filter((name) => name !== "");
  if (locale === "zh") return names.join("");
  return [...names].reverse().join(locale === "fa" ? "، " : ", ");
}
