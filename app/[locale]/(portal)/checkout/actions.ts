"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { byFormOrder, formFieldOf, missingFields, type CheckoutField, type CheckoutValues } from "@/lib/checkout-fields";
import { isLocale, type Locale } from "@/lib/locales";
import { getAuth } from "@/server/auth";
import { findCart } from "@/server/checkout/cart";
import { cartTokenFrom } from "@/server/checkout/cart-token";
import { placeOrderInput } from "@/server/checkout/checkout.schema";
import { checkoutOrder } from "@/server/checkout/checkout-order";
import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { clientAddressOf } from "@/server/security/client-address";
import { isCrossSite } from "@/server/security/origin";
import { requestServices } from "@/server/services";
import { sessionUser } from "@/server/trpc/context";
import { translateError, translateMessage, translateZodError } from "@/server/trpc/translate-error";

export interface PlainCheckoutState {
  /** what the shopper typed, shown again with the errors */
  values: CheckoutValues | null;
  fieldErrors: { field: CheckoutField; message: string }[];
  formError: string | null;
}

function valuesOf(form: FormData): CheckoutValues {
  const get = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    kind: get("kind") === "service_point" ? "service_point" : "home",
    villageId: get("villageId"),
    servicePointId: get("servicePointId"),
    postalCode: get("postalCode"),
    landmark: get("landmark"),
    recipientName: get("recipientName"),
    recipientPhone: get("recipientPhone"),
    paymentMethod: get("paymentMethod") || "cod",
  };
}

/**
 * The checkout's plain form post (it works without JavaScript): the same
 * checkoutOrder service, limits and origin check as the JavaScript form. On
 * success it goes on to the order (or Stripe's payment page); otherwise the
 * page is drawn again with what was typed and a message at each field.
 */
export async function placeOrderFromForm(_previous: PlainCheckoutState, form: FormData): Promise<PlainCheckoutState> {
  const localeField = form.get("locale");
  const locale: Locale = typeof localeField === "string" && isLocale(localeField) ? localeField : "en";
  const values = valuesOf(form);
  const fail = (fieldErrors: PlainCheckoutState["fieldErrors"], formError: string | null = null): PlainCheckoutState => ({ values, fieldErrors: byFormOrder(fieldErrors), formError });

  const requestHeaders = new Headers(await headers());
  if (isCrossSite(requestHeaders, env.APP_URL)) return fail([], translateError(locale, "crossSite"));

  const missing = missingFields(values);
  if (missing.length > 0) return fail(missing.map((field) => ({ field, message: translateMessage(locale, "checkout.missing", { field }) })));

  const delivery =
    values.kind === "home"
      ? { kind: "home" as const, villageId: values.villageId, postalCode: values.postalCode, landmark: values.landmark, recipientName: values.recipientName, recipientPhone: values.recipientPhone, saveToAddressBook: form.get("saveToAddressBook") !== "off" }
      : { kind: "service_point" as const, servicePointId: values.servicePointId, recipientName: values.recipientName, recipientPhone: values.recipientPhone };
  const parsed = placeOrderInput.safeParse({ locale, delivery, paymentMethod: values.paymentMethod });
  if (!parsed.success) {
    const { message, fieldErrors } = translateZodError(parsed.error, locale);
    const known = fieldErrors.flatMap((e) => {
      const field = formFieldOf(e.field);
      return field ? [{ field, message: e.message }] : [];
    });
    return fail(known, known.length ? null : message);
  }

  const [db, auth] = await Promise.all([getDb(), getAuth()]);
  const user = await sessionUser(auth, requestHeaders);
  const cartId = await findCart(db, cartTokenFrom(requestHeaders));
  let target: string;
  try {
    const placed = await checkoutOrder(
      { db, ...requestServices() },
      { cartId, userId: user?.id ?? null, client: clientAddressOf(requestHeaders), input: { ...parsed.data, locale } },
    );
    target = placed.paymentUrl ?? `/${locale}/orders/${placed.number}?token=${placed.token}`;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const message = translateError(locale, error.messageKey, error.params);
    const field = error.field ? formFieldOf(error.field) : null;
    return field ? fail([{ field, message }]) : fail([], message);
  }
  redirect(target);
}
