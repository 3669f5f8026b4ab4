"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import { describeError } from "@/components/portal/seller/error-text";
import { formatDate } from "@/lib/format";
import { DateInput } from "@/components/portal/date-input";
import type { Locale } from "@/lib/locales";
import { useTRPC } from "@/lib/trpc/client";
import { localIsoDate } from "./codes";

const noSubscription = () => () => undefined;

/** The collections and drop-offs booked for a day (today unless another is picked); a manifest number opens it above. */
export function PickupsList({ locale, onOpenManifest }: { locale: Locale; onOpenManifest: (number: string) => void }) {
  const t = useTranslations("operator.pickups");
  const tm = useTranslations("operator.manifest");
  const te = useTranslations("operator.errors");
  const trpc = useTRPC();
  // today where the phone is; unknown while the page is rendered on the server
  const today = useSyncExternalStore(noSubscription, () => localIsoDate(), () => null);
  const tn = useTranslations("network.staff");
  const [picked, setPicked] = useState<string | null>(null);
  // the clerk's own counter first; the whole market on request
  const [wholeMarket, setWholeMarket] = useState(false);
  const date = picked ?? today;
  const pickups = useQuery({ ...trpc.fulfilment.pickupsForDay.queryOptions({ date: date ?? "", locale, wholeMarket }), enabled: date !== null });

  return (
    <section className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4" aria-labelledby="pickups-heading" data-testid="pickups">
      <h2 id="pickups-heading" className="text-lg font-bold">
        {t("heading")}
      </h2>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t("date")}</span>
        <DateInput
          locale={locale}
          name="pickupsDate"
          value={date ?? ""}
          onValue={(value) => {
            // half-typed text keeps the last day picked
            if (/^\d{4}-\d{2}-\d{2}$/.test(value)) setPicked(value);
          }}
          className="min-h-12 rounded-lg border border-stone-300 px-3 py-2 text-base"
          data-testid="pickups-date"
        />
        {date && <span className="text-sm text-stone-600">{formatDate(date, locale)}</span>}
      </label>
      <label className="flex min-h-12 items-center gap-2">
        <input type="checkbox" checked={wholeMarket} onChange={(e) => setWholeMarket(e.target.checked)} className="size-5" data-testid="pickups-whole-market" />
        {tn("showWholeMarket")}
      </label>

      {pickups.error && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 font-medium text-red-900">
          {describeError(pickups.error, te("offline")).message}
        </p>
      )}
      {pickups.data?.length === 0 && <p className="text-stone-600">{t("none")}</p>}
      {pickups.data && pickups.data.length > 0 && (
        <ul className="flex flex-col gap-2">
          {pickups.data.map((pickup) => (
            <li key={pickup.manifestNumber} className="flex flex-col gap-1 rounded-lg border border-stone-200 p-3" data-testid="pickup">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-semibold">
                  {t("kind", { kind: pickup.kind })}
                  {pickup.timeWindow && (
                    <>
                      {" · "}
                      <bdi dir="ltr">{pickup.timeWindow}</bdi>
                    </>
                  )}
                </span>
                <span className="rounded-full bg-stone-100 px-3 py-1 text-sm">{t("status", { status: pickup.status })}</span>
              </div>
              <span>
                {pickup.shopName} · {pickup.village}
              </span>
              <a href={`tel:${pickup.shopPhone}`} className="inline-flex min-h-11 items-center self-start text-saffron-700 underline">
                <bdi dir="ltr">{pickup.shopPhone}</bdi>
              </a>
              {pickup.servicePointName && <span className="text-sm text-stone-600">{t("atPoint", { name: pickup.servicePointName })}</span>}
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span className="text-sm text-stone-600">{t("manifest")}</span>
                <button
                  type="button"
                  onClick={() => onOpenManifest(pickup.manifestNumber)}
                  className="inline-flex min-h-11 items-center font-mono font-semibold text-saffron-700 underline"
                  data-testid="pickup-manifest"
                >
                  <bdi dir="ltr">{pickup.manifestNumber}</bdi>
                </button>
                <span className="text-sm">{tm("parcels", { count: pickup.parcels })}</span>
                {pickup.acceptedAt && <span className="text-sm font-medium text-emerald-800">{t("accepted")}</span>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
