import { getTranslations } from "next-intl/server";
import type { Localized } from "@/server/catalog/localize";
import { localeNames, type Locale } from "@/lib/locales";

/** A visible note when seller text is not yet in the shopper's language. */
export async function FallbackNote({ value, pageLocale }: { value: Localized; pageLocale: Locale }) {
  if (value.locale === pageLocale) return null;
  const t = await getTranslations("translation");
  return (
    <p className="mt-1 inline-block rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900" data-testid="translation-fallback">
      {t("fallback", { language: localeNames[value.locale] })}
    </p>
  );
}
