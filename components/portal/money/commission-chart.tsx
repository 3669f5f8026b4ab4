"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Locale } from "@/lib/locales";
import { formatMoney } from "@/lib/money";

/** One colour per market series, in the order the markets come (markets are data: a fourth gets the fourth colour). */
const COLORS = ["#9a3412", "#b91c1c", "#15803d", "#1d4ed8", "#7e22ce", "#57534e"];

/** Commission earned per month, one bar series per market (each in its own currency, so bars compare months, not markets). */
export function CommissionChart({ locale, months }: { locale: Locale; months: { marketCode: string; currency: string; month: string; amountMinor: number }[] }) {
  const tm = useTranslations("money");
  const currencies = new Map(months.map((m) => [m.marketCode, m.currency]));
  const byMonth = new Map<string, Record<string, number | string>>();
  for (const m of [...months].reverse()) {
    const row = byMonth.get(m.month) ?? { month: m.month };
    row[m.marketCode] = m.amountMinor;
    byMonth.set(m.month, row);
  }
  const data = [...byMonth.values()];
  return (
    <div className="h-56 w-full" data-testid="commission-chart" dir="ltr">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data}>
          <XAxis dataKey="month" reversed={locale === "fa"} tick={{ fontSize: 11 }} />
          <YAxis hide />
          <Tooltip formatter={(value, name) => formatMoney({ amountMinor: Number(value), currency: currencies.get(String(name)) ?? "" }, locale, (amount) => tm("toman", { amount }))} />
          <Legend />
          {[...currencies.keys()].map((code, i) => (
            <Bar key={code} dataKey={code} fill={COLORS[i % COLORS.length]} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
