"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ErrorAlert, inputClass, primaryButton, secondaryButton, StatusNote, useErrorText } from "@/components/portal/account/form";
import type { Locale } from "@/lib/locales";
import { formatMoney, moneyInputValue, parseMoneyInput } from "@/lib/money";
import { useTRPC } from "@/lib/trpc/client";

/** Uploads the post's remittance file as it is (CSV or XLSX) for one market; shows the cases, or every wrong row. */
export function RemittanceUpload({ locale, markets }: { locale: Locale; markets: string[] }) {
  const t = useTranslations("finance.admin");
  const router = useRouter();
  const [market, setMarket] = useState(markets[0] ?? "IR");
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) return;
    setBusy(true);
    const response = await fetch(`/api/admin/remittances?market=${market}&locale=${locale}`, { method: "POST", body: file, headers: { "content-type": "application/octet-stream" } });
    const body = (await response.json()) as { repeated?: boolean; cases?: Record<string, number>; error?: { message: string } };
    setBusy(false);
    if (!response.ok || !body.cases) return setResult({ ok: false, text: body.error?.message ?? "" });
    const open = Object.entries(body.cases).reduce((s, [k, v]) => (k === "matched" ? s : s + v), 0);
    setResult({ ok: true, text: body.repeated ? t("importedAgain") : t("imported", { matched: body.cases.matched ?? 0, open }) });
    router.refresh();
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-2" data-testid="remittance-upload">
      <p className="text-sm text-stone-600">{t("uploadHelp")}</p>
      <div className="flex flex-wrap items-center gap-2">
        <select aria-label={t("market")} className={inputClass} value={market} onChange={(e) => setMarket(e.target.value)} name="market">
          {markets.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
        <input type="file" name="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className="text-sm" aria-label={t("upload")} />
        <button type="submit" className={primaryButton} disabled={busy}>
          {t("uploadButton")}
        </button>
      </div>
      {result && (result.ok ? <StatusNote message={result.text} /> : <ErrorAlert message={result.text} />)}
    </form>
  );
}

type Resolution = "accept_amount" | "ask_post_to_correct" | "book_as_difference";
const ALLOWED: Record<string, Resolution[]> = {
  amount_differs: ["accept_amount", "ask_post_to_correct"],
  not_delivered: ["ask_post_to_correct", "book_as_difference"],
  unknown: ["ask_post_to_correct", "book_as_difference"],
  duplicate: ["ask_post_to_correct", "book_as_difference"],
};

/** Closes one reconciliation case with a resolution and a note (kept with who and when). */
export function ResolveLine({ lineId, lineCase }: { lineId: string; lineCase: string }) {
  const t = useTranslations("finance.admin");
  const trpc = useTRPC();
  const router = useRouter();
  const errorText = useErrorText();
  const options = ALLOWED[lineCase] ?? [];
  const [resolution, setResolution] = useState<Resolution>(options[0] ?? "ask_post_to_correct");
  const [note, setNote] = useState("");
  const resolve = useMutation(trpc.money.admin.resolve.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <form
      className="flex flex-wrap items-center gap-2"
      data-testid="resolve-line"
      onSubmit={(e) => {
        e.preventDefault();
        resolve.mutate({ lineId, resolution, note });
      }}
    >
      <select aria-label={t("resolve")} className={inputClass} value={resolution} onChange={(e) => setResolution(e.target.value as Resolution)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`resolutions.${o}`)}
          </option>
        ))}
      </select>
      <input aria-label={t("note")} placeholder={t("note")} className={inputClass} value={note} onChange={(e) => setNote(e.target.value)} required maxLength={500} />
      <button type="submit" className={secondaryButton} disabled={resolve.isPending}>
        {t("resolve")}
      </button>
      {resolve.isSuccess && <StatusNote message={t("resolved")} />}
      <ErrorAlert message={errorText(resolve.error)} />
    </form>
  );
}

/** Runs a market's payout now. */
export function RunPayouts({ locale, marketCode, marketName, currency }: { locale: Locale; marketCode: string; marketName: string; currency: string }) {
  const t = useTranslations("finance.admin");
  const tm = useTranslations("money");
  const trpc = useTRPC();
  const router = useRouter();
  const errorText = useErrorText();
  const run = useMutation(trpc.money.admin.runPayouts.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="flex flex-col gap-1">
      <button type="button" className={primaryButton} disabled={run.isPending} onClick={() => run.mutate({ marketCode })} data-testid={`run-payouts-${marketCode}`}>
        {t("runPayouts", { market: marketName })}
      </button>
      {run.data && <StatusNote message={run.data.payouts.length === 0 ? t("payoutNone") : t("payoutRun", { count: run.data.payouts.length, amount: formatMoney({ amountMinor: run.data.totalMinor, currency }, locale, (amount) => tm("toman", { amount })) })} />}
      <ErrorAlert message={errorText(run.error)} />
    </div>
  );
}

/** Refunds a card order after dispatch by its number; the server takes it back from the seller (transfer reversal or next payout). */
export function RefundOrder({ locale }: { locale: Locale }) {
  const t = useTranslations("finance.admin");
  const tm = useTranslations("money");
  const trpc = useTRPC();
  const router = useRouter();
  const errorText = useErrorText();
  const [orderNumber, setOrderNumber] = useState("");
  const refund = useMutation(trpc.money.admin.refundOrder.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <form
      className="flex flex-col gap-2"
      data-testid="refund-order"
      onSubmit={(e) => {
        e.preventDefault();
        refund.mutate({ orderNumber });
      }}
    >
      <p className="text-sm text-stone-600">{t("refundHelp")}</p>
      <div className="flex flex-wrap items-center gap-2">
        <input aria-label={t("orderNumber")} className={inputClass} dir="ltr" name="orderNumber" value={orderNumber} onChange={(e) => setOrderNumber(e.target.value)} required autoComplete="off" />
        <button type="submit" className={secondaryButton} disabled={refund.isPending}>
          {t("refundButton")}
        </button>
      </div>
      {refund.data && <StatusNote message={t("refunded", { amount: formatMoney({ amountMinor: refund.data.amountMinor, currency: refund.data.currency }, locale, (amount) => tm("toman", { amount })) })} />}
      <ErrorAlert message={errorText(refund.error)} />
    </form>
  );
}

interface MarketSettings {
  marketCode: string;
  currency: string;
  returnWindowDays: number;
  trustPostCash: boolean;
  payoutMinimumMinor: number;
  payoutWeekday: number;
}

/** A market's money settings: the card return window, trusting the post's cash, the payout minimum and weekday. */
export function MoneySettingsForm({ locale, settings }: { locale: Locale; settings: MarketSettings }) {
  const t = useTranslations("finance.admin");
  const trpc = useTRPC();
  const router = useRouter();
  const errorText = useErrorText();
  const [returnWindowDays, setReturnWindowDays] = useState(String(settings.returnWindowDays));
  const [trustPostCash, setTrustPostCash] = useState(settings.trustPostCash);
  const [minimum, setMinimum] = useState(moneyInputValue(settings.payoutMinimumMinor, settings.currency));
  const [payoutWeekday, setPayoutWeekday] = useState(settings.payoutWeekday);
  const [invalid, setInvalid] = useState(false);
  const save = useMutation(trpc.money.admin.saveSettings.mutationOptions({ onSuccess: () => router.refresh() }));
  // 2024-01-01 was a Monday: ISO weekday n is that date plus n - 1 days
  const weekday = (n: number) => new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, n)));
  return (
    <form
      className="flex flex-wrap items-end gap-3 border-t border-stone-100 pt-2 first:border-0"
      data-testid={`settings-${settings.marketCode}`}
      onSubmit={(e) => {
        e.preventDefault();
        // no minimum (0) is a valid setting; parseMoneyInput reads prices, which are never zero
        const payoutMinimumMinor = /^[\s0.,٫۰]*$/.test(minimum) ? 0 : parseMoneyInput(minimum, settings.currency);
        const days = Number(returnWindowDays);
        setInvalid(payoutMinimumMinor === null || !Number.isInteger(days));
        if (payoutMinimumMinor === null || !Number.isInteger(days)) return;
        save.mutate({ marketCode: settings.marketCode, returnWindowDays: days, trustPostCash, payoutMinimumMinor, payoutWeekday });
      }}
    >
      <span className="min-w-10 font-medium">{settings.marketCode}</span>
      <label className="flex flex-col text-sm">
        {t("returnWindowDays")}
        <input className={inputClass} type="number" min={0} max={90} name="returnWindowDays" value={returnWindowDays} onChange={(e) => setReturnWindowDays(e.target.value)} />
      </label>
      <label className="flex min-h-11 items-center gap-2 text-sm">
        <input type="checkbox" name="trustPostCash" checked={trustPostCash} onChange={(e) => setTrustPostCash(e.target.checked)} />
        {t("trustPostCash")}
      </label>
      <label className="flex flex-col text-sm">
        {t("payoutMinimum")}
        <input className={inputClass} inputMode="decimal" dir="ltr" name="payoutMinimum" value={minimum} onChange={(e) => setMinimum(e.target.value)} />
      </label>
      <label className="flex flex-col text-sm">
        {t("payoutWeekday")}
        <select className={inputClass} name="payoutWeekday" value={payoutWeekday} onChange={(e) => setPayoutWeekday(Number(e.target.value))}>
          {[1, 2, 3, 4, 5, 6, 7].map((n) => (
            <option key={n} value={n}>
              {weekday(n)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={secondaryButton} disabled={save.isPending}>
        {t("saveSettings")}
      </button>
      {save.isSuccess && <StatusNote message={t("settingsSaved")} />}
      <ErrorAlert message={invalid ? t("settingsInvalid") : errorText(save.error)} />
    </form>
  );
}
