import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OperatorScreen } from "@/components/portal/operator/operator-screen";
import { pageLocale } from "@/lib/route-params";
import { requireSession } from "@/server/trpc/server";

interface OperatorPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: OperatorPageProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "operator" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * The postal staff screen, on a phone at the counter or on the route: scan a
 * parcel or a manifest, record what happened, see the day's pickups.
 * Signed-in people without the postal staff role get the forbidden page (403).
 */
export default async function OperatorPage({ params }: OperatorPageProps) {
  const locale = await pageLocale(params);
  const { user } = await requireSession(locale, "/operator");
  const t = await getTranslations({ locale, namespace: "operator" });
  if (user.role !== "operator" && user.role !== "admin") forbidden();
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-bold text-stone-900">{t("title")}</h1>
      <OperatorScreen locale={locale} />
    </div>
  );
}
