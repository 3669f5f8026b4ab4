"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { fieldError } from "@/components/portal/account/errors";
import { ErrorAlert, Field, inputClass, primaryButton, StatusNote, useErrorText } from "@/components/portal/account/form";
import { ltr } from "@/components/portal/account/phone";
import { useTRPC } from "@/lib/trpc/client";
import { MarketSelect } from "./market-select";

/** Binds postal staff to a market and, optionally, a counter; lists who works where. */
export function StaffForm({ markets }: { markets: { code: string; name: string }[] }) {
  const t = useTranslations("network.staff");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [phone, setPhone] = useState("");
  const [marketCode, setMarketCode] = useState(markets[0]?.code ?? "");
  const [counter, setCounter] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const points = useQuery({ ...trpc.network.servicePoints.queryOptions({ marketCode }), enabled: marketCode !== "" });
  const staff = useQuery(trpc.network.staff.queryOptions());
  const assign = useMutation(
    trpc.network.assignStaff.mutationOptions({
      onSuccess: async () => {
        setDone(t("saved"));
        setPhone("");
        await queryClient.invalidateQueries({ queryKey: trpc.network.staff.queryKey() });
        router.refresh();
      },
    }),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (assign.isPending) return;
    setDone(null);
    assign.mutate({ phone, marketCode, servicePointCode: counter || null });
  };

  return (
    <section aria-labelledby="network-staff-title" className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4">
      <h2 id="network-staff-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-stone-700">{t("help")}</p>
      <form onSubmit={onSubmit} className="flex flex-col gap-3" data-testid="staff-form">
        <Field label={t("phone")} error={fieldError(assign.error, "phone")}>
          {(control) => (
            <input {...control} dir="ltr" type="tel" name="phone" autoComplete="off" value={phone} onChange={(e) => setPhone(e.target.value)} className={inputClass} />
          )}
        </Field>
        <Field label={t("market")}>
          {(control) => (
            <MarketSelect
              control={control}
              markets={markets}
              value={marketCode}
              onChange={(code) => {
                setMarketCode(code);
                setCounter("");
              }}
            />
          )}
        </Field>
        <Field label={t("counter")}>
          {(control) => (
            <select {...control} name="counter" value={counter} onChange={(e) => setCounter(e.target.value)} className={inputClass}>
              <option value="">{t("wholeMarket")}</option>
              {points.data?.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name} ({p.code})
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className={primaryButton} disabled={assign.isPending || phone.trim() === ""} data-testid="staff-submit">
          {t("submit")}
        </button>
      </form>
      <ErrorAlert message={errorText(assign.error)} />
      <StatusNote message={done} />
      {staff.data && staff.data.length === 0 && <p className="text-stone-600">{t("empty")}</p>}
      {staff.data && staff.data.length > 0 && (
        <ul className="flex flex-col divide-y divide-stone-200" data-testid="staff-list">
          {staff.data.map((s) => (
            <li key={`${s.phone}`} className="flex flex-wrap justify-between gap-2 py-2">
              <span>
                {s.name} <bdi dir="ltr">{ltr(s.phone ?? "")}</bdi>
              </span>
              <span className="text-stone-700">
                {markets.find((m) => m.code === s.marketCode)?.name ?? s.marketCode}
                {s.counterName ? ` · ${s.counterName}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
