"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { fieldError } from "@/components/portal/account/errors";
import { ErrorAlert, Field, inputClass, primaryButton, secondaryButton, StatusNote, useErrorText } from "@/components/portal/account/form";
import type { Locale } from "@/lib/locales";
import { parseMoneyInput } from "@/lib/money";
import { useTRPC } from "@/lib/trpc/client";
import { FileUploadForm, postFile, type UploadOutcome } from "@/components/portal/money/file-upload";

interface Choices {
  markets: { code: string; currency: string }[];
  shops: { id: string; marketCode: string; name: string }[];
  categories: { id: string; name: string }[];
}

export interface RuleRow {
  id: string;
  marketCode: string;
  scope: string;
  terms: string;
  floor: string;
  cap: string;
  from: string;
  startsLater: boolean;
}

/** The commission rules in force or due to start, each with a button that ends it. */
export function CommissionRules({ rules }: { rules: RuleRow[] }) {
  const t = useTranslations("finance.admin");
  const trpc = useTRPC();
  const router = useRouter();
  const errorText = useErrorText();
  const end = useMutation(trpc.money.admin.endCommissionRule.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="flex flex-col gap-2">
      <table className="w-full text-sm" data-testid="commission-rules">
        <thead>
          <tr>
            <th className="p-1 text-start">{t("market")}</th>
            <th className="p-1 text-start">{t("ruleScope")}</th>
            <th className="p-1 text-start">{t("ruleTerms")}</th>
            <th className="p-1 text-end">{t("ruleFloor")}</th>
            <th className="p-1 text-end">{t("ruleCap")}</th>
            <th className="p-1 text-start">{t("ruleFrom")}</th>
            <th className="p-1" />
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => (
            <tr key={r.id} className="border-t border-stone-100" data-testid="commission-rule">
              <td className="p-1">{r.marketCode}</td>
              <td className="p-1">{r.scope}</td>
              <td className="p-1">{r.terms}</td>
              <td className="p-1 text-end">{r.floor}</td>
              <td className="p-1 text-end">{r.cap}</td>
              <td className="p-1">{r.startsLater ? t("ruleStarts", { date: r.from }) : t("ruleInForce")}</td>
              <td className="p-1 text-end">
                <button type="button" className={secondaryButton} disabled={end.isPending} onClick={() => end.mutate({ ruleId: r.id })}>
                  {t("ruleEnd")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {end.isSuccess && <StatusNote message={t("ruleEnded")} />}
      <ErrorAlert message={errorText(end.error)} />
    </div>
  );
}

/** Percent as typed ("12.5", Persian or Arabic digits too) in hundredths of a percent, or null. */
function basisPoints(text: string): number | null {
  const latin = text.trim().replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[٫,]/g, ".");
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(latin)) return null;
  return Math.round(Number(latin) * 100);
}

/** Adds a commission rule: a market, optionally one category or one shop, a percentage or a fixed amount per unit, floor, cap, and the day it starts. */
export function AddCommissionRule({ choices }: { choices: Choices }) {
  const t = useTranslations("finance.admin");
  const tv = useTranslations("errors.validation");
  const trpc = useTRPC();
  const router = useRouter();
  const errorText = useErrorText();
  const [market, setMarket] = useState(choices.markets[0]?.code ?? "");
  const [kind, setKind] = useState<"percent" | "fixed">("percent");
  const [local, setLocal] = useState<Record<string, string>>({});
  const currency = choices.markets.find((m) => m.code === market)?.currency ?? "";
  const save = useMutation(
    trpc.money.admin.saveCommissionRule.mutationOptions({
      onSuccess: () => {
        setLocal({});
        router.refresh();
      },
    }),
  );
  const error = (field: string) => local[field] ?? fieldError(save.error, field);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const invalid: Record<string, string> = {};
    const rate = kind === "percent" ? basisPoints(text("rate")) : 0;
    if (rate === null) invalid.rateBasisPoints = tv("invalidFormat");
    else if (rate > 10_000) invalid.rateBasisPoints = tv("tooBig", { maximum: 100 });
    const amount = (name: string, field: string, optional: boolean) => {
      const value = text(name);
      if (value === "") return optional ? null : 0;
      const minor = parseMoneyInput(value, currency);
      if (minor === null || minor < 0) invalid[field] = tv("invalidFormat");
      return minor;
    };
    const fixedMinor = kind === "fixed" ? amount("fixed", "fixedMinor", false) : 0;
    const floorMinor = amount("floor", "floorMinor", false);
    const capMinor = amount("cap", "capMinor", true);
    setLocal(invalid);
    if (Object.keys(invalid).length > 0) return;
    const from = text("from");
    save.mutate({
      marketCode: market,
      categoryId: text("category") || null,
      shopId: text("shop") || null,
      kind,
      rateBasisPoints: rate ?? 0,
      fixedMinor: fixedMinor ?? 0,
      floorMinor: floorMinor ?? 0,
      capMinor,
      effectiveFrom: from ? new Date(`${from}T00:00:00Z`) : null,
    });
  }
  return (
    <form onSubmit={submit} className="grid gap-3 sm:grid-cols-2" data-testid="add-commission-rule" noValidate>
      <Field label={t("market")}>
        {(control) => (
          <select {...control} className={inputClass} value={market} onChange={(e) => setMarket(e.target.value)} name="market">
            {choices.markets.map((m) => (
              <option key={m.code} value={m.code}>
                {m.code}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("ruleCategory")} error={error("categoryId")}>
        {(control) => (
          <select {...control} className={inputClass} name="category" defaultValue="">
            <option value="">{t("ruleAnyCategory")}</option>
            {choices.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("ruleShop")} error={error("shopId")}>
        {(control) => (
          <select {...control} className={inputClass} name="shop" defaultValue="" key={market}>
            <option value="">{t("ruleAnyShop")}</option>
            {choices.shops
              .filter((s) => s.marketCode === market)
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
          </select>
        )}
      </Field>
      <Field label={t("ruleKind")}>
        {(control) => (
          <select {...control} className={inputClass} value={kind} onChange={(e) => setKind(e.target.value as "percent" | "fixed")} name="kind">
            <option value="percent">{t("ruleKinds.percent")}</option>
            <option value="fixed">{t("ruleKinds.fixed")}</option>
          </select>
        )}
      </Field>
      {kind === "percent" ? (
        <Field label={t("ruleRate")} error={error("rateBasisPoints")}>
          {(control) => <input {...control} className={inputClass} name="rate" inputMode="decimal" required />}
        </Field>
      ) : (
        <Field label={t("ruleFixed", { currency })} error={error("fixedMinor")}>
          {(control) => <input {...control} className={inputClass} name="fixed" inputMode="decimal" required />}
        </Field>
      )}
      <Field label={t("ruleFloorLabel", { currency })} error={error("floorMinor")}>
        {(control) => <input {...control} className={inputClass} name="floor" inputMode="decimal" />}
      </Field>
      <Field label={t("ruleCapLabel", { currency })} hint={t("ruleCapHint")} error={error("capMinor")}>
        {(control) => <input {...control} className={inputClass} name="cap" inputMode="decimal" />}
      </Field>
      <Field label={t("ruleFromLabel")} hint={t("ruleFromHint")} error={error("effectiveFrom")}>
        {(control) => <input {...control} className={inputClass} name="from" type="date" />}
      </Field>
      <div className="flex flex-col gap-2 sm:col-span-2">
        <button type="submit" className={primaryButton} disabled={save.isPending}>
          {t("ruleAdd")}
        </button>
        {save.isSuccess && <StatusNote message={t("ruleAdded")} />}
        {/* a message about one field shows under that field only */}
        <ErrorAlert message={Object.keys(local).length > 0 || (save.error?.data?.fieldErrors?.length ?? 0) > 0 ? null : errorText(save.error)} />
      </div>
    </form>
  );
}

/** Uploads the bank's results for a payout batch (CSV or XLSX); shows the counts, or every wrong row and why. */
export function BankResultsUpload({ locale }: { locale: Locale }) {
  const t = useTranslations("finance.admin");
  const tc = useTranslations("account.common");
  const router = useRouter();
  async function send(file: File): Promise<UploadOutcome> {
    const { ok, body } = await postFile<{ paid?: number; failed?: number; unchanged?: number; error?: { message: string } }>("/api/admin/payouts/results", file, { "x-locale": locale });
    if (!ok || body?.paid === undefined) return { ok: false, text: body?.error?.message ?? tc("unreadableAnswer") };
    router.refresh();
    return { ok: true, text: t("bankResultsImported", { paid: body.paid, failed: body.failed ?? 0, unchanged: body.unchanged ?? 0 }) };
  }
  return <FileUploadForm testId="bank-results-upload" help={t("bankResultsHelp")} label={t("bankResults")} send={send} />;
}
