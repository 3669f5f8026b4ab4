import { getTranslations } from "next-intl/server";
import { formatMoney, type Money } from "@/lib/money";
import type { Locale } from "@/lib/locales";

/** Server-side money formatter bound to the page's language and message catalog. */
export async function getMoneyFormatter(locale: Locale) {
  const t = await getTranslations({ locale, namespace: "money" });
  return (money: Money) => formatMoney(money, locale, (amount) => t("toman", { amount }));
}
