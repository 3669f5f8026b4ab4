import { getTranslations } from "next-intl/server";
import { BalanceChart } from "@/components/portal/money/balance-chart";
import { BankAccountForm } from "@/components/portal/money/bank-account-form";
import { PayoutSetup } from "@/components/portal/money/payout-setup";
import { getMoneyFormatter } from "@/components/price";
import { formatDateTime } from "@/lib/format";
import { pageLocale } from "@/lib/route-params";
import { requireSession } from "@/server/trpc/server";

type Props = { params: Promise<{ locale: string; shopId: string }>; searchParams: Promise<{ onboarding?: string }> };

/** The shop's money: pending, available and paid, the order lines behind them, a chart over time and monthly statements. */
export default async function ShopMoney({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { shopId } = await params;
  const { api } = await requireSession(locale, `/seller/${shopId}/money`);
  const [data, t, money] = await Promise.all([api.money.seller.overview({ shopId, locale }), getTranslations({ locale, namespace: "finance" }), getMoneyFormatter(locale)]);
  const { balance, payoutSetup } = data;
  const { onboarding } = await searchParams;
  const cash = (amountMinor: number) => money({ amountMinor, currency: balance.currency });
  const figures = [
    { key: "pending", value: balance.pendingMinor, help: t("pendingHelp") },
    { key: "available", value: balance.availableMinor, help: t("availableHelp") },
    { key: "paid", value: balance.paidMinor, help: t("paidHelp") },
  ] as const;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <section className="grid gap-3 sm:grid-cols-3">
        {figures.map((f) => (
          <div key={f.key} className="rounded-xl border border-stone-200 bg-white p-4" data-testid={`balance-${f.key}`}>
            <p className="text-sm text-stone-600">{t(f.key)}</p>
            <p className={`text-2xl font-semibold ${f.value < 0 ? "text-red-700" : ""}`} data-amount={f.value}>
              {cash(f.value)}
            </p>
            <p className="mt-1 text-xs text-stone-500">{f.help}</p>
          </div>
        ))}
      </section>
      <section className="rounded-xl border border-stone-200 bg-white p-4">
        <h2 className="mb-2 font-semibold">{t("chart")}</h2>
        <BalanceChart locale={locale} currency={balance.currency} weeks={data.chart} />
      </section>
      <section className="rounded-xl border border-stone-200 bg-white p-4">
        <h2 className="mb-2 font-semibold">{payoutSetup.connect ? t("connectTitle") : t("bankTitle")}</h2>
        {payoutSetup.connect ? (
          <PayoutSetup shopId={shopId} locale={locale} status={payoutSetup.connect.status} issue={payoutSetup.connect.issue} expired={onboarding === "expired"} />
        ) : (
          <BankAccountForm shopId={shopId} />
        )}
      </section>
      <section className="rounded-xl border border-stone-200 bg-white p-4" data-testid="statements">
        <h2 className="mb-2 font-semibold">{t("statements")}</h2>
        <ul className="flex flex-col gap-2 text-sm">
          {data.months.map((m) => {
            const period = `${m.year}-${String(m.month).padStart(2, "0")}`;
            const href = (format: "pdf" | "csv") => `/api/shops/${shopId}/statements/${period}?format=${format}&locale=${locale}`;
            return (
              <li key={period} className="flex flex-wrap items-center gap-3">
                <span className="min-w-32">{m.label}</span>
                <a className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-3" href={href("pdf")} data-testid={`statement-pdf-${period}`}>
                  {t("statementPdf")}
                </a>
                <a className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-3" href={href("csv")}>
                  {t("statementCsv")}
                </a>
              </li>
            );
          })}
        </ul>
      </section>
      <section className="rounded-xl border border-stone-200 bg-white p-4" data-testid="money-lines">
        <h2 className="mb-2 font-semibold">{t("lines")}</h2>
        {data.lines.length === 0 ? (
          <p className="text-sm text-stone-600">{t("noLines")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-start text-sm">
              <thead>
                <tr className="text-stone-600">
                  <th className="p-1 text-start">{t("order")}</th>
                  <th className="p-1 text-start">{t("product")}</th>
                  <th className="p-1 text-end">{t("gross")}</th>
                  <th className="p-1 text-end">{t("commission")}</th>
                  <th className="p-1 text-end">{t("net")}</th>
                  <th className="p-1 text-start">{t("state")}</th>
                </tr>
              </thead>
              <tbody>
                {data.lines.map((l) => (
                  <tr key={l.lineId} className="border-t border-stone-100" data-testid="money-line" data-state={l.state}>
                    <td className="p-1">
                      <bdi>{l.orderNumber}</bdi>
                    </td>
                    <td className="p-1">{l.product}</td>
                    <td className="p-1 text-end">{cash(l.grossMinor)}</td>
                    <td className="p-1 text-end">{cash(l.commissionMinor)}</td>
                    <td className="p-1 text-end">{cash(l.netMinor)}</td>
                    <td className="p-1">{t(l.state === "pending" ? "statePending" : l.state === "available" ? "stateAvailable" : "stateReversed")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {data.movements.length > 0 && (
        <section className="rounded-xl border border-stone-200 bg-white p-4" data-testid="money-movements">
          <h2 className="mb-2 font-semibold">{t("otherMovements")}</h2>
          <ul className="flex flex-col gap-1 text-sm">
            {data.movements.map((m, i) => (
              <li key={i} className="flex justify-between gap-2" data-kind={m.kind}>
                <span>
                  {formatDateTime(m.at, locale)} · {t(`kinds.${m.kind}`)}
                </span>
                <span className={m.availableMinor < 0 ? "text-red-700" : ""}>{cash(m.availableMinor)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
