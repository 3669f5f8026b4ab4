import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "footer" });
  return (
    <footer className="mt-12 border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-stone-600">{t("tagline")}</div>
    </footer>
  );
}
