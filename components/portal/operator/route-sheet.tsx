"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import { describeError } from "@/components/portal/seller/error-text";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/locales";
import { formatMoney } from "@/lib/money";
import { useTRPC } from "@/lib/trpc/client";
import { localIsoDate } from "./codes";

const noSubscription = () => () => undefined;

/**
 * The postman's round on a phone: the day's stops in order, what to collect
 * and deliver at each, the cash per stop and the total to bring back, and the
 * same as a PDF. Staff of a counter see theirs; others type the counter's code.
 */
export function RouteSheetView({ locale }: { locale: Locale }) {
  const t = useTranslations("operator.routeSheet");
  const te = useTranslations("operator.errors");
  const tm = useTranslations("money");
  const trpc = useTRPC();
  const today = useSyncExternalStore(noSubscription, () => localIsoDate(), () => null);
  const [picked, setPicked] = useState<string | null>(null);
  const [counter, setCounter] = useState("");
  // staff of a counter see their round at once; others are asked to name a counter
  const [asked, setAsked] = useState("");
  const date = picked ?? today;
  const sheet = useQuery({
    ...trpc.network.routeSheet.queryOptions({ date: date ?? "", ...(asked ? { counterCode: asked } : {}) }),
    enabled: date !== null,
  });
  const money = (amountMinor: number, currency: string) => formatMoney({ amountMinor, currency }, locale, (amount) => tm("toman", { amount }));
  const pdf = date ? `/api/operator/route-sheet?${new URLSearchParams({ date, locale, ...(asked ? { counter: asked } : {}) }).toString()}` : null;

  return (
    <section className="flex flex-col gap-3" aria-labelledby="route-heading" data-testid="route-sheet">
      <p className="text-stone-700">{t("intro")}</p>
      <form
        className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4"
        onSubmit={(e) => {
          e.preventDefault();
          setAsked(counter.trim());
        }}
      >
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("date")}</span>
          <input
            type="date"
            value={date ?? ""}
            onChange={(e) => setPicked(/^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : null)}
            className="min-h-12 rounded-lg border border-stone-300 px-3 py-2 text-base"
            data-testid="route-date"
          />
          {date && <span className="text-sm text-stone-600">{formatDate(date, locale)}</span>}
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("counter")}</span>
          <input
            value={counter}
            onChange={(e) => setCounter(e.target.value)}
            dir="ltr"
            autoCapitalize="characters"
            className="min-h-12 rounded-lg border border-stone-300 px-3 py-2 text-base"
            data-testid="route-counter"
          />
        </label>
        <button type="submit" className="min-h-12 rounded-lg bg-saffron-700 px-4 font-semibold text-white" data-testid="route-show">
          {t("show")}
        </button>
      </form>

      {sheet.error && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 font-medium text-red-900">
          {describeError(sheet.error, te("offline")).message}
        </p>
      )}
      {sheet.data && (
        <>
          <h2 id="route-heading" className="text-lg font-bold">
            {sheet.data.counter.name} · <bdi dir="ltr">{sheet.data.counter.code}</bdi>
          </h2>
          <p className="text-stone-700" data-testid="route-summary">
            {t("summary", { stops: sheet.data.stops.length, parcels: sheet.data.parcelsOut, collections: sheet.data.collections })}
          </p>
          {sheet.data.stops.length === 0 && <p className="text-stone-600">{t("empty")}</p>}
          <ol className="flex flex-col gap-3">
            {sheet.data.stops.map((stop, i) => (
              <li key={stop.villageId} className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-4" data-testid="route-stop">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="font-bold">
                    {t("stop", { n: i + 1 })} — {stop.village}
                  </h3>
                  <span className={stop.cashMinor > 0 ? "font-semibold text-red-900" : "text-stone-600"} data-testid="stop-cash">
                    {stop.cashMinor > 0 ? t("cash", { amount: money(stop.cashMinor, sheet.data.currency) }) : t("noCash")}
                  </span>
                </div>
                {stop.collections.length > 0 && (
                  <>
                    <h4 className="font-semibold">{t("collections")}</h4>
                    <ul className="flex flex-col gap-1">
                      {stop.collections.map((c, k) => (
                        <li key={`${c.manifestNumber ?? ""}-${k}`} className="flex flex-col border-s-4 border-saffron-600 ps-3" data-testid="route-collection">
                          <span>
                            {c.shopName}
                            {c.timeWindow && (
                              <>
                                {" · "}
                                {t("window", { window: c.timeWindow })}
                              </>
                            )}
                          </span>
                          <span className="text-sm text-stone-600">
                            {t("parcels", { count: c.parcels })}
                            {c.manifestNumber && (
                              <>
                                {" · "}
                                <bdi dir="ltr">{c.manifestNumber}</bdi>
                              </>
                            )}
                            {c.collected && ` · ${t("collected")}`}
                          </span>
                          <a href={`tel:${c.shopPhone}`} className="inline-flex min-h-11 items-center self-start text-saffron-700 underline">
                            <bdi dir="ltr">{c.shopPhone}</bdi>
                          </a>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {stop.deliveries.length > 0 && (
                  <>
                    <h4 className="font-semibold">{t("deliveries")}</h4>
                    <ul className="flex flex-col gap-2">
                      {stop.deliveries.map((d) => (
                        <li key={d.trackingNumber} className="flex flex-col border-s-4 border-stone-400 ps-3" data-testid="route-delivery">
                          <span className="flex flex-wrap justify-between gap-2">
                            <bdi dir="ltr" className="font-mono font-semibold">
                              {d.trackingNumber}
                            </bdi>
                            <span className={d.codMinor > 0 ? "font-semibold" : "text-stone-600"} data-testid="delivery-cash">
                              {d.codMinor > 0 ? money(d.codMinor, sheet.data.currency) : t("paid")}
                            </span>
                          </span>
                          <span>{d.recipientName}</span>
                          <span className="text-sm text-stone-600">
                            {d.place}
                            {d.landmark && ` · ${d.landmark}`}
                          </span>
                          {d.redeliverySlot && <span className="text-sm text-stone-700">{t("redelivery", { slot: d.redeliverySlot })}</span>}
                          <a href={`tel:${d.recipientPhone}`} className="inline-flex min-h-11 items-center self-start text-saffron-700 underline">
                            <bdi dir="ltr">{d.recipientPhone}</bdi>
                          </a>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ol>
          <p className="rounded-xl bg-stone-900 p-4 text-lg font-bold text-white" data-testid="route-total">
            {t("totalCash", { amount: money(sheet.data.totalCashMinor, sheet.data.currency) })}
          </p>
          {pdf && (
            <a href={pdf} className="inline-flex min-h-12 items-center justify-center rounded-lg border border-stone-300 bg-white px-4 font-semibold" data-testid="route-pdf">
              {t("pdf")}
            </a>
          )}
        </>
      )}
    </section>
  );
}
