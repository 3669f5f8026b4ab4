"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { fieldError } from "@/components/portal/account/errors";
import { ErrorAlert, Field, inputClass, primaryButton, StatusNote, useErrorText, type ControlProps } from "@/components/portal/account/form";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/locales";
import { useTRPC } from "@/lib/trpc/client";
import { MarketSelect } from "./market-select";

const SERVICES = ["parcel", "registered", "express"] as const;
type Service = (typeof SERVICES)[number];
const toNumber = (value: string) => (value.trim() === "" ? Number.NaN : Number(value));
const pad = (n: number) => String(n).padStart(8, "0");

/** A market's S10 ranges with the numbers left in each, and the form that adds one. */
export function S10Form({ markets, locale }: { markets: { code: string; name: string }[]; locale: Locale }) {
  const t = useTranslations("network.s10");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [marketCode, setMarketCode] = useState(markets[0]?.code ?? "");
  const [service, setService] = useState<Service>("parcel");
  const [prefix, setPrefix] = useState("");
  const [country, setCountry] = useState("");
  const [first, setFirst] = useState("");
  const [last, setLast] = useState("");
  const [warnBelow, setWarnBelow] = useState("1000");
  const [done, setDone] = useState<string | null>(null);
  const ranges = useQuery({ ...trpc.network.s10Ranges.queryOptions({ marketCode }), enabled: marketCode !== "" });
  const add = useMutation(
    trpc.network.addS10Range.mutationOptions({
      onSuccess: async () => {
        setDone(t("added"));
        await queryClient.invalidateQueries({ queryKey: trpc.network.s10Ranges.queryKey() });
        router.refresh();
      },
    }),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    setDone(null);
    add.mutate({ marketCode, service, prefix, country, firstSerial: toNumber(first), lastSerial: toNumber(last), warnBelow: toNumber(warnBelow) });
  };
  const text = (control: ControlProps, name: string, value: string, set: (v: string) => void, numeric = false) => (
    <input {...control} dir="ltr" name={name} value={value} inputMode={numeric ? "numeric" : undefined} onChange={(e) => set(e.target.value)} className={inputClass} />
  );

  return (
    <section aria-labelledby="network-s10-title" className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4">
      <h2 id="network-s10-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-stone-700">{t("help")}</p>
      <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-3" data-testid="s10-form">
        <Field label={t("market")}>{(control) => <MarketSelect control={control} markets={markets} value={marketCode} onChange={setMarketCode} />}</Field>
        <Field label={t("service")}>
          {(control) => (
            <select {...control} name="service" value={service} onChange={(e) => setService(SERVICES.find((s) => s === e.target.value) ?? "parcel")} className={inputClass}>
              {SERVICES.map((s) => (
                <option key={s} value={s}>
                  {t(`services.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("prefix")} error={fieldError(add.error, "prefix")}>
          {(control) => text(control, "prefix", prefix, setPrefix)}
        </Field>
        <Field label={t("first")} error={fieldError(add.error, "firstSerial")}>
          {(control) => text(control, "firstSerial", first, setFirst, true)}
        </Field>
        <Field label={t("last")} error={fieldError(add.error, "lastSerial")}>
          {(control) => text(control, "lastSerial", last, setLast, true)}
        </Field>
        <Field label={t("country")} error={fieldError(add.error, "country")}>
          {(control) => text(control, "country", country, setCountry)}
        </Field>
        <Field label={t("warnBelow")} error={fieldError(add.error, "warnBelow")}>
          {(control) => text(control, "warnBelow", warnBelow, setWarnBelow, true)}
        </Field>
        <div className="flex items-end">
          <button type="submit" className={primaryButton} disabled={add.isPending} data-testid="s10-submit">
            {t("submit")}
          </button>
        </div>
      </form>
      <ErrorAlert message={errorText(add.error)} />
      <StatusNote message={done} />
      {ranges.data && ranges.data.length === 0 && <p className="text-stone-600">{t("empty")}</p>}
      {ranges.data && ranges.data.length > 0 && (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm" data-testid="s10-ranges">
            <thead>
              <tr>
                <th className="pe-3 text-start font-medium">{t("service")}</th>
                <th className="pe-3 text-start font-medium">{t("range")}</th>
                <th className="pe-3 text-end font-medium">{t("remaining")}</th>
              </tr>
            </thead>
            <tbody>
              {ranges.data.map((r) => (
                <tr key={r.id} data-testid="s10-range" data-remaining={r.remaining} data-first={r.firstSerial}>
                  <td className="pe-3">{t(`services.${r.service}`)}</td>
                  <td className="pe-3">
                    <bdi dir="ltr" className="font-mono">
                      {r.prefix} {pad(r.firstSerial)}–{pad(r.lastSerial)} {r.country}
                    </bdi>
                  </td>
                  <td className="pe-3 text-end tabular-nums">
                    {formatNumber(r.remaining, locale)}
                    {r.remaining < r.warnBelow && <span className="ms-2 font-medium text-red-700">{t("low")}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
