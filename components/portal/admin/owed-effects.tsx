import { getTranslations } from "next-intl/server";
import { formatDateTime, formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/locales";
import type { OpenJob } from "@/server/outbox/open-jobs";

/** Refunds, messages and other side effects still owed after a failure: a shopper waiting for money back is never invisible. */
export async function OwedEffects({ jobs, locale, timeZone }: { jobs: OpenJob[]; locale: Locale; timeZone: string }) {
  const t = await getTranslations({ locale, namespace: "admin.owed" });
  return (
    <section className="rounded-xl border border-stone-200 bg-white p-4" data-testid="owed-effects" aria-labelledby="owed-effects-title">
      <h2 id="owed-effects-title" className="mb-2 font-semibold">
        {t("title")}
      </h2>
      {jobs.length === 0 ? (
        <p className="text-stone-600">{t("none")}</p>
      ) : (
        <table className="w-full text-sm">
          <thead>
            <tr className="text-stone-600">
              <th className="text-start font-medium">{t("what")}</th>
              <th className="text-end font-medium">{t("tries")}</th>
              <th className="text-start font-medium">{t("next")}</th>
              <th className="text-start font-medium">{t("error")}</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => (
              <tr key={job.key} data-kind={job.kind} className={job.status === "dead" ? "font-semibold text-red-800" : ""}>
                <td>
                  {t("kind", { kind: job.kind.replace(/\W/g, "_") })} <bdi className="font-mono text-xs">{job.key}</bdi>
                </td>
                <td className="text-end">{formatNumber(job.attempts, locale)}</td>
                <td>{job.status === "dead" ? t("givenUp") : formatDateTime(job.nextTryAt, locale, timeZone)}</td>
                <td>
                  <bdi className="break-all text-xs">{job.lastError ?? ""}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
