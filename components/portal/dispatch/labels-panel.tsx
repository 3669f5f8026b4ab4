"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TrackingStatus } from "@/lib/tracking";
import { LabelPrinter, type Which } from "./label-printer";

/** What the list needs of a parcel, and no more: the page stays light on a cheap phone. */
export interface DispatchParcel {
  id: string;
  orderNumber: string;
  trackingNumber: string | null;
  trackingStatus: TrackingStatus | null;
  labelPrinted: boolean;
  onManifest: boolean;
  recipientName: string;
  placeLabel: string;
  /** characters of the name and address the label fonts lack: printed in a plain fallback font, or as their code */
  labelCharacters: { fallback: string[]; missing: string[] } | null;
}

/**
 * The shop's parcels with a tick box each, and the label printer below: it
 * prints either the ticked parcels or every parcel still without a printed
 * label — however many there are, not just the ones listed.
 */
export function LabelsPanel({
  shopId,
  locale,
  parcels,
  listFull,
  unprintedTotal,
}: {
  shopId: string;
  locale: string;
  parcels: DispatchParcel[];
  listFull: boolean;
  /** all the shop's parcels without a printed label, counted by the server */
  unprintedTotal: number;
}) {
  const t = useTranslations("dispatch.parcels");
  const tracking = useTranslations("tracking");
  const printable = parcels.filter((p) => p.trackingNumber !== null);
  const unprinted = unprintedTotal;
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [which, setWhich] = useState<Which>(unprinted > 0 || listFull ? "unprinted" : "chosen");
  // parcels that left the list (after a refresh) are no longer ticked
  const chosen = printable.filter((p) => ticked.has(p.id)).map((p) => p.id);
  const allTicked = printable.length > 0 && chosen.length === printable.length;

  function tick(id: string, on: boolean) {
    const next = new Set(ticked);
    if (on) next.add(id);
    else next.delete(id);
    setTicked(next);
    setWhich("chosen");
  }
  function tickAll(on: boolean) {
    setTicked(on ? new Set(printable.map((p) => p.id)) : new Set());
    setWhich("chosen");
  }

  return (
    <>
      <section className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4" aria-labelledby="parcels-title" data-testid="dispatch-parcels">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="parcels-title" className="text-lg font-semibold">
            {t("title")}
          </h2>
          <span className="text-sm text-stone-600" aria-live="polite">
            {t("selected", { count: chosen.length })}
          </span>
        </div>
        {parcels.length === 0 ? (
          <p className="text-sm text-stone-600">{t("none")}</p>
        ) : (
          <>
            <label className="flex min-h-11 cursor-pointer items-center gap-3 font-medium">
              <input type="checkbox" checked={allTicked} disabled={printable.length === 0} onChange={(e) => tickAll(e.target.checked)} className="size-5" data-testid="select-all" />
              {t("selectAll")}
            </label>
            <ul className="flex flex-col divide-y divide-stone-100">
              {parcels.map((p) => (
                <li key={p.id} data-testid="dispatch-parcel">
                  <label className="flex min-h-11 cursor-pointer items-start gap-3 py-2">
                    <input
                      type="checkbox"
                      checked={ticked.has(p.id)}
                      disabled={p.trackingNumber === null}
                      onChange={(e) => tick(p.id, e.target.checked)}
                      className="mt-1 size-5 shrink-0"
                    />
                    <span className="flex min-w-0 flex-col text-sm">
                      <span className="flex flex-wrap gap-x-3 font-medium">
                        {p.trackingNumber ? <bdi dir="ltr" className="font-mono">{p.trackingNumber}</bdi> : <span>{t("noTracking")}</span>}
                        <span>{p.recipientName}</span>
                      </span>
                      <span className="text-stone-600">{p.placeLabel}</span>
                      <span className="text-stone-600">{t("order", { number: p.orderNumber })}</span>
                      {p.labelCharacters && (
                        <span role="note" className="mt-1 flex flex-col gap-0.5 rounded-md bg-amber-100 px-2 py-1 text-amber-950" data-testid="label-characters">
                          {p.labelCharacters.fallback.length > 0 && <span>{t("rareCharacters", { chars: p.labelCharacters.fallback.join(" ") })}</span>}
                          {p.labelCharacters.missing.length > 0 && <span>{t("missingCharacters", { chars: p.labelCharacters.missing.join(" ") })}</span>}
                        </span>
                      )}
                      <span className="flex flex-wrap gap-1 pt-1 text-xs">
                        {p.trackingStatus && <span className="rounded-full bg-stone-100 px-2 py-0.5">{tracking(`status.${p.trackingStatus}`)}</span>}
                        {p.trackingNumber &&
                          (p.labelPrinted ? (
                            <span className="rounded-full bg-leaf-700/10 px-2 py-0.5 text-leaf-700" data-testid="label-printed">
                              {t("labelPrinted")}
                            </span>
                          ) : (
                            <span className="rounded-full bg-amber-100 px-2 py-0.5 text-amber-950">{t("labelNotPrinted")}</span>
                          ))}
                        {p.onManifest && <span className="rounded-full bg-stone-100 px-2 py-0.5">{t("onManifest")}</span>}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            {listFull && <p className="text-sm text-stone-600">{t("newest", { count: parcels.length })}</p>}
          </>
        )}
      </section>
      <LabelPrinter shopId={shopId} locale={locale} unprinted={unprinted} chosen={chosen} which={which} onWhich={setWhich} />
    </>
  );
}
