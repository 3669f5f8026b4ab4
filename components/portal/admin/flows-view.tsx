"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Bar, BarChart, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { inputClass } from "@/components/portal/account/form";
import { describeError } from "@/components/portal/seller/error-text";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/locales";
import { formatMoney } from "@/lib/money";
import { useTRPC } from "@/lib/trpc/client";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Flows per province and month for a market and period: orders in and out as
 * a chart, every figure in a table, and the same as CSV.
 */
export function FlowsView({ locale, markets, from: initialFrom, to: initialTo }: { locale: Locale; markets: { code: string; name: string; currency: string }[]; from: string; to: string }) {
  const t = useTranslations("network.flows");
  const tm = useTranslations("money");
  const te = useTranslations("operator.errors");
  const trpc = useTRPC();
  const [market, setMarket] = useState(markets[0]?.code ?? "");
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(initialTo);
  const [province, setProvince] = useState("");
  const valid = MONTH.test(from) && MONTH.test(to) && from <= to && market !== "";
  const flows = useQuery({ ...trpc.network.flows.queryOptions({ marketCode: market, from, to }), enabled: valid });
  const currency = markets.find((m) => m.code === market)?.currency ?? "";
  const money = (minor: number) => formatMoney({ amountMinor: minor, currency }, locale, (amount) => tm("toman", { amount }));
  const number = (n: number | null) => (n === null ? "—" : formatNumber(n, locale));
  const rows = (flows.data ?? []).filter((f) => province === "" || f.provinceId === province);
  const provinces = [...new Map((flows.data ?? []).map((f) => [f.provinceId, f.province])).entries()];
  const byMonth = new Map<string, { month: string; in: number; out: number }>();
  for (const f of rows) {
    const m = byMonth.get(f.month) ?? { month: f.month, in: 0, out: 0 };
    m.in += f.ordersIn;
    m.out += f.ordersOut;
    byMonth.set(f.month, m);
  }
  const csv = valid ? `/api/flows?${new URLSearchParams({ market, from, to, locale }).toString()}` : null;

  return (
    <section className="flex flex-col gap-4" data-testid="flows">
      <p className="text-stone-700">{t("intro")}</p>
      <div className="grid grid-cols-1 gap-3 rounded-xl border border-stone-200 bg-white p-4 sm:grid-cols-4">
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("market")}</span>
          <select value={market} onChange={(e) => setMarket(e.target.value)} className={inputClass} data-testid="flows-market">
            {markets.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("from")}</span>
          <input type="month" value={from} onChange={(e) => setFrom(e.target.value)} className={inputClass} data-testid="flows-from" />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("to")}</span>
          <input type="month" value={to} onChange={(e) => setTo(e.target.value)} className={inputClass} data-testid="flows-to" />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("province")}</span>
          <select value={province} onChange={(e) => setProvince(e.target.value)} className={inputClass} data-testid="flows-province">
            <option value="">{t("allProvinces")}</option>
            {provinces.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {flows.error && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 font-medium text-red-900">
          {describeError(flows.error, te("offline")).message}
        </p>
      )}
      {flows.data && rows.length === 0 && <p className="text-stone-600">{t("empty")}</p>}
      {rows.length > 0 && (
        <>
          <h2 className="text-lg font-semibold">{t("chart")}</h2>
          <div className="h-56 w-full" data-testid="flows-chart" dir="ltr">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={[...byMonth.values()]}>
                <XAxis dataKey="month" reversed={locale === "fa"} tick={{ fontSize: 11 }} />
                <YAxis hide />
                <Tooltip formatter={(value) => formatNumber(Number(value), locale)} />
                <Legend />
                <Bar dataKey="in" name={t("ordersIn")} fill="#15803d" />
                <Bar dataKey="out" name={t("ordersOut")} fill="#9a3412" />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
            <table className="min-w-full text-sm" data-testid="flows-table">
              <thead className="bg-stone-100 text-start">
                <tr>
                  {(["month", "province", "parcelsIn", "parcelsOut", "ordersIn", "ordersOut", "valueIn", "valueOut", "ratio", "medianDays", "held", "redeliveries", "cod"] as const).map((c) => (
                    <th key={c} scope="col" className="px-2 py-2 text-start font-semibold whitespace-nowrap">
                      {t(c)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200">
                {rows.map((f) => (
                  <tr key={`${f.provinceId}-${f.month}`} data-testid="flows-row">
                    <td className="px-2 py-2 whitespace-nowrap">
                      <bdi dir="ltr">{f.month}</bdi>
                    </td>
                    <th scope="row" className="px-2 py-2 text-start font-medium whitespace-nowrap">
                      {f.province}
                    </th>
                    <td className="px-2 py-2">{number(f.parcelsIn)}</td>
                    <td className="px-2 py-2">{number(f.parcelsOut)}</td>
                    <td className="px-2 py-2">{number(f.ordersIn)}</td>
                    <td className="px-2 py-2">{number(f.ordersOut)}</td>
                    <td className="px-2 py-2 whitespace-nowrap">{money(f.valueInMinor)}</td>
                    <td className="px-2 py-2 whitespace-nowrap">{money(f.valueOutMinor)}</td>
                    <td className="px-2 py-2">{number(f.ratio)}</td>
                    <td className="px-2 py-2">{number(f.medianDays)}</td>
                    <td className="px-2 py-2">{number(f.held)}</td>
                    <td className="px-2 py-2">{number(f.redeliveries)}</td>
                    <td className="px-2 py-2 whitespace-nowrap">{money(f.codCollectedMinor)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {csv && (
        <a href={csv} className="inline-flex min-h-12 items-center justify-center self-start rounded-lg border border-stone-300 bg-white px-4 font-semibold" data-testid="flows-csv">
          {t("csv")}
        </a>
      )}
    </section>
  );
}
