import { getLocale, getTranslations } from "next-intl/server";
import { ForbiddenPage } from "@/components/forbidden-page";

/** An admin page opened by someone who is not an admin (status 403). */
export default async function AdminsOnly() {
  const t = await getTranslations({ locale: await getLocale(), namespace: "admin" });
  return <ForbiddenPage title={t("adminsOnly")} text={t("adminsOnlyText")} home={t("home")} />;
}
