"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { describeError } from "@/components/portal/seller/error-text";
import { formatDate, formatTimeRange } from "@/lib/format";
import type { Locale } from "@/lib/locales";
import { useTRPC } from "@/lib/trpc/client";
import { useHydrated } from "@/lib/use-hydrated";

/** For a parcel held at a counter: the shopper picks a day and a time slot for the post to deliver it again. */
export function RedeliveryForm({
  locale,
  number,
  token,
  shipmentId,
  days,
  slots,
}: {
  locale: Locale;
  number: string;
  token?: string | undefined;
  shipmentId: string;
  days: string[];
  slots: readonly string[];
}) {
  const t = useTranslations("tracking.redelivery");
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const router = useRouter();
  const [day, setDay] = useState(days[0] ?? "");
  const [slot, setSlot] = useState(slots[0] ?? "");
  const [error, setError] = useState<string | null>(null);
  const request = useMutation(
    trpc.fulfilment.requestRedelivery.mutationOptions({
      onSuccess: () => {
        setError(null);
        router.refresh();
      },
      onError: (e) => setError(describeError(e, t("offline")).message),
    }),
  );
  const choice = "flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-stone-300 px-3 py-2 has-[:checked]:border-saffron-700 has-[:checked]:bg-saffron-50";
  return (
    <form
      className="mt-3 flex flex-col gap-3 rounded-lg bg-amber-50 p-3"
      data-testid="redelivery-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!request.isPending) request.mutate({ number, locale, ...(token ? { token } : {}), shipmentId, date: day, slot });
      }}
    >
      <h3 className="font-semibold">{t("title")}</h3>
      <p className="text-sm">{t("intro")}</p>
      <fieldset className="flex flex-wrap gap-2">
        <legend className="mb-1 text-sm font-medium">{t("day")}</legend>
        {days.map((d) => (
          <label key={d} className={choice}>
            <input type="radio" name="day" value={d} checked={day === d} onChange={() => setDay(d)} />
            {formatDate(d, locale)}
          </label>
        ))}
      </fieldset>
      <fieldset className="flex flex-wrap gap-2">
        <legend className="mb-1 text-sm font-medium">{t("slot")}</legend>
        {slots.map((s) => (
          <label key={s} className={choice}>
            <input type="radio" name="slot" value={s} checked={slot === s} onChange={() => setSlot(s)} />
            <bdi>{formatTimeRange(s, locale)}</bdi>
          </label>
        ))}
      </fieldset>
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
      <button type="submit" disabled={!hydrated || request.isPending} className="min-h-11 self-start rounded-lg bg-saffron-700 px-4 py-2 font-semibold text-white disabled:opacity-60" data-testid="request-redelivery">
        {request.isPending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
