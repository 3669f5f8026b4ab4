import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/link";

/** A page the person's role does not allow (answered with status 403), in their language. */
export default async function Forbidden() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "forbidden" });
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4 py-12 text-center" data-testid="forbidden">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700">{t("text")}</p>
      <Link href="/" className="inline-flex min-h-12 items-center justify-center self-center rounded-lg bg-saffron-700 px-5 py-2 font-medium text-white">
        {t("home")}
      </Link>
    </div>
  );
}
