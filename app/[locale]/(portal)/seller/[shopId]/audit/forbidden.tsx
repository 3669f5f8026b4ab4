import { getLocale, getTranslations } from "next-intl/server";
import { ForbiddenPage } from "@/components/forbidden-page";

/** The shop's activity log opened by one of its agents or staff rather than its owner (status 403). */
export default async function OwnerOnly() {
  const locale = await getLocale();
  const [te, t] = await Promise.all([getTranslations({ locale, namespace: "errors" }), getTranslations({ locale, namespace: "forbidden" })]);
  return <ForbiddenPage title={te("ownerOnly")} text={t("text")} home={t("home")} />;
}
