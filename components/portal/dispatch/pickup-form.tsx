"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { localizeDigits } from "@/lib/digits";
import type { Locale } from "@/lib/locales";
import { useTRPC } from "@/lib/trpc/client";
import { describeError } from "../seller/error-text";
import { dayLabel, windowParts } from "./dates";
import { ManifestLinks } from "./manifest-links";
import { BUTTON, OPTION } from "./styles";

export interface PickupOptions {
  collectionDates: string[];
  dropOffDates: string[];
  windows: string[];
  servicePoints: { id: string; name: string; address: string; hours: string; distanceKm: number | null }[];
  readyParcels: number;
}

type Kind = "collection" | "drop_off";

/** Route days and drop-off days as large buttons: weekday first, then the date in the seller's calendar. */
function Days({ name, days, value, onChange, locale, testId }: { name: string; days: string[]; value: string; onChange: (day: string) => void; locale: Locale; testId: string }) {
  return (
    <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
      {days.map((day) => {
        const label = dayLabel(day, locale);
        return (
          <label key={day} className={`${OPTION} min-h-14`} data-testid={testId}>
            <input type="radio" name={name} value={day} checked={value === day} onChange={() => onChange(day)} className="size-5 shrink-0" />
            <span className="flex flex-col">
              <span className="font-medium">{label.weekday}</span>
              <span className="text-sm text-stone-600">{label.date}</span>
            </span>
          </label>
        );
      })}
    </div>
  );
}

/**
 * Books the hand-over of every labelled parcel not yet handed over: the post
 * collects on a village route day, in a time window, or the seller brings
 * them to a service point. The manifest is there to download right after.
 */
export function PickupForm({ shopId, locale, options }: { shopId: string; locale: Locale; options: PickupOptions }) {
  const t = useTranslations("dispatch.pickup");
  const td = useTranslations("dispatch");
  const trpc = useTRPC();
  const router = useRouter();
  const canCollect = options.collectionDates.length > 0;
  const [kind, setKind] = useState<Kind>(canCollect ? "collection" : "drop_off");
  const [routeDay, setRouteDay] = useState(options.collectionDates[0] ?? "");
  const [timeWindow, setTimeWindow] = useState(options.windows[0] ?? "");
  const [pointId, setPointId] = useState(options.servicePoints[0]?.id ?? "");
  const [dropOffDay, setDropOffDay] = useState(options.dropOffDates[0] ?? "");
  const [error, setError] = useState<string | null>(null);
  const request = useMutation(
    trpc.seller.requestPickup.mutationOptions({
      onSuccess: () => {
        setError(null);
        // the pickups list and the ready count are the server's: read them again
        router.refresh();
      },
      onError: (e) => setError(describeError(e, td("offline")).message),
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (request.isPending) return;
    setError(null);
    request.mutate(
      kind === "collection"
        ? { shopId, kind, date: routeDay, timeWindow }
        : { shopId, kind, date: dropOffDay, servicePointId: pointId },
    );
  }

  const pending = request.isPending;
  const nothingReady = options.readyParcels === 0;
  const incomplete = kind === "collection" ? !routeDay || !timeWindow : !pointId || !dropOffDay;
  return (
    <form onSubmit={submit} className="flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4" aria-labelledby="pickup-title" data-testid="pickup-form">
      <h2 id="pickup-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p data-testid="ready-parcels">
        <span className="font-medium">{t("ready", { count: options.readyParcels })}</span> {!nothingReady && t("allGo")}
      </p>
      <fieldset className="flex flex-col gap-2" disabled={pending}>
        <legend className="mb-1 font-medium">{t("how")}</legend>
        <label className={OPTION}>
          <input type="radio" name="kind" value="collection" checked={kind === "collection"} disabled={!canCollect} onChange={() => setKind("collection")} className="size-5 shrink-0" />
          {t("collection")}
        </label>
        <label className={OPTION}>
          <input type="radio" name="kind" value="drop_off" checked={kind === "drop_off"} onChange={() => setKind("drop_off")} className="size-5 shrink-0" />
          {t("dropOff")}
        </label>
        {!canCollect && <p className="text-sm text-stone-600">{t("noRouteDays")}</p>}
      </fieldset>

      {kind === "collection" ? (
        <>
          <fieldset className="flex flex-col gap-2" disabled={pending}>
            <legend className="mb-1 font-medium">{t("routeDay")}</legend>
            <Days name="routeDay" days={options.collectionDates} value={routeDay} onChange={setRouteDay} locale={locale} testId="route-day" />
          </fieldset>
          <fieldset className="flex flex-col gap-2" disabled={pending}>
            <legend className="mb-1 font-medium">{t("window")}</legend>
            <div className="grid grid-cols-1 gap-2 sm:grid-cols-3">
              {options.windows.map((w) => (
                <label key={w} className={OPTION} data-testid="time-window">
                  <input type="radio" name="window" value={w} checked={timeWindow === w} onChange={() => setTimeWindow(w)} className="size-5 shrink-0" />
                  {td("windowRange", windowParts(w, locale))}
                </label>
              ))}
            </div>
          </fieldset>
        </>
      ) : (
        <>
          <fieldset className="flex flex-col gap-2" disabled={pending}>
            <legend className="mb-1 font-medium">{t("servicePoint")}</legend>
            {options.servicePoints.length === 0 && <p className="text-sm text-stone-600">{t("noServicePoints")}</p>}
            {options.servicePoints.map((p) => (
              <label key={p.id} className={`${OPTION} items-start`} data-testid="service-point">
                <input type="radio" name="servicePoint" value={p.id} checked={pointId === p.id} onChange={() => setPointId(p.id)} className="mt-1 size-5 shrink-0" />
                <span className="flex flex-col text-sm">
                  <span className="text-base font-medium">{p.name}</span>
                  <span>{p.address}</span>
                  <span className="text-stone-600">{t("hours", { hours: localizeDigits(p.hours, locale) })}</span>
                  {p.distanceKm !== null && <span className="text-stone-600">{t("distance", { km: p.distanceKm })}</span>}
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset className="flex flex-col gap-2" disabled={pending}>
            <legend className="mb-1 font-medium">{t("dropOffDay")}</legend>
            <Days name="dropOffDay" days={options.dropOffDates} value={dropOffDay} onChange={setDropOffDay} locale={locale} testId="drop-off-day" />
          </fieldset>
        </>
      )}

      <button type="submit" disabled={pending || nothingReady || incomplete} className={`${BUTTON} self-start`} data-testid="request-pickup">
        {pending ? t("sending") : kind === "collection" ? t("submitCollection") : t("submitDropOff")}
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-800" data-testid="pickup-error">
          {error}
        </p>
      )}
      {request.data && !pending && (
        <div role="status" className="flex flex-col gap-2 rounded-lg bg-saffron-50 p-3" data-testid="pickup-booked">
          <p>{t("booked", { count: request.data.parcels })}</p>
          <p>
            {t("manifestNumber")}:{" "}
            <bdi className="font-mono text-lg font-semibold" data-testid="manifest-number">
              {request.data.manifestNumber}
            </bdi>
          </p>
          <ManifestLinks manifestNumber={request.data.manifestNumber} locale={locale} pdf={t("manifestPdf")} csv={t("manifestCsv")} />
        </div>
      )}
    </form>
  );
}
