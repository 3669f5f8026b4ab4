import { getLocale, getTranslations } from "next-intl/server";
import { ForbiddenPage } from "@/components/forbidden-page";

/** A page the person's role does not allow (answered with status 403), in their language. */
export default async function Forbidden() {
  const t = await getTranslations({ locale: await getLocale(), namespace: "forbidden" });
  return <ForbiddenPage title={t("title")} text={t("text")} home={t("home")} />;
}
