import type { Tx } from "@/db/client";
import { isLocale } from "@/lib/locales";
import { localize } from "../catalog/localize";
import { enqueue } from "../outbox/outbox";
import { translateMessage } from "../trpc/translate-error";
import type { ParcelNotice } from "./tracking";

/**
 * Writes the recipient's SMS that a parcel reached their service point or is
 * out for delivery into the outbox, in the transaction that records the
 * event: once per event (its key), delivered even if the process dies next.
 * Returns the outbox key, or null when the event calls for no message.
 */
export async function enqueueParcelNotice(tx: Tx, eventKey: string, notice: ParcelNotice | null): Promise<string | null> {
  if (!notice) return null;
  const locale = isLocale(notice.locale) ? notice.locale : "en";
  const place = notice.servicePointName ? localize(notice.servicePointName, locale).text : translateMessage(locale, "sms.yourServicePoint");
  const message = notice.status === "out_for_delivery" ? "sms.outForDelivery" : "sms.arrived";
  const text = translateMessage(locale, message, { tracking: notice.trackingNumber, order: notice.orderNumber, place });
  const key = `parcel-notice:${eventKey}`;
  await enqueue(tx, { kind: "sms", key, payload: { to: notice.to, text } });
  return key;
}
