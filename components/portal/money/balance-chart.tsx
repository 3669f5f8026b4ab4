"use client";

import { useTranslations } from "next-intl";
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/locales";
import { formatMoney } from "@/lib/money";

interface Week {
  weekEnding: string;
  pendingMinor: number;
  availableMinor: number;
  paidMinor: number;
}

/** Pending, available and paid at the end of each week (recharts); in Persian time runs right to left like the text. */
export function BalanceChart({ locale, currency, weeks }: { locale: Locale; currency: string; weeks: Week[] }) {
  const tm = useTranslations("money");
  const t = useTranslations("finance");
  const money = (amountMinor: number) => formatMoney({ amountMinor, currency }, locale, (amount) => tm("toman", { amount }));
  const data = weeks.map((w) => ({ ...w, label: formatDate(w.weekEnding, locale) }));
  const names: Record<string, string> = { pendingMinor: t("pending"), availableMinor: t("available"), paidMinor: t("paid") };
  return (
    <div className="h-56 w-full" data-testid="balance-chart" dir="ltr">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, bottom: 8 }}>
          <XAxis dataKey="label" reversed={locale === "fa"} tick={{ fontSize: 10 }} />
          <YAxis hide orientation={locale === "fa" ? "right" : "left"} />
          <Tooltip formatter={(value, name) => [money(Number(value)), names[String(name)] ?? String(name)]} />
          <Line type="stepAfter" dataKey="pendingMinor" stroke="#d97706" dot={false} strokeWidth={2} />
          <Line type="stepAfter" dataKey="availableMinor" stroke="#15803d" dot={false} strokeWidth={2} />
          <Line type="stepAfter" dataKey="paidMinor" stroke="#1e3a8a" dot={false} strokeWidth={2} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
