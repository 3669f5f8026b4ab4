import { getLocale, getTranslations } from "next-intl/server";
import { StoreLink } from "@/components/store-link";

export default async function NotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "notFound" });
  return (
    <div className="py-12 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-stone-600">{t("text")}</p>
      <StoreLink href="/" className="mt-6 inline-block rounded-lg bg-saffron-700 px-4 py-2 font-medium text-white">
        {t("home")}
      </StoreLink>
    </div>
  );
}
