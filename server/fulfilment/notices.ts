import { isLocale } from "@/lib/locales";
import type { SmsProvider } from "../auth/sms";
import { localize } from "../catalog/localize";
import { translateMessage } from "../trpc/translate-error";
import type { ParcelNotice } from "./tracking";

/** Tells the recipient by SMS that a parcel reached their service point or is out for delivery. Never throws. */
export async function sendParcelNotice(sms: SmsProvider, notice: ParcelNotice | null): Promise<void> {
  if (!notice) return;
  const locale = isLocale(notice.locale) ? notice.locale : "en";
  const place = notice.servicePointName ? localize(notice.servicePointName, locale).text : translateMessage(locale, "sms.yourServicePoint");
  const key = notice.status === "out_for_delivery" ? "sms.outForDelivery" : "sms.arrived";
  const text = translateMessage(locale, key, { tracking: notice.trackingNumber, order: notice.orderNumber, place });
  await sms.send(notice.to, text).catch((error: unknown) => console.error("parcel SMS failed", error));
}
