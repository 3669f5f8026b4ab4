import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format";
import { pageLocale } from "@/lib/route-params";
import { requireSession } from "@/server/trpc/server";
import { CalendarForm } from "./calendar-form";
import { NetworkImport } from "./network-import";
import { StaffForm } from "./staff-form";

interface NetworkPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: NetworkPageProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "network.admin" });
  return { title: t("title"), robots: { index: false } };
}

/** The postal network as admins run it: imports of the map, staff and counters, and the audit of every change. */
export default async function NetworkPage({ params }: NetworkPageProps) {
  const locale = await pageLocale(params);
  const { user, api } = await requireSession(locale, "/admin/network");
  const t = await getTranslations({ locale, namespace: "network" });
  if (user.role !== "admin") forbidden();
  const [markets, changes] = await Promise.all([api.network.markets(), api.network.changes()]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold text-stone-900">{t("admin.title")}</h1>
      <NetworkImport locale={locale} />
      <StaffForm markets={markets} />
      <CalendarForm markets={markets} locale={locale} />
      <section aria-labelledby="network-changes-title" className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-4">
        <h2 id="network-changes-title" className="text-xl font-semibold">
          {t("admin.auditTitle")}
        </h2>
        {changes.length === 0 ? (
          <p className="text-stone-600">{t("admin.auditEmpty")}</p>
        ) : (
          <ul className="flex flex-col divide-y divide-stone-200 text-sm" data-testid="network-changes">
            {changes.map((c) => (
              <li key={c.id} className="flex flex-wrap gap-x-3 py-2" data-action={c.action}>
                <span className="text-stone-600">{formatDateTime(c.at, locale)}</span>
                <span className="font-medium">{t(`actions.${c.action.replace(".", "_")}` as "actions.regions_import")}</span>
                <span>{c.actor ?? t("admin.auditSystem")}</span>
                <bdi dir="ltr" className="font-mono text-xs text-stone-700">
                  {JSON.stringify(c.detail)}
                </bdi>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
