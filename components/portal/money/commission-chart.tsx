"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Locale } from "@/lib/locales";
import { formatMoney } from "@/lib/money";

const COLORS: Record<string, string> = { IR: "#9a3412", CN: "#b91c1c", VN: "#15803d" };

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
          {[...currencies.keys()].map((code) => (
            <Bar key={code} dataKey={code} fill={COLORS[code] ?? "#57534e"} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
