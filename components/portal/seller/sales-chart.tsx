"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/locales";
import { formatMoney } from "@/lib/money";

/** Weekly sales as bars (recharts); in Persian the weeks run right to left like the text. */
export function SalesChart({ locale, weeks }: { locale: Locale; weeks: { week: string; amountMinor: number; currency: string }[] }) {
  const tm = useTranslations("money");
  const money = (amountMinor: number, currency: string) => formatMoney({ amountMinor, currency }, locale, (amount) => tm("toman", { amount }));
  const data = weeks.map((w) => ({ ...w, label: formatDate(w.week, locale) }));
  return (
    <div className="h-48 w-full" data-testid="sales-chart" dir="ltr">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, bottom: 8 }}>
          <XAxis dataKey="label" reversed={locale === "fa"} tick={{ fontSize: 11 }} />
          <YAxis hide orientation={locale === "fa" ? "right" : "left"} />
          <Tooltip formatter={(value, _name, item) => money(Number(value), (item.payload as { currency: string }).currency)} />
          <Bar dataKey="amountMinor" fill="#9a3412" radius={[4, 4, 0, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
