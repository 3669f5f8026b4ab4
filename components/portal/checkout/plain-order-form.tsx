"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { placeOrderFromForm, type PlainCheckoutState } from "@/app/[locale]/(portal)/checkout/actions";
import type { CheckoutField } from "@/lib/checkout-fields";
import { localizeDigits } from "@/lib/digits";
import type { Locale } from "@/lib/locales";
import { FieldError, fieldId, groupProps, invalidProps } from "./field-error";

interface Point {
  id: string;
  name: string;
  address: string;
  hours: string;
  distanceKm: number | null;
  acceptsCashOnDelivery: boolean;
}

const input = "min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base aria-invalid:border-red-700";
/** ids of this form's fields: the hidden interactive form on the same page has its own */
const SCOPE = "nojs";
const START: PlainCheckoutState = { values: null, fieldErrors: [], formError: null };

/**
 * The checkout's form post, drawn on the server: it works without JavaScript.
 * After a refused post the page comes back with what was typed, a summary of
 * the errors linking to each field, and each message next to its field.
 */
export function PlainOrderForm(props: {
  locale: Locale;
  villageId: string;
  market: string;
  paymentMethods: string[];
  servicePoints: Point[];
  initial: { postalCode: string; landmark: string; recipientName: string; recipientPhone: string } | null;
}) {
  const t = useTranslations("checkout");
  const [state, action] = useActionState(placeOrderFromForm, START);
  const v = state.values;
  const errorOf = (field: CheckoutField) => state.fieldErrors.find((e) => e.field === field)?.message;
  const label = (field: CheckoutField) =>
    ({ villageId: t("village"), servicePointId: t("pointsNearest"), postalCode: t("postalCode"), landmark: t("landmark"), recipientName: t("recipientName"), recipientPhone: t("recipientPhone"), paymentMethod: t("payment") })[field];
  const kind = v?.kind ?? "home";
  const methods = props.paymentMethods.length > 0 ? props.paymentMethods : ["cod"];
  const method = v && methods.includes(v.paymentMethod) ? v.paymentMethod : methods[0];

  return (
    <form action={action} className="flex flex-col gap-5" noValidate data-testid="plain-order-form">
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="villageId" value={props.villageId} />
      {(state.fieldErrors.length > 0 || state.formError) && (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-red-900" data-testid="error-summary">
          {state.formError && <p>{state.formError}</p>}
          {state.fieldErrors.length > 0 && (
            <>
              <p className="font-semibold">{t("errorSummary")}</p>
              <ul className="list-inside list-disc">
                {state.fieldErrors.map((e) => (
                  <li key={e.field}>
                    <a href={`#${fieldId(e.field, SCOPE)}`} className="inline-block min-h-6 underline">
                      {label(e.field)}: {e.message}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-lg font-semibold">{t("delivery")}</legend>
        {(["home", "service_point"] as const).map((k) => (
          <label key={k} className="flex min-h-12 items-center gap-3 rounded-lg border border-stone-300 bg-white p-3 has-checked:border-saffron-600 has-checked:bg-saffron-50">
            <input type="radio" name="kind" value={k} defaultChecked={kind === k} className="size-5 accent-saffron-700" />
            {k === "home" ? t("home") : t("servicePoint")}
          </label>
        ))}
      </fieldset>

      <div className="flex flex-col gap-3">
        <p className="text-sm text-stone-600">{t("homeOnly")}</p>
        <div className="flex flex-col gap-1">
          <label htmlFor={fieldId("postalCode", SCOPE)}>{t("postalCode")}</label>
          <input
            name="postalCode"
            defaultValue={v?.postalCode ?? props.initial?.postalCode ?? ""}
            inputMode="numeric"
            dir="ltr"
            autoComplete="postal-code"
            className={`${input} text-start`}
            {...invalidProps("postalCode", errorOf("postalCode"), "plain-postal-hint", SCOPE)}
          />
          <FieldError field="postalCode" error={errorOf("postalCode")} scope={SCOPE} />
          <span id="plain-postal-hint" className="text-sm text-stone-600">
            {t("postalHint", { market: props.market })}
          </span>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={fieldId("landmark", SCOPE)}>{t("landmark")}</label>
          <textarea name="landmark" defaultValue={v?.landmark ?? props.initial?.landmark ?? ""} rows={2} maxLength={300} className={input} {...invalidProps("landmark", errorOf("landmark"), "plain-landmark-hint", SCOPE)} />
          <FieldError field="landmark" error={errorOf("landmark")} scope={SCOPE} />
          <span id="plain-landmark-hint" className="text-sm text-stone-600">
            {t("landmarkHint")}
          </span>
        </div>
      </div>

      {props.servicePoints.length > 0 && (
        <fieldset className="flex flex-col gap-2" {...groupProps("servicePointId", errorOf("servicePointId"), SCOPE)}>
          <legend className="mb-1 font-medium">{t("pointsNearest")}</legend>
          <p className="text-sm text-stone-600">{t("pointOnly")}</p>
          <FieldError field="servicePointId" error={errorOf("servicePointId")} scope={SCOPE} />
          {props.servicePoints.map((p) => (
            <label key={p.id} className="flex items-start gap-3 rounded-lg border border-stone-300 bg-white p-3 has-checked:border-saffron-600" data-testid="plain-service-point">
              <input type="radio" name="servicePointId" value={p.id} defaultChecked={v?.servicePointId === p.id} className="mt-1 size-5 accent-saffron-700" />
              <span className="flex flex-col">
                <span className="font-medium">{p.name}</span>
                <span className="text-sm text-stone-600">{p.address}</span>
                <span className="text-xs text-stone-600">
                  {localizeDigits(p.hours, props.locale)}
                  {p.distanceKm !== null && ` · ${t("km", { km: p.distanceKm })}`}
                  {!p.acceptsCashOnDelivery && ` · ${t("noCash")}`}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      )}

      <div className="flex flex-col gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={fieldId("recipientName", SCOPE)}>{t("recipientName")}</label>
          <input name="recipientName" defaultValue={v?.recipientName ?? props.initial?.recipientName ?? ""} autoComplete="name" className={input} {...invalidProps("recipientName", errorOf("recipientName"), undefined, SCOPE)} />
          <FieldError field="recipientName" error={errorOf("recipientName")} scope={SCOPE} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={fieldId("recipientPhone", SCOPE)}>{t("recipientPhone")}</label>
          <input
            name="recipientPhone"
            type="tel"
            inputMode="tel"
            dir="ltr"
            autoComplete="tel"
            defaultValue={v?.recipientPhone ?? props.initial?.recipientPhone ?? ""}
            className={`${input} text-start`}
            {...invalidProps("recipientPhone", errorOf("recipientPhone"), undefined, SCOPE)}
          />
          <FieldError field="recipientPhone" error={errorOf("recipientPhone")} scope={SCOPE} />
        </div>
      </div>

      <fieldset className="flex flex-col gap-2" {...groupProps("paymentMethod", errorOf("paymentMethod"), SCOPE)}>
        <legend className="mb-1 text-lg font-semibold">{t("payment")}</legend>
        <FieldError field="paymentMethod" error={errorOf("paymentMethod")} scope={SCOPE} />
        {methods.map((m) => (
          <label key={m} className="flex min-h-12 items-center gap-3 rounded-lg border border-stone-300 bg-white p-3 has-checked:border-saffron-600 has-checked:bg-saffron-50">
            <input type="radio" name="paymentMethod" value={m} defaultChecked={method === m} className="size-5 accent-saffron-700" />
            {m === "card" ? t("card") : t("cod")}
          </label>
        ))}
      </fieldset>

      <button type="submit" className="min-h-12 rounded-lg bg-saffron-700 px-4 py-3 text-base font-semibold text-white" data-testid="plain-place-order">
        {method === "card" && methods.length === 1 ? t("placeAndPay") : t("place")}
      </button>
    </form>
  );
}
