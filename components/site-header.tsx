import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/lib/locales";
import { LanguageSwitcher } from "./language-switcher";

/** Brand, a plain GET search form (works without JavaScript) and the language switcher. */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "nav" });
  const ts = await getTranslations({ locale, namespace: "search" });
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-saffron-700">
          {t("brand")}
        </Link>
        <div className="ms-auto">
          <LanguageSwitcher current={locale} label={t("language")} />
        </div>
        <form action={`/${locale}/search`} method="get" role="search" className="flex w-full gap-2">
          <label htmlFor="site-search" className="sr-only">
            {ts("label")}
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            required
            maxLength={100}
            placeholder={ts("placeholder")}
            className="min-w-0 flex-1 rounded-lg border border-stone-300 bg-white px-3 py-2 text-base"
          />
          <button type="submit" className="rounded-lg bg-saffron-700 px-4 py-2 font-medium text-white">
            {ts("submit")}
          </button>
        </form>
      </div>
    </header>
  );
}
