import { getLocale, getTranslations } from "next-intl/server";
import { ForbiddenPage } from "@/components/forbidden-page";

/** The postal staff screen opened by someone who is not postal staff (status 403). */
export default async function StaffOnly() {
  const t = await getTranslations({ locale: await getLocale(), namespace: "operator" });
  return <ForbiddenPage title={t("staffOnly")} text={t("staffOnlyText")} home={t("home")} />;
}
