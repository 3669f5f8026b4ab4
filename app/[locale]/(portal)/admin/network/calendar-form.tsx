"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ErrorAlert, Field, inputClass, primaryButton, secondaryButton, StatusNote, useErrorText } from "@/components/portal/account/form";
import { formatDate } from "@/lib/format";
import { DateInput } from "@/components/portal/date-input";
import type { Locale } from "@/lib/locales";
import { useTRPC } from "@/lib/trpc/client";
import { MarketSelect } from "./market-select";

type Kind = "holiday" | "cancelled" | "extra";
const KINDS: Kind[] = ["holiday", "cancelled", "extra"];

/** A market's route calendar: holidays, cancelled and extra route days, added and removed by admins. */
export function CalendarForm({ markets, locale }: { markets: { code: string; name: string }[]; locale: Locale }) {
  const t = useTranslations("network.calendar");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [marketCode, setMarketCode] = useState(markets[0]?.code ?? "");
  const [regionCode, setRegionCode] = useState("");
  const [day, setDay] = useState("");
  const [kind, setKind] = useState<Kind>("holiday");
  const [name, setName] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const days = useQuery({ ...trpc.network.calendar.queryOptions({ marketCode }), enabled: marketCode !== "" });
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.network.calendar.queryKey() });
    router.refresh();
  };
  const add = useMutation(trpc.network.addCalendarDay.mutationOptions({ onSuccess: async () => (setDone(t("added")), await refresh()) }));
  const remove = useMutation(trpc.network.removeCalendarDay.mutationOptions({ onSuccess: refresh }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    setDone(null);
    add.mutate({ marketCode, regionCode: regionCode || null, day, kind, name });
  };

  return (
    <section aria-labelledby="network-calendar-title" className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4">
      <h2 id="network-calendar-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-stone-700">{t("help")}</p>
      <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" data-testid="calendar-form">
        <Field label={t("market")}>
          {(control) => <MarketSelect control={control} markets={markets} value={marketCode} onChange={setMarketCode} />}
        </Field>
        <Field label={t("kind")}>
          {(control) => (
            <select {...control} name="kind" value={kind} onChange={(e) => setKind(KINDS.find((k) => k === e.target.value) ?? "holiday")} className={inputClass}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("day")}>
          {(control) => <DateInput {...control} locale={locale} name="day" required value={day} onValue={setDay} className={inputClass} />}
        </Field>
        <Field label={t("region")}>
          {(control) => <input {...control} dir="ltr" name="region" value={regionCode} onChange={(e) => setRegionCode(e.target.value)} className={inputClass} />}
        </Field>
        <Field label={t("name")}>
          {(control) => <input {...control} name="name" value={name} onChange={(e) => setName(e.target.value)} className={inputClass} />}
        </Field>
        <div className="flex items-end">
          <button type="submit" className={primaryButton} disabled={add.isPending || day === ""} data-testid="calendar-submit">
            {t("submit")}
          </button>
        </div>
      </form>
      <ErrorAlert message={errorText(add.error ?? remove.error)} />
      <StatusNote message={done} />
      {days.data && days.data.length === 0 && <p className="text-stone-600">{t("empty")}</p>}
      {days.data && days.data.length > 0 && (
        <ul className="flex flex-col divide-y divide-stone-200" data-testid="calendar-days">
          {days.data.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2" data-day={d.day} data-kind={d.kind}>
              <span>
                <span className="font-medium">{formatDate(d.day, locale)}</span>{" "}
                · {t(`kinds.${d.kind}`)} · {d.name || "—"} · {d.regionName ?? t("wholeMarket")}
              </span>
              <button type="button" className={secondaryButton} disabled={remove.isPending} onClick={() => remove.mutate({ id: d.id })}>
                {t("remove")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
