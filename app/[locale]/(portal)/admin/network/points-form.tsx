"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { fieldError } from "@/components/portal/account/errors";
import { ErrorAlert, Field, inputClass, primaryButton, secondaryButton, StatusNote, useErrorText, type ControlProps } from "@/components/portal/account/form";
import { localeNames } from "@/lib/locales";
import { useTRPC } from "@/lib/trpc/client";
import { MarketSelect } from "./market-select";

const TYPES = ["post_office", "commune_post_office", "rural_counter", "village_agency", "delivery_station", "collaborator_point"] as const;
type PointType = (typeof TYPES)[number];
const TYPE_COLOURS: Record<PointType, string> = {
  post_office: "#b45309",
  commune_post_office: "#92400e",
  rural_counter: "#1d4ed8",
  village_agency: "#15803d",
  delivery_station: "#7c3aed",
  collaborator_point: "#be123c",
};

interface PointDraft {
  market: string;
  code: string;
  type: PointType;
  region_code: string;
  postal_code: string;
  lat: string;
  lng: string;
  takes_cash: boolean;
  hours: string;
  closed_days: string;
  villages: string;
  name_local: string;
  name_en: string;
  name_fa: string;
  name_zh: string;
  name_vi: string;
  address_local: string;
}

type TextField = Exclude<keyof PointDraft, "takes_cash" | "type" | "market">;

const blank = (market: string): PointDraft => ({
  market,
  code: "",
  type: "post_office",
  region_code: "",
  postal_code: "",
  lat: "",
  lng: "",
  takes_cash: true,
  hours: "",
  closed_days: "",
  villages: "",
  name_local: "",
  name_en: "",
  name_fa: "",
  name_zh: "",
  name_vi: "",
  address_local: "",
});

/** Where a market's service points stand, drawn from their coordinates alone (no map tiles offline). */
function PointsPlot({ points, label }: { points: { code: string; name: string; type: PointType; lat: number; lng: number }[]; label: string }) {
  if (points.length === 0) return null;
  const lats = points.map((p) => p.lat);
  const lngs = points.map((p) => p.lng);
  const [minLat, maxLat, minLng, maxLng] = [Math.min(...lats), Math.max(...lats), Math.min(...lngs), Math.max(...lngs)];
  const span = Math.max(maxLat - minLat, maxLng - minLng, 0.01);
  const x = (lng: number) => 20 + ((lng - minLng) / span) * 360;
  const y = (lat: number) => 20 + ((maxLat - lat) / span) * 260;
  return (
    <svg viewBox="0 0 400 300" role="img" aria-label={label} className="h-auto w-full max-w-xl rounded-lg border border-stone-200 bg-stone-50" data-testid="points-plot">
      {points.map((p) => (
        <circle key={p.code} cx={x(p.lng)} cy={y(p.lat)} r={5} fill={TYPE_COLOURS[p.type]} stroke="white" strokeWidth={1.5} data-code={p.code}>
          <title>{`${p.name} (${p.code}) ${p.lat}, ${p.lng}`}</title>
        </circle>
      ))}
    </svg>
  );
}

/** A market's service points: a plot of where they stand, the list, and the form that adds or changes one. */
export function PointsForm({ markets }: { markets: { code: string; name: string }[] }) {
  const t = useTranslations("network.points");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [marketCode, setMarketCode] = useState(markets[0]?.code ?? "");
  const [draft, setDraft] = useState<PointDraft>(blank(markets[0]?.code ?? ""));
  const [done, setDone] = useState<string | null>(null);
  const points = useQuery({ ...trpc.network.points.queryOptions({ marketCode }), enabled: marketCode !== "" });
  const save = useMutation(
    trpc.network.savePoint.mutationOptions({
      onSuccess: async (saved) => {
        setDone(saved.changed ? t("saved") : t("unchanged"));
        await queryClient.invalidateQueries({ queryKey: trpc.network.points.queryKey() });
        router.refresh();
      },
    }),
  );
  const set = (change: Partial<PointDraft>) => setDraft((d) => ({ ...d, ...change }));
  const chooseMarket = (code: string) => {
    setMarketCode(code);
    setDraft(blank(code));
    setDone(null);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setDone(null);
    save.mutate({ ...draft, market: marketCode });
  };
  const input = (control: ControlProps, name: TextField, ltr = true) => (
    <input {...control} dir={ltr ? "ltr" : undefined} name={name} value={draft[name]} onChange={(e) => set({ [name]: e.target.value })} className={inputClass} />
  );

  return (
    <section aria-labelledby="network-points-title" className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4">
      <h2 id="network-points-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-stone-700">{t("help")}</p>
      <Field label={t("market")}>{(control) => <MarketSelect control={control} markets={markets} value={marketCode} onChange={chooseMarket} />}</Field>
      {points.data && points.data.length > 0 && (
        <div className="flex flex-col gap-1">
          <h3 className="text-lg font-semibold">{t("plotTitle")}</h3>
          <PointsPlot points={points.data} label={t("plotTitle")} />
          <p className="text-sm text-stone-600">{t("plotNote")}</p>
        </div>
      )}
      {points.data && points.data.length === 0 && <p className="text-stone-600">{t("empty")}</p>}
      {points.data && points.data.length > 0 && (
        <ul className="flex max-h-96 flex-col divide-y divide-stone-200 overflow-y-auto" data-testid="points-list">
          {points.data.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2" data-code={p.code}>
              <span className="flex flex-col">
                <span className="font-medium">
                  {p.name} <bdi dir="ltr" className="font-mono text-xs text-stone-600">{p.code}</bdi>
                </span>
                <span className="text-sm text-stone-600">
                  {t(`types.${p.type}`)} · {p.hoursText} · {p.takesCash ? t("cash") : t("noCash")} · {t("villageCount", { count: p.villageCount })}
                </span>
              </span>
              <button type="button" className={secondaryButton} onClick={() => (setDraft(p.form), setDone(null))}>
                {t("edit")}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" data-testid="point-form">
        <Field label={t("code")} error={fieldError(save.error, "code")}>
          {(control) => input(control, "code")}
        </Field>
        <Field label={t("type")} error={fieldError(save.error, "type")}>
          {(control) => (
            <select {...control} name="type" value={draft.type} onChange={(e) => set({ type: TYPES.find((x) => x === e.target.value) ?? "post_office" })} className={inputClass}>
              {TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`types.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("nameLocal")} error={fieldError(save.error, "name_local")}>
          {(control) => input(control, "name_local", false)}
        </Field>
        <Field label={t("address")} error={fieldError(save.error, "address_local")}>
          {(control) => input(control, "address_local", false)}
        </Field>
        {(["en", "fa", "zh", "vi"] as const).map((l) => (
          <Field key={l} label={t("nameIn", { language: localeNames[l] })} error={fieldError(save.error, `name_${l}`)}>
            {(control) => input(control, `name_${l}`, false)}
          </Field>
        ))}
        <Field label={t("region")} error={fieldError(save.error, "region_code")}>
          {(control) => input(control, "region_code")}
        </Field>
        <Field label={t("postalCode")} error={fieldError(save.error, "postal_code")}>
          {(control) => input(control, "postal_code")}
        </Field>
        <Field label={t("lat")} error={fieldError(save.error, "lat")}>
          {(control) => input(control, "lat")}
        </Field>
        <Field label={t("lng")} error={fieldError(save.error, "lng")}>
          {(control) => input(control, "lng")}
        </Field>
        <Field label={t("hours")} hint={t("hoursHint")} error={fieldError(save.error, "hours")}>
          {(control) => input(control, "hours")}
        </Field>
        <Field label={t("closedDays")} hint={t("closedDaysHint")} error={fieldError(save.error, "closed_days")}>
          {(control) => input(control, "closed_days")}
        </Field>
        <Field label={t("villages")} hint={t("villagesHint")} error={fieldError(save.error, "villages")}>
          {(control) => input(control, "villages")}
        </Field>
        <label className="flex items-center gap-2 self-end">
          <input type="checkbox" name="takes_cash" checked={draft.takes_cash} onChange={(e) => set({ takes_cash: e.target.checked })} className="size-5 accent-saffron-700" />
          {t("takesCash")}
        </label>
        <div className="flex flex-wrap gap-3 sm:col-span-2">
          <button type="submit" className={primaryButton} disabled={save.isPending} data-testid="point-submit">
            {t("submit")}
          </button>
          <button type="button" className={secondaryButton} onClick={() => (setDraft(blank(marketCode)), setDone(null))}>
            {t("newPoint")}
          </button>
        </div>
      </form>
      <ErrorAlert message={errorText(save.error)} />
      <StatusNote message={done} />
    </section>
  );
}
