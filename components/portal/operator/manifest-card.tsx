"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { describeError } from "@/components/portal/seller/error-text";
import { formatDate, formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/locales";
import { useTRPC } from "@/lib/trpc/client";
import type { StaffManifest } from "./types";

/** A seller's manifest at the counter or on the route: what it holds, and one button to take every parcel on it. */
export function ManifestCard({ manifest, locale, onAccepted }: { manifest: StaffManifest; locale: Locale; onAccepted: () => void }) {
  const t = useTranslations("operator.manifest");
  const te = useTranslations("operator.errors");
  const trpc = useTRPC();
  const [result, setResult] = useState<{ alreadyAccepted: boolean; accepted: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const accept = useMutation(
    trpc.fulfilment.acceptManifest.mutationOptions({
      onSuccess: (outcome) => {
        setResult(outcome);
        onAccepted();
      },
      onError: (e) => setError(describeError(e, te("offline")).message),
    }),
  );

  return (
    <section className="flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4" aria-labelledby="manifest-heading" data-testid="manifest-card">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="manifest-heading" className="flex flex-col">
          <span className="text-sm font-normal text-stone-600">{t("heading")}</span>
          <bdi dir="ltr" className="font-mono text-xl font-bold tracking-wide">
            {manifest.number}
          </bdi>
        </h2>
        <span className="rounded-full bg-stone-100 px-3 py-1 font-medium" data-testid="manifest-parcels">
          {t("parcels", { count: manifest.parcels })}
        </span>
      </div>

      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="text-stone-600">{t("shop")}</dt>
        <dd>{manifest.shopName}</dd>
        <dt className="text-stone-600">{t("village")}</dt>
        <dd>{manifest.village}</dd>
        <dt className="text-stone-600">{t("date")}</dt>
        <dd className="flex flex-col">
          <span>{t("handover", { kind: manifest.handover })}</span>
          <span>
            {formatDate(manifest.date, locale)}
            {manifest.timeWindow && (
              <>
                {" · "}
                <bdi dir="ltr">{manifest.timeWindow}</bdi>
              </>
            )}
          </span>
        </dd>
      </dl>

      <p className={`rounded-lg p-3 font-semibold ${manifest.acceptedAt ? "bg-emerald-50 text-emerald-900" : "bg-amber-50 text-amber-950"}`} data-testid="manifest-state">
        {manifest.acceptedAt ? t("accepted", { time: formatDateTime(manifest.acceptedAt, locale, timeZone) }) : t("notAccepted")}
      </p>

      {result && (
        <p role="status" className="rounded-lg bg-emerald-50 p-3 text-lg font-bold text-emerald-900" data-testid="manifest-result">
          {result.alreadyAccepted ? t("alreadyAccepted") : t("acceptedResult", { count: result.accepted })}
        </p>
      )}
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 font-medium text-red-900">
          {error}
        </p>
      )}

      {!manifest.acceptedAt && (
        <button
          type="button"
          onClick={() => {
            setError(null);
            accept.mutate({ number: manifest.number });
          }}
          disabled={accept.isPending}
          className="min-h-12 rounded-lg bg-saffron-700 px-4 py-2 text-lg font-semibold text-white disabled:opacity-60"
          data-testid="accept-manifest"
        >
          {t("confirm")}
        </button>
      )}
    </section>
  );
}
