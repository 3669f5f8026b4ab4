import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/link";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/locales";
import { pageLocale } from "@/lib/route-params";
import { requireSession } from "@/server/trpc/server";
import { OwedEffects } from "@/components/portal/admin/owed-effects";
import { AdminPanel } from "./admin-panel";

interface AdminPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: AdminPageProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin" });
  return { title: t("title"), robots: { index: false } };
}

/** The tracking numbers left per market and service; a range running low is flagged so admins ask the operator for more in time. */
function TrackingRanges({
  ranges,
  locale,
  t,
}: {
  ranges: { marketCode: string; service: string; prefixes: string[]; remaining: number; low: boolean }[];
  locale: Locale;
  t: Awaited<ReturnType<typeof getTranslations<"admin">>>;
}) {
  const low = ranges.filter((r) => r.low);
  return (
    <section className="rounded-xl border border-stone-200 bg-white p-4" data-testid="tracking-ranges">
      <h2 className="mb-2 font-semibold">{t("ranges.title")}</h2>
      {low.length > 0 && (
        <p role="alert" className="mb-2 rounded-lg bg-red-50 p-3 text-red-900">
          {t("ranges.lowWarning", { count: low.length })}
        </p>
      )}
      <table className="w-full text-sm">
        <thead>
          <tr className="text-start text-stone-600">
            <th className="text-start font-medium">{t("ranges.market")}</th>
            <th className="text-start font-medium">{t("ranges.service")}</th>
            <th className="text-end font-medium">{t("ranges.remaining")}</th>
          </tr>
        </thead>
        <tbody>
          {ranges.map((r) => (
            <tr key={`${r.marketCode}-${r.service}`} className={r.low ? "font-semibold text-red-800" : ""}>
              <td>{r.marketCode}</td>
              <td>
                {t("ranges.serviceName", { service: r.service })} <bdi className="font-mono">{r.prefixes.join(", ")}</bdi>
              </td>
              <td className="text-end">
                {formatNumber(r.remaining, locale)}
                {r.low && <span className="ms-1">⚠ {t("ranges.low")}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Marketplace administration: shop reviews, roles and agents. Signed-in non-admins get the forbidden page (403). */
export default async function AdminPage({ params }: AdminPageProps) {
  const locale = await pageLocale(params);
  const { user, api } = await requireSession(locale, "/admin");
  const t = await getTranslations({ locale, namespace: "admin" });
  const tn = await getTranslations({ locale, namespace: "network.admin" });
  if (user.role !== "admin") forbidden();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold text-stone-900">{t("title")}</h1>
      <Link href="/admin/money" className="inline-flex min-h-11 w-fit items-center rounded-lg border border-stone-300 bg-white px-4 font-medium" data-testid="admin-money-link">
        {(await getTranslations({ locale, namespace: "finance.admin" }))("title")}
      </Link>
      <Link href="/admin/network" data-testid="network-link" className="inline-flex min-h-12 items-center font-medium text-saffron-700 underline">
        {tn("title")}
      </Link>
      <TrackingRanges ranges={await api.admin.trackingRanges()} locale={locale} t={t} />
      <OwedEffects {...await api.admin.owedEffects({ locale })} locale={locale} />
      <AdminPanel locale={locale} />
    </div>
  );
}
