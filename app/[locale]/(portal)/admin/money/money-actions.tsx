"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorAlert, inputClass, primaryButton, secondaryButton, StatusNote, useErrorText } from "@/components/portal/account/form";
import type { Locale } from "@/lib/locales";
import { formatMoney, moneyInputValue, parseMoneyInput } from "@/lib/money";
import { useTRPC } from "@/lib/trpc/client";
import { FileUploadForm, postFile, type UploadOutcome } from "@/components/portal/money/file-upload";

/** Uploads the post's remittance file as it is (CSV or XLSX) for one market; shows the cases, or every wrong row. */
export function RemittanceUpload({ locale, markets }: { locale: Locale; markets: string[] }) {
  const t = useTranslations("finance.admin");
  const tc = useTranslations("account.common");
  const router = useRouter();
  const [market, setMarket] = useState(markets[0] ?? "");
  async function send(file: File): Promise<UploadOutcome> {
    const { ok, body } = await postFile<{ repeated?: boolean; cases?: Record<string, number>; error?: { message: string } }>(`/api/admin/remittances?market=${market}&locale=${locale}`, file);
    if (!ok || !body?.cases) return { ok: false, text: body?.error?.message ?? tc("unreadableAnswer") };
    const open = Object.entries(body.cases).reduce((s, [k, v]) => (k === "matched" ? s : s + v), 0);
    router.refresh();
    return { ok: true, text: body.repeated ? t("importedAgain") : t("imported", { matched: body.cases.matched ?? 0, open }) };
  }
  return (
    <FileUploadForm
      testId="remittance-upload"
      help={t("uploadHelp")}
      label={t("upload")}
      send={send}
      controls={
        <select aria-label={t("market")} className={inputClass} value={market} onChange={(e) => setMarket(e.target.value)} name="market">
          {markets.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
      }
    />
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
