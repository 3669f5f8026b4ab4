import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CommissionChart } from "@/components/portal/money/commission-chart";
import { getMoneyFormatter } from "@/components/price";
import { formatDateTime, formatNumber } from "@/lib/format";
import { pageLocale } from "@/lib/route-params";
import { requireSession } from "@/server/trpc/server";
import { localize } from "@/server/catalog/localize";
import { DEFAULT_SETTINGS } from "@/server/money/events";
import { MoneySettingsForm, RefundOrder, RemittanceUpload, ResolveLine, RunPayouts } from "./money-actions";
import { AddCommissionRule, BankResultsUpload, CommissionRules, type RuleRow } from "./money-settings";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "finance.admin" });
  return { title: t("title"), robots: { index: false } };
}

function Section({ title, testId, csv, children }: { title: string; testId: string; csv?: string; children: React.ReactNode }) {
  return (
    <section className="rounded-xl border border-stone-200 bg-white p-4" data-testid={testId}>
      <div className="mb-2 flex items-center justify-between gap-2">
        <h2 className="font-semibold">{title}</h2>
        {csv && (
          <a className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-3 text-sm" href={csv}>
            CSV
          </a>
        )}
      </div>
      <div className="overflow-x-auto">{children}</div>
    </section>
  );
}

/** The marketplace's money: cash with the post by age, lines to reconcile, commission per month, payouts. */
export default async function AdminMoney({ params }: Props) {
  const locale = await pageLocale(params);
  const { user, api } = await requireSession(locale, "/admin/money");
  if (user.role !== "admin") forbidden();
  const [data, t, money] = await Promise.all([api.money.admin.overview({ locale }), getTranslations({ locale, namespace: "finance.admin" }), getMoneyFormatter(locale)]);
  const currencyOfMarket = new Map(data.ruleChoices.markets.map((m) => [m.code, m.currency]));
  const rules: RuleRow[] = data.rules.map(({ rule, shopName, categoryName, startsLater }) => {
    const currency = currencyOfMarket.get(rule.marketCode) ?? "";
    const scope = [shopName ? localize(shopName, locale).text : null, categoryName ? localize(categoryName, locale).text : null].filter(Boolean).join(" · ") || t("ruleWholeMarket");
    return {
      id: rule.id,
      marketCode: rule.marketCode,
      scope,
      terms: rule.kind === "percent" ? t("rulePercent", { rate: rule.rateBasisPoints / 100 }) : t("ruleFixedPerUnit", { amount: money({ amountMinor: rule.fixedMinor, currency }) }),
      floor: money({ amountMinor: rule.floorMinor, currency }),
      cap: rule.capMinor === null ? "—" : money({ amountMinor: rule.capMinor, currency }),
      from: formatDateTime(rule.effectiveFrom, locale),
      startsLater,
    };
  });
  const ageLabel = (bucket: number) => t(bucket >= 30 ? "age30" : bucket >= 14 ? "age14" : bucket >= 7 ? "age7" : "ageUnder7");
  const currencyOf = new Map(data.payouts.map((p) => [p.marketCode, p.currency]));
  const th = "p-1 text-start";
  const thEnd = "p-1 text-end";
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <Section title={t("cashInTransit")} testId="cash-in-transit" csv="/api/admin/money/cash-in-transit">
        <table className="w-full text-sm">
          <thead>
            <tr>
              <th className={th}>{t("market")}</th>
              <th className={th}>{t("operator")}</th>
              <th className={th}>{t("age")}</th>
              <th className={thEnd}>{t("parcels")}</th>
              <th className={thEnd}>{t("amount")}</th>
            </tr>
          </thead>
          <tbody>
            {data.cashInTransit.map((r) => (
              <tr key={`${r.marketCode}-${r.carrier}-${r.bucket}`} className={`border-t border-stone-100 ${r.bucket >= 14 ? "text-red-800" : ""}`} data-bucket={r.bucket}>
                <td className="p-1">{r.marketCode}</td>
                <td className="p-1">{r.carrier}</td>
                <td className="p-1">{ageLabel(r.bucket)}</td>
                <td className="p-1 text-end">{formatNumber(r.parcels, locale)}</td>
                <td className="p-1 text-end">{money({ amountMinor: r.amountMinor, currency: r.currency })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title={t("upload")} testId="remittance">
        <RemittanceUpload locale={locale} markets={data.payouts.map((p) => p.marketCode)} />
      </Section>
      <Section title={t("unreconciled")} testId="unreconciled" csv="/api/admin/money/unreconciled">
        {data.unreconciled.length === 0 ? (
          <p className="text-sm text-stone-600">{t("noOpen")}</p>
        ) : (
          <ul className="flex flex-col gap-3 text-sm">
            {data.unreconciled.map((l) => {
              const currency = currencyOf.get(l.marketCode) ?? "";
              return (
                <li key={l.id} className="border-t border-stone-100 pt-2 first:border-0" data-testid="open-line" data-case={l.case}>
                  <p>
                    <span className="font-medium">{t(`cases.${l.case}`)}</span> · {t("row")} {formatNumber(l.rowNumber, locale)} · <bdi className="font-mono">{l.trackingNumber}</bdi> · {t("remitted")}{" "}
                    {money({ amountMinor: l.amountMinor, currency })}
                    {l.collectedMinor !== null && (
                      <>
                        {" "}
                        · {t("collected")} {money({ amountMinor: l.collectedMinor, currency })}
                      </>
                    )}{" "}
                    · <bdi>{l.reference}</bdi>
                  </p>
                  <ResolveLine lineId={l.id} lineCase={l.case} />
                </li>
              );
            })}
          </ul>
        )}
      </Section>
      <Section title={t("commissions")} testId="commissions" csv="/api/admin/money/commissions">
        <CommissionChart locale={locale} months={data.commissions} />
      </Section>
      <Section title={t("payouts")} testId="payouts" csv="/api/admin/money/payouts">
        <table className="w-full text-sm">
          <thead>
            <tr>
              <th className={th}>{t("market")}</th>
              <th className={thEnd}>{t("payoutsDue")}</th>
              <th className={thEnd}>{t("payoutsSent")}</th>
              <th className={thEnd}>{t("payoutsPaid")}</th>
              <th className={thEnd}>{t("payoutsFailed")}</th>
            </tr>
          </thead>
          <tbody>
            {data.payouts.map((p) => {
              const cell = (f: { count: number; amountMinor: number }) => `${formatNumber(f.count, locale)} · ${money({ amountMinor: f.amountMinor, currency: p.currency })}`;
              return (
                <tr key={p.marketCode} className="border-t border-stone-100" data-testid={`payouts-${p.marketCode}`}>
                  <td className="p-1">{p.marketCode}</td>
                  <td className="p-1 text-end">{cell(p.due)}</td>
                  <td className="p-1 text-end">{cell({ count: p.sent.count + p.pending.count, amountMinor: p.sent.amountMinor + p.pending.amountMinor })}</td>
                  <td className="p-1 text-end">{cell(p.paid)}</td>
                  <td className="p-1 text-end">{cell(p.failed)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="mt-3 flex flex-wrap gap-3">
          {data.payouts.map((p) => (
            <RunPayouts key={p.marketCode} locale={locale} marketCode={p.marketCode} marketName={p.marketCode} currency={p.currency} />
          ))}
        </div>
        <div className="mt-4">
          <h3 className="mb-1 font-medium">{t("bankResults")}</h3>
          <BankResultsUpload locale={locale} />
        </div>
        {data.recentPayouts.some((p) => p.rail === "bank_file") && (
          <ul className="mt-3 flex flex-wrap gap-2 text-sm">
            {[...new Set(data.recentPayouts.filter((p) => p.rail === "bank_file").map((p) => p.reference))].map((reference) => (
              <li key={reference}>
                <a className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-3" href={`/api/admin/payouts/${reference}/bank-file`}>
                  {t("bankFile")} <bdi className="ms-1">{reference}</bdi>
                </a>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t("settingsTitle")} testId="money-settings">
        <div className="flex flex-col gap-2">
          {data.payouts.map((p) => (
            <MoneySettingsForm key={p.marketCode} locale={locale} settings={{ ...DEFAULT_SETTINGS, ...data.settings.find((s) => s.marketCode === p.marketCode), marketCode: p.marketCode, currency: p.currency }} />
          ))}
        </div>
        <p className="mt-3 text-sm text-stone-600">{t("scheduleHelp")}</p>
        <ul className="mt-1 flex flex-col gap-1 text-sm">
          {data.nextRuns.map((run) => (
            <li key={run.marketCode} data-testid={`next-run-${run.marketCode}`}>
              {run.marketCode}: {t("nextRun", { date: formatDateTime(run.runAt, locale) })}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t("rules")} testId="commission-rules-section">
        <p className="mb-2 text-sm text-stone-600">{t("rulesHelp")}</p>
        <CommissionRules rules={rules} />
        <h3 className="mt-4 mb-2 font-medium">{t("ruleAdd")}</h3>
        <AddCommissionRule choices={data.ruleChoices} />
      </Section>
      <Section title={t("refundTitle")} testId="refunds">
        <RefundOrder locale={locale} />
      </Section>
    </div>
  );
}
