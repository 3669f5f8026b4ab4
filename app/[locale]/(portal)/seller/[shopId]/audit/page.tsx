import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format";
import { formatPhone } from "@/lib/phone";
import { pageLocale } from "@/lib/route-params";
import { requireSession } from "@/server/trpc/server";

/** The owner's record of every change in the shop, agents' marked as on the owner's behalf. */
export default async function AuditPage({ params }: { params: Promise<{ locale: string; shopId: string }> }) {
  const locale = await pageLocale(params);
  const { shopId } = await params;
  const { api } = await requireSession(locale, `/seller/${shopId}/audit`);
  const [entries, t] = await Promise.all([api.seller.audit({ shopId }), getTranslations({ locale, namespace: "seller.audit" })]);
  return (
    <section>
      <h1 className="text-xl font-bold">{t("title")}</h1>
      <p className="mb-4 text-sm text-stone-600">{t("intro")}</p>
      {entries.length === 0 && <p className="text-stone-600">{t("empty")}</p>}
      <ol className="flex flex-col gap-2">
        {entries.map((entry) => (
          <li key={entry.id} className="rounded-lg border border-stone-200 bg-white p-3 text-sm" data-testid="audit-entry">
            <div className="flex flex-wrap justify-between gap-2">
              <span className="font-medium">{t("action", { action: entry.action.replace(".", "_") })}</span>
              <time dateTime={entry.at.toISOString()} className="text-stone-500">
                {formatDateTime(entry.at, locale)}
              </time>
            </div>
            <div className="text-stone-600">
              <bdi>{entry.actorPhone ? formatPhone(entry.actorPhone) : entry.actorName}</bdi> ·{" "}
              <span data-testid="acting-as">{entry.actingAs === "agent" ? t("byAgent") : t("byMember")}</span>
              {typeof entry.detail.name === "string" && <> · <bdi>{entry.detail.name}</bdi></>}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
