import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RouteSheetView } from "@/components/portal/operator/route-sheet";
import { pageLocale } from "@/lib/route-params";
import { requireSession } from "@/server/trpc/server";

interface RoutePageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: RoutePageProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "operator.routeSheet" });
  return { title: t("title"), robots: { index: false } };
}

/** The postman's route sheet for a day, on the phone they take on the round; postal staff and admins only (others get 403). */
export default async function RouteSheetPage({ params }: RoutePageProps) {
  const locale = await pageLocale(params);
  const { user } = await requireSession(locale, "/operator/route");
  const t = await getTranslations({ locale, namespace: "operator" });
  if (user.role !== "operator" && user.role !== "admin") forbidden();
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-bold text-stone-900">{t("routeSheet.title")}</h1>
      <RouteSheetView locale={locale} />
    </div>
  );
}
