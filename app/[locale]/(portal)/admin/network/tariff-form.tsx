"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { fieldError } from "@/components/portal/account/errors";
import { ErrorAlert, Field, inputClass, primaryButton, secondaryButton, StatusNote, useErrorText } from "@/components/portal/account/form";
import { formatDate, formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/locales";
import { useTRPC } from "@/lib/trpc/client";
import { MarketSelect } from "./market-select";

const ZONES = ["same_county", "same_province", "other_province"] as const;
type Zone = (typeof ZONES)[number];
interface BracketDraft {
  maxWeightGrams: string;
  prices: Record<Zone, string>;
}

const toNumber = (value: string) => (value.trim() === "" ? Number.NaN : Number(value));
const emptyBracket = (): BracketDraft => ({ maxWeightGrams: "", prices: { same_county: "", same_province: "", other_province: "" } });
interface VersionShape {
  brackets: { maxWeightGrams: number; prices: Record<Zone, number> }[];
}
const draftOf = (version: VersionShape): BracketDraft[] =>
  version.brackets.map((b) => ({
    maxWeightGrams: String(b.maxWeightGrams),
    prices: { same_county: String(b.prices.same_county), same_province: String(b.prices.same_province), other_province: String(b.prices.other_province) },
  }));

/** A market's postage, weight brackets × zones, saved as a version from a day on; the versions past, in force and coming. */
export function TariffForm({ markets, locale }: { markets: { code: string; name: string }[]; locale: Locale }) {
  const t = useTranslations("network.tariffs");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [marketCode, setMarketCode] = useState(markets[0]?.code ?? "");
  const [effectiveFrom, setEffectiveFrom] = useState("");
  // null: the version in force, as it stands
  const [edited, setBrackets] = useState<BracketDraft[] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const tariffs = useQuery({ ...trpc.network.tariffs.queryOptions({ marketCode }), enabled: marketCode !== "" });
  const save = useMutation(
    trpc.network.saveTariff.mutationOptions({
      onSuccess: async (saved) => {
        setDone(t("saved", { version: saved.version }));
        await queryClient.invalidateQueries({ queryKey: trpc.network.tariffs.queryKey() });
        router.refresh();
      },
    }),
  );

  const versions = tariffs.data?.versions;
  // a market's form starts from the version in force
  const current = versions?.find((v) => v.state === "current") ?? versions?.[0];
  const brackets = edited ?? (current ? draftOf(current) : [emptyBracket()]);
  const startFrom = (version: VersionShape) => setBrackets(draftOf(version));
  const setCell = (i: number, change: (b: BracketDraft) => BracketDraft) => setBrackets(brackets.map((b, j) => (j === i ? change(b) : b)));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setDone(null);
    save.mutate({
      marketCode,
      effectiveFrom,
      brackets: brackets.map((b) => ({
        maxWeightGrams: toNumber(b.maxWeightGrams),
        prices: { same_county: toNumber(b.prices.same_county), same_province: toNumber(b.prices.same_province), other_province: toNumber(b.prices.other_province) },
      })),
    });
  };

  return (
    <section aria-labelledby="network-tariffs-title" className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4">
      <h2 id="network-tariffs-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-stone-700">{t("help")}</p>
      <form onSubmit={onSubmit} className="flex flex-col gap-3" data-testid="tariff-form">
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label={t("market")}>
            {(control) => <MarketSelect control={control} markets={markets} value={marketCode} onChange={(code) => (setMarketCode(code), setBrackets(null), setDone(null))} />}
          </Field>
          <Field label={t("effectiveFrom")} hint={t("effectiveHint")} error={fieldError(save.error, "effectiveFrom")}>
            {(control) => (
              <input {...control} type="date" name="effectiveFrom" required value={effectiveFrom} min={tariffs.data?.today} onChange={(e) => setEffectiveFrom(e.target.value)} className={inputClass} />
            )}
          </Field>
        </div>
        {tariffs.data && <p className="text-sm text-stone-600">{t("prices", { currency: tariffs.data.currency })}</p>}
        <div className="flex flex-col gap-3" data-testid="tariff-brackets">
          {brackets.map((b, i) => (
            <fieldset key={i} className="grid gap-2 rounded-lg border border-stone-200 p-3 sm:grid-cols-5" data-testid="tariff-bracket">
              <Field label={t("weight")} error={fieldError(save.error, `brackets.${i}.maxWeightGrams`)}>
                {(control) => (
                  <input {...control} dir="ltr" inputMode="numeric" name={`brackets.${i}.maxWeightGrams`} value={b.maxWeightGrams} onChange={(e) => setCell(i, (x) => ({ ...x, maxWeightGrams: e.target.value }))} className={inputClass} />
                )}
              </Field>
              {ZONES.map((zone) => (
                <Field key={zone} label={t(`zones.${zone}`)} error={fieldError(save.error, `brackets.${i}.prices.${zone}`)}>
                  {(control) => (
                    <input
                      {...control}
                      dir="ltr"
                      inputMode="numeric"
                      name={`brackets.${i}.prices.${zone}`}
                      value={b.prices[zone]}
                      onChange={(e) => setCell(i, (x) => ({ ...x, prices: { ...x.prices, [zone]: e.target.value } }))}
                      className={inputClass}
                    />
                  )}
                </Field>
              ))}
              <div className="flex items-end">
                <button type="button" className={secondaryButton} disabled={brackets.length < 2} onClick={() => setBrackets(brackets.filter((_, j) => j !== i))}>
                  {t("removeBracket")}
                </button>
              </div>
            </fieldset>
          ))}
        </div>
        <div className="flex flex-wrap gap-3">
          <button
            type="button"
            className={secondaryButton}
            onClick={() => setBrackets([...brackets, emptyBracket()])}
          >
            {t("addBracket")}
          </button>
          <button type="submit" className={primaryButton} disabled={save.isPending || effectiveFrom === ""} data-testid="tariff-submit">
            {t("submit")}
          </button>
        </div>
      </form>
      <ErrorAlert message={errorText(save.error)} />
      <StatusNote message={done} />
      <h3 className="text-lg font-semibold">{t("versions")}</h3>
      {versions && versions.length === 0 && <p className="text-stone-600">{t("empty")}</p>}
      <ul className="flex flex-col divide-y divide-stone-200" data-testid="tariff-versions">
        {versions?.map((v) => (
          <li key={v.id} className="flex flex-col gap-2 py-2" data-version={v.version} data-state={v.state} data-effective-from={v.effectiveFrom}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span>
                <span className="font-medium">{t("version", { version: v.version, day: formatDate(v.effectiveFrom, locale) })}</span> · {t(`states.${v.state}`)}
              </span>
              <button type="button" className={secondaryButton} onClick={() => startFrom(v)}>
                {t("startFrom")}
              </button>
            </div>
            <div className="overflow-x-auto">
              <table className="min-w-full text-sm">
                <thead>
                  <tr>
                    <th className="pe-3 text-start font-medium">{t("weight")}</th>
                    {ZONES.map((zone) => (
                      <th key={zone} className="pe-3 text-end font-medium">
                        {t(`zones.${zone}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {v.brackets.map((b) => (
                    <tr key={b.maxWeightGrams}>
                      <td className="pe-3">{formatNumber(b.maxWeightGrams, locale)}</td>
                      {ZONES.map((zone) => (
                        <td key={zone} className="pe-3 text-end tabular-nums">
                          {formatNumber(b.prices[zone], locale)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
