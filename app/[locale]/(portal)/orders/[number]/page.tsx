import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getMoneyFormatter } from "@/components/price";
import { OrderActions } from "@/components/portal/checkout/order-actions";
import { RedeliveryForm } from "@/components/portal/checkout/redelivery-form";
import { formatDate, formatDateTime, formatNumber, formatTimeRange } from "@/lib/format";
import { pageLocale } from "@/lib/route-params";
import { REDELIVERY_SLOTS, redeliveryDays } from "@/server/fulfilment/redelivery";
import { loadOr404, sessionApi } from "@/server/trpc/server";

type Props = { params: Promise<{ locale: string; number: string }>; searchParams: Promise<{ token?: string; paid?: string }> };

export const metadata: Metadata = { robots: { index: false } };

/** An order as its buyer follows it: open to the signed-in buyer or to whoever has the link with its token. */
export default async function OrderPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { number } = await params;
  const { token, paid } = await searchParams;
  const validToken = typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : undefined;
  const { api } = await sessionApi(locale);
  const order = await loadOr404(api.shop.order({ number, locale, ...(validToken ? { token: validToken } : {}) }));
  const [t, tt, money] = await Promise.all([
    getTranslations({ locale, namespace: "order" }),
    getTranslations({ locale, namespace: "tracking" }),
    getMoneyFormatter(locale),
  ]);
  const amount = (minor: number) => money({ amountMinor: minor, currency: order.currency });
  const pendingCard = order.status === "pending_payment" && order.paymentMethod === "card";
  return (
    <article className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">
        <bdi>{t("title", { number: order.number })}</bdi>
      </h1>
      <p className="text-lg" data-testid="order-status">
        {t("status", { status: order.status })} · {t("paymentMethod", { method: order.paymentMethod })}
      </p>
      {order.paymentStatus === "refunded" && (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900" data-testid="refunded">
          {t("refunded")}
        </p>
      )}
      {order.paymentStatus === "refund_pending" && (
        <p role="status" className="rounded-lg bg-amber-50 p-3 text-amber-900" data-testid="refund-pending">
          {t("refundPending")}
        </p>
      )}
      <p className="text-sm text-stone-600">{t("keepLink")}</p>
      <OrderActions
        locale={locale}
        number={order.number}
        token={validToken}
        canPay={pendingCard && paid !== "1"}
        canCancel={order.status !== "cancelled"}
        awaitingConfirmation={pendingCard && paid === "1"}
      />
      <section className="rounded-xl border border-stone-200 bg-white p-4">
        <h2 className="font-semibold">{t("deliverTo")}</h2>
        <p>
          {order.delivery.recipientName} · <bdi dir="ltr">{order.delivery.recipientPhone}</bdi>
        </p>
        <p className="text-stone-700">{order.delivery.placeLabel}</p>
      </section>
      {order.shipments.map((s) => (
        <section key={s.id} className="rounded-xl border border-stone-200 bg-white p-4" data-testid="order-parcel">
          <h2 className="font-semibold">{t("parcel", { shop: s.shopName })}</h2>
          {s.trackingNumber && (
            <p className="text-sm text-stone-600" data-testid="tracking-number">
              {t("tracking")} <bdi dir="ltr" className="font-mono">{s.trackingNumber}</bdi>
            </p>
          )}
          <ul className="my-2 text-sm">
            {s.lines.map((l) => (
              <li key={l.id}>
                {l.productName} · {l.variantLabel} × {formatNumber(l.quantity, locale)} — {amount(l.unitPriceMinor * l.quantity)}
              </li>
            ))}
          </ul>
          {s.codAmountMinor > 0 && order.status !== "cancelled" && s.codCollectedMinor === null && (
            <p className="font-medium">{t("collect", { amount: amount(s.codAmountMinor) })}</p>
          )}
          {s.codCollectedMinor !== null && <p className="font-medium">{tt("cashCollected", { amount: amount(s.codCollectedMinor) })}</p>}
          {s.refund?.status === "pending" && (
            <p role="status" className="rounded-lg bg-amber-50 p-3 text-amber-900" data-testid="parcel-refund-pending">
              {t("parcelRefundPending", { amount: amount(s.refund.amountMinor) })}
            </p>
          )}
          {s.refund?.status === "refunded" && (
            <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900" data-testid="parcel-refunded">
              {t("parcelRefunded", { amount: amount(s.refund.amountMinor) })}
            </p>
          )}
          {order.status !== "cancelled" && (
            <div className="mt-3 border-t border-stone-100 pt-3">
              <h3 className="font-semibold">{tt("timeline")}</h3>
              {s.trackingStatus && (
                <p className="text-lg" data-testid="parcel-status">
                  {tt(`status.${s.trackingStatus}`)}
                </p>
              )}
              {s.timeline.length === 0 ? (
                <p className="text-sm text-stone-600">{tt("notYet")}</p>
              ) : (
                <ol className="mt-2 flex flex-col gap-2 border-s-2 border-stone-200 ps-4 text-sm" data-testid="timeline">
                  {[...s.timeline].reverse().map((e, i) => (
                    <li key={`${e.status}-${i}`} data-testid="timeline-event" data-status={e.status} className={i === 0 ? "font-semibold" : "text-stone-600"}>
                      <span>{tt(`status.${e.status}`)}</span>
                      {e.place && <span> · {e.place}</span>}
                      <time className="block text-xs text-stone-500" dateTime={new Date(e.occurredAt).toISOString()}>
                        {formatDateTime(new Date(e.occurredAt), locale, order.timeZone)}
                      </time>
                    </li>
                  ))}
                </ol>
              )}
              {s.redelivery && (
                <p role="status" className="mt-2 rounded-lg bg-green-50 p-3 text-green-900" data-testid="redelivery-requested">
                  {tt("redelivery.requested", { date: formatDate(s.redelivery.date, locale), slot: formatTimeRange(s.redelivery.slot, locale) })}
                </p>
              )}
              {s.trackingStatus === "held_at_counter" && !s.redelivery && (
                <RedeliveryForm locale={locale} number={order.number} token={validToken} shipmentId={s.id} days={redeliveryDays(order.timeZone)} slots={REDELIVERY_SLOTS} />
              )}
            </div>
          )}
        </section>
      ))}
      <p className="text-lg font-semibold" data-testid="order-total">
        {amount(order.totalMinor)}
      </p>
    </article>
  );
}
