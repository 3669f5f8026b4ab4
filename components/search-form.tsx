import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";

import { MAX_QUERY_LENGTH } from "@/server/catalog/search.schema";

/** A plain GET form to /[locale]/search: works before any JavaScript has loaded. */
export async function SearchForm({ locale, id, defaultValue = "" }: { locale: Locale; id: string; defaultValue?: string }) {
  const t = await getTranslations({ locale, namespace: "search" });
  return (
    <form action={`/${locale}/search`} method="get" role="search" className="flex w-full gap-2">
      <label htmlFor={id} className="sr-only">
        {t("label")}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        required
        maxLength={MAX_QUERY_LENGTH}
        defaultValue={defaultValue}
        placeholder={t("placeholder")}
        className="min-w-0 flex-1 rounded-lg border border-stone-300 bg-white px-3 py-2 text-base"
      />
      <button type="submit" className="rounded-lg bg-saffron-700 px-4 py-2 font-medium text-white">
        {t("submit")}
      </button>
    </form>
  );
}
