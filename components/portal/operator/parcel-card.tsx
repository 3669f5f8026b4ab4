"use client";

import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { describeError } from "@/components/portal/seller/error-text";
import { formatDate, formatDateTime, formatTimeRange, formatWeight } from "@/lib/format";
import type { Locale } from "@/lib/locales";
import { formatMoney, moneyInputText, moneyInputValue, parseMoneyInput } from "@/lib/money";
import { EVENT_STATUSES } from "@/lib/tracking";
import { useTRPC } from "@/lib/trpc/client";
import { newScanId } from "./codes";
import type { StaffParcel, StaffStatus, TrackingStatus } from "./types";

/** Every status staff can record, in the order a parcel usually goes through them. */
const STAFF_STATUSES: readonly StaffStatus[] = EVENT_STATUSES;

/** What usually comes next after each status: these buttons come first and largest. */
const LIKELY_NEXT: Record<TrackingStatus | "none", readonly StaffStatus[]> = {
  none: ["accepted"],
  label_created: ["accepted"],
  accepted: ["in_transit", "arrived_at_service_point"],
  in_transit: ["arrived_at_service_point"],
  arrived_at_service_point: ["out_for_delivery", "held_at_counter", "delivered"],
  out_for_delivery: ["delivered", "delivery_failed"],
  delivery_failed: ["held_at_counter", "out_for_delivery", "returned_to_sender"],
  held_at_counter: ["delivered", "out_for_delivery", "returned_to_sender"],
  delivered: [],
  returned_to_sender: [],
};

/** These end the journey and cannot be undone: asked once more before they are sent. */
const FINAL: readonly StaffStatus[] = ["delivered", "returned_to_sender"];
/** Statuses that happen at a service point: recorded at the parcel's point when it has one. */
const AT_POINT: readonly StaffStatus[] = ["arrived_at_service_point", "held_at_counter"];

type Outcome = { kind: "applied" | "duplicate" | "late"; status: TrackingStatus | null };

const bigButton = "min-h-12 rounded-lg px-4 py-2 text-base font-semibold disabled:opacity-60";

/** Staff see the parcel they scanned — where it goes, what to collect, its history — and record what happened. */
export function ParcelCard({ parcel, locale, onRecorded }: { parcel: StaffParcel; locale: Locale; onRecorded: () => void }) {
  const t = useTranslations("operator.parcel");
  const te = useTranslations("operator.errors");
  const ts = useTranslations("tracking");
  const tm = useTranslations("money");
  const trpc = useTRPC();
  const statusName = (status: TrackingStatus) => ts(`status.${status}`);
  const money = (amountMinor: number) => formatMoney({ amountMinor, currency: parcel.currency }, locale, (amount) => tm("toman", { amount }));
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  const cod = parcel.codAmountMinor > 0;
  const [confirming, setConfirming] = useState<StaffStatus | null>(null);
  const [cash, setCash] = useState(() => (cod ? moneyInputText(parcel.codAmountMinor, parcel.currency, locale) : ""));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  // one scan id per submitted action: sent again after a lost answer, the server records it once
  const [pending, setPending] = useState<{ key: string; scanId: string } | null>(null);

  const record = useMutation(
    trpc.fulfilment.recordEvent.mutationOptions({
      onSuccess: (result) => {
        setPending(null);
        setOutcome({ kind: result.duplicate ? "duplicate" : result.applied ? "applied" : "late", status: result.status });
        setConfirming(null);
        onRecorded();
      },
      onError: (e) => {
        // the server answered, so nothing was recorded: the next try is a new scan
        if (e instanceof TRPCClientError && e.data) setPending(null);
        setError(describeError(e, te("offline")).message);
      },
    }),
  );

  function send(status: StaffStatus, codCollectedMinor?: number) {
    setError(null);
    setOutcome(null);
    const key = `${status}|${codCollectedMinor ?? ""}`;
    const scanId = pending?.key === key ? pending.scanId : newScanId();
    setPending({ key, scanId });
    record.mutate({
      trackingNumber: parcel.trackingNumber,
      status,
      scanId,
      ...(parcel.servicePointId && AT_POINT.includes(status) ? { servicePointId: parcel.servicePointId } : {}),
      ...(codCollectedMinor !== undefined ? { codCollectedMinor } : {}),
    });
  }

  function choose(status: StaffStatus) {
    setError(null);
    if (FINAL.includes(status)) setConfirming(status);
    else send(status);
  }

  function confirm(event: FormEvent) {
    event.preventDefault();
    if (!confirming) return;
    if (confirming !== "delivered" || !cod || cash.trim() === "") return send(confirming);
    const collected = parseMoneyInput(cash, parcel.currency);
    if (collected === null) return setError(te("badAmount", { example: moneyInputValue(parcel.codAmountMinor, parcel.currency) }));
    send(confirming, collected);
  }

  const closed = parcel.cancelled || parcel.final;
  const likely = LIKELY_NEXT[parcel.status ?? "none"];
  const others = STAFF_STATUSES.filter((status) => !likely.includes(status));

  return (
    <section className="flex flex-col gap-4 rounded-xl border border-stone-200 bg-white p-4" aria-labelledby="parcel-heading" data-testid="parcel-card">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="parcel-heading" className="flex flex-col">
          <span className="text-sm font-normal text-stone-600">{t("heading")}</span>
          <bdi dir="ltr" className="font-mono text-xl font-bold tracking-wide" data-testid="parcel-tracking">
            {parcel.trackingNumber}
          </bdi>
        </h2>
        <span className="rounded-full bg-stone-100 px-3 py-1 font-medium" data-testid="parcel-status">
          {parcel.status ? statusName(parcel.status) : t("noStatus")}
        </span>
      </div>

      {cod && parcel.codCollectedMinor === null && (
        <p className="rounded-lg border-2 border-amber-400 bg-amber-50 p-3 text-xl font-bold text-amber-950" data-testid="cod-due">
          {t("collect", { amount: money(parcel.codAmountMinor) })}
        </p>
      )}
      {cod && parcel.codCollectedMinor !== null && (
        <p className="rounded-lg bg-emerald-50 p-3 font-semibold text-emerald-900" data-testid="cod-collected">
          {t("collected", { amount: money(parcel.codCollectedMinor) })}
        </p>
      )}
      {!cod && <p className="text-sm text-stone-600">{t("prepaid")}</p>}

      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="text-stone-600">{t("order")}</dt>
        <dd>
          <bdi dir="ltr" className="font-mono">
            {parcel.orderNumber}
          </bdi>
        </dd>
        <dt className="text-stone-600">{t("shop")}</dt>
        <dd>{parcel.shopName}</dd>
        <dt className="text-stone-600">{t("recipient")}</dt>
        <dd className="flex flex-wrap gap-x-3">
          <span className="font-medium">{parcel.recipientName}</span>
          <a href={`tel:${parcel.recipientPhone}`} className="inline-flex min-h-11 items-center text-saffron-700 underline">
            <bdi dir="ltr">{parcel.recipientPhone}</bdi>
          </a>
        </dd>
        <dt className="text-stone-600">{t("place")}</dt>
        <dd>{parcel.place}</dd>
        {parcel.landmark && (
          <>
            <dt className="text-stone-600">{t("landmark")}</dt>
            <dd>{parcel.landmark}</dd>
          </>
        )}
        <dt className="text-stone-600">{t("weight")}</dt>
        <dd>{formatWeight(parcel.weightGrams, locale)}</dd>
      </dl>

      {parcel.redelivery && (
        <p className="rounded-lg bg-sky-50 p-3 font-medium text-sky-950" data-testid="redelivery">
          {t("redelivery", { date: formatDate(parcel.redelivery.date, locale), slot: `\u2068${formatTimeRange(parcel.redelivery.slot, locale)}\u2069` })}
        </p>
      )}

      {parcel.cancelled && (
        <p className="rounded-lg bg-red-50 p-3 font-semibold text-red-900" data-testid="parcel-closed">
          {t("cancelled")}
        </p>
      )}
      {!parcel.cancelled && parcel.final && parcel.status && (
        <p className="rounded-lg bg-stone-100 p-3 font-semibold text-stone-900" data-testid="parcel-closed">
          {t("final", { status: statusName(parcel.status) })}
        </p>
      )}

      {outcome && (
        <p role="status" className={`rounded-lg p-3 font-medium ${outcome.kind === "applied" ? "bg-emerald-50 text-emerald-900" : "bg-amber-50 text-amber-950"}`} data-testid="scan-result">
          {outcome.kind === "duplicate"
            ? t("duplicate")
            : t(outcome.kind, { status: outcome.status ? statusName(outcome.status) : t("noStatus") })}
        </p>
      )}
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 font-medium text-red-900" data-testid="scan-error">
          {error}
        </p>
      )}

      {!closed && confirming && (
        <form onSubmit={confirm} className="flex flex-col gap-3 rounded-lg border-2 border-stone-900 p-3" data-testid="confirm-final">
          <p className="font-semibold">{t("confirmFinal", { status: statusName(confirming) })}</p>
          {confirming === "delivered" && cod && (
            <label className="flex flex-col gap-1">
              <span className="font-medium">{t("cashLabel", { currency: parcel.currency })}</span>
              <input
                name="cashCollected"
                value={cash}
                onChange={(e) => setCash(e.target.value)}
                onBlur={() => {
                  const minor = parseMoneyInput(cash, parcel.currency);
                  if (minor !== null) setCash(moneyInputText(minor, parcel.currency, locale));
                }}
                inputMode="decimal"
                autoComplete="off"
                dir="ltr"
                className="min-h-12 rounded-lg border border-stone-300 px-3 py-2 text-xl"
              />
            </label>
          )}
          <div className="flex flex-wrap gap-2">
            <button type="submit" disabled={record.isPending} className={`${bigButton} flex-1 bg-emerald-700 text-white`}>
              {t("confirm", { status: statusName(confirming) })}
            </button>
            <button type="button" onClick={() => setConfirming(null)} className={`${bigButton} border border-stone-300 bg-white text-stone-900`}>
              {t("back")}
            </button>
          </div>
        </form>
      )}

      {!closed && !confirming && (
        <div className="flex flex-col gap-3" data-testid="parcel-actions">
          <h3 className="font-semibold">{t("actions")}</h3>
          <div className="flex flex-col gap-2">
            {likely.map((status) => (
              <button key={status} type="button" onClick={() => choose(status)} disabled={record.isPending} className={`${bigButton} bg-saffron-700 text-white`}>
                {statusName(status)}
              </button>
            ))}
          </div>
          <h4 className="text-sm text-stone-600">{t("moreActions")}</h4>
          <div className="grid grid-cols-2 gap-2">
            {others.map((status) => (
              <button key={status} type="button" onClick={() => choose(status)} disabled={record.isPending} className={`${bigButton} border border-stone-300 bg-white text-stone-900`}>
                {statusName(status)}
              </button>
            ))}
          </div>
        </div>
      )}

      <div className="flex flex-col gap-2">
        <h3 className="font-semibold">{t("timeline")}</h3>
        {parcel.timeline.length === 0 ? (
          <p className="text-stone-600">{t("noEvents")}</p>
        ) : (
          <ol className="flex flex-col gap-2 border-s-2 border-stone-200 ps-4" data-testid="timeline">
            {parcel.timeline.map((event, i) => (
              <li key={`${event.status}-${event.occurredAt.toISOString()}-${i}`} className="flex flex-col" data-testid="timeline-event">
                <span className="font-medium">{statusName(event.status)}</span>
                <span className="text-sm text-stone-600">
                  <time dateTime={event.occurredAt.toISOString()}>{formatDateTime(event.occurredAt, locale, timeZone)}</time>
                  {(event.servicePointName ?? event.location) && ` · ${event.servicePointName ?? event.location}`}
                </span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
