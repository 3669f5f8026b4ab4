import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import type { Locale } from "@/lib/locales";

/** What a signed-in person who is not an admin sees on an admin page. */
export async function AdminsOnly({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4 py-8 text-center">
      <h1 className="text-2xl font-bold text-stone-900">{t("adminsOnly")}</h1>
      <p className="text-stone-700">{t("adminsOnlyText")}</p>
      <Link href="/" className="inline-flex min-h-12 items-center justify-center font-medium text-saffron-700 underline">
        {t("home")}
      </Link>
    </div>
  );
}
