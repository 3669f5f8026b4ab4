import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FlowsView } from "@/components/portal/admin/flows-view";
import { pageLocale } from "@/lib/route-params";
import { requireSession } from "@/server/trpc/server";

interface FlowsPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: FlowsPageProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "network.flows" });
  return { title: t("title"), robots: { index: false } };
}

const month = (date: Date) => date.toISOString().slice(0, 7);

/** Flows per province and month for admins and the post (postal staff: their own market), the last twelve months by default. */
export default async function FlowsPage({ params }: FlowsPageProps) {
  const locale = await pageLocale(params);
  const { user, api } = await requireSession(locale, "/admin/flows");
  const t = await getTranslations({ locale, namespace: "network.flows" });
  if (user.role !== "admin" && user.role !== "operator") forbidden();
  const markets = await api.network.flowMarkets();
  const now = new Date();
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold text-stone-900">{t("title")}</h1>
      <FlowsView locale={locale} markets={markets} from={month(from)} to={month(now)} />
    </div>
  );
}
