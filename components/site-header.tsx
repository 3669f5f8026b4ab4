import { getTranslations } from "next-intl/server";
import { Link } from "./link";
import type { Locale } from "@/lib/locales";
import { LanguageSwitcher } from "./language-switcher";
import { SearchForm } from "./search-form";

/** Brand, a plain GET search form (works without JavaScript) and the language switcher. */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "nav" });
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-saffron-700">
          {t("brand")}
        </Link>
        <div className="ms-auto">
          <LanguageSwitcher current={locale} label={t("language")} />
        </div>
        <SearchForm locale={locale} id="site-search" />
      </div>
    </header>
  );
}
