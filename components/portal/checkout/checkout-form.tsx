"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { PhoneInput } from "@/components/portal/account/phone-input";
import { describeError } from "@/components/portal/seller/error-text";
import { byFormOrder, formFieldOf, missingFields, type CheckoutField } from "@/lib/checkout-fields";
import { localizeDigits } from "@/lib/digits";
import { formatDate, formatNumber, formatWeight } from "@/lib/format";
import type { Locale } from "@/lib/locales";
import { formatMoney } from "@/lib/money";
import { useTRPC } from "@/lib/trpc/client";
import { useDraft } from "@/lib/use-draft";
import { useHydrated } from "@/lib/use-hydrated";
import { FieldError, fieldId, groupProps, invalidProps } from "./field-error";

interface Draft {
  kind: "home" | "service_point";
  provinceId: string;
  countyId: string;
  villageId: string;
  postalCode: string;
  landmark: string;
  lat: number | null;
  lng: number | null;
  recipientName: string;
  recipientPhone: string;
  servicePointId: string;
  paymentMethod: "cod" | "card";
}

const EMPTY: Draft = {
  kind: "home",
  provinceId: "",
  countyId: "",
  villageId: "",
  postalCode: "",
  landmark: "",
  lat: null,
  lng: null,
  recipientName: "",
  recipientPhone: "",
  servicePointId: "",
  paymentMethod: "cod",
};

const field = "min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base aria-invalid:border-red-700";

/** The province and county of a village in the region tree, if it is there. */
function locate(provinces: { id: string; counties: { id: string; villages: { id: string }[] }[] }[], villageId: string) {
  for (const province of provinces) {
    const county = province.counties.find((c) => c.villages.some((v) => v.id === villageId));
    if (county) return { provinceId: province.id, countyId: county.id };
  }
  return null;
}

/** Moves focus to the first field with an error, once React has drawn the messages. */
function focusFirst(fields: CheckoutField[]) {
  const first = fields[0];
  if (first) requestAnimationFrame(() => document.getElementById(fieldId(first))?.focus());
}

/**
 * Checkout on a small phone: where to deliver (a village address with a
 * landmark, or a service point nearest first), how to pay, and the postage
 * per parcel before anything is paid. What is typed survives a dropped connection.
 */
export function CheckoutForm({ locale }: { locale: Locale }) {
  const t = useTranslations("checkout");
  const tm = useTranslations("money");
  const trpc = useTRPC();
  const router = useRouter();
  const hydrated = useHydrated();
  const draft = useDraft<Draft>("checkout", EMPTY);
  const d = draft.value;
  const [failure, setFailure] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<CheckoutField, string>>>({});
  const set = (patch: Partial<Draft>) => {
    draft.set((prev) => ({ ...prev, ...patch }));
    // a field the shopper changes loses its old message
    const touched = Object.keys(patch).map((key) => (key === "provinceId" || key === "countyId" ? "villageId" : key));
    if (touched.some((key) => key in errors)) setErrors((prev) => Object.fromEntries(Object.entries(prev).filter(([key]) => !touched.includes(key))));
  };
  const money = (amountMinor: number, currency: string) => formatMoney({ amountMinor, currency }, locale, (amount) => tm("toman", { amount }));

  const options = useQuery(trpc.shop.options.queryOptions({ locale, ...(d.villageId ? { nearVillageId: d.villageId } : {}) }));
  const market = options.data?.marketCode ?? null;
  // only the market the cart's parcels go to: a few hundred regions, not every market's tree
  const tree = useQuery({ ...trpc.catalog.regionTree.queryOptions({ locale, market }), enabled: market !== null });
  const provinces = (tree.data ?? []).filter((p) => p.marketCode === market);
  // a village chosen from a saved address finds its province and county once the map has loaded
  const located = d.villageId && !(d.provinceId && d.countyId) ? locate(provinces, d.villageId) : null;
  const provinceId = d.provinceId || located?.provinceId || "";
  const countyId = d.countyId || located?.countyId || "";
  const counties = provinces.find((p) => p.id === provinceId)?.counties ?? [];
  const villages = counties.find((c) => c.id === countyId)?.villages ?? [];

  const delivery =
    d.kind === "home"
      ? { kind: "home" as const, villageId: d.villageId, postalCode: d.postalCode, landmark: d.landmark, recipientName: d.recipientName, recipientPhone: d.recipientPhone, lat: d.lat, lng: d.lng }
      : { kind: "service_point" as const, servicePointId: d.servicePointId, recipientName: d.recipientName, recipientPhone: d.recipientPhone };
  const complete =
    d.recipientName.trim().length >= 2 &&
    d.recipientPhone.trim().length >= 5 &&
    (d.kind === "home" ? Boolean(d.villageId) && d.postalCode.trim().length >= 5 && d.landmark.trim().length >= 3 : Boolean(d.servicePointId));
  const paymentMethod = options.data?.paymentMethods.includes(d.paymentMethod) ? d.paymentMethod : "cod";
  const quote = useQuery({ ...trpc.shop.quote.queryOptions({ locale, delivery, paymentMethod }), enabled: complete, retry: false });

  const place = useMutation(
    trpc.shop.placeOrder.mutationOptions({
      onSuccess: (result) => {
        draft.clear();
        if (result.paymentUrl) window.location.assign(result.paymentUrl);
        else router.push(`/${locale}/orders/${result.number}?token=${result.token}`);
      },
      onError: (error) => {
        const described = describeError(error, t("offline"));
        const fields = byFormOrder(described.fields.flatMap((f) => {
          const name = formFieldOf(f.field);
          return name ? [{ field: name, message: f.message }] : [];
        }));
        if (fields.length === 0) {
          setFailure(described.message);
          return;
        }
        setErrors(Object.fromEntries(fields.map((f) => [f.field, f.message])));
        focusFirst(fields.map((f) => f.field));
      },
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const missing = missingFields({ ...d, paymentMethod });
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((f) => [f, t("missing", { field: f })])));
      focusFirst(missing);
      return;
    }
    setErrors({});
    place.mutate({ locale, delivery, paymentMethod });
  }

  const quoteFailure = quote.error ? describeError(quote.error, t("offline")) : null;
  // a quote refused for one field (a postal code of the wrong form) shows at that field
  const quoteFields = Object.fromEntries(
    (quoteFailure?.fields ?? []).flatMap((f) => {
      const name = formFieldOf(f.field);
      return name ? [[name, f.message]] : [];
    }),
  ) as Partial<Record<CheckoutField, string>>;
  const quoteError = quoteFailure && Object.keys(quoteFields).length === 0 ? quoteFailure.message : null;
  const shown: Partial<Record<CheckoutField, string>> = { ...quoteFields, ...errors };
  const saved = options.data?.savedAddresses ?? [];
  function fillFromSaved(id: string) {
    const address = saved.find((a) => a.id === id);
    if (!address) return;
    const place = locate(provinces, address.villageId);
    set({
      kind: "home",
      provinceId: place?.provinceId ?? "",
      countyId: place?.countyId ?? "",
      villageId: address.villageId,
      postalCode: address.postalCode,
      landmark: address.landmark,
      recipientName: address.recipientName,
      recipientPhone: address.recipientPhone,
      lat: address.lat,
      lng: address.lng,
    });
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-5" noValidate>
      {/* every control waits for React: a choice tapped earlier on a slow phone would be undone by hydration */}
      <fieldset disabled={!hydrated} className="contents">
      {saved.length > 0 && (
        <label className="flex flex-col gap-1" data-testid="saved-addresses">
          {t("useSaved")}
          <select value="" onChange={(e) => fillFromSaved(e.target.value)} className={field}>
            <option value="">{t("choose")}</option>
            {saved.map((a) => (
              <option key={a.id} value={a.id}>
                {`${a.recipientName} · ${a.landmark} · ${a.place}`}
              </option>
            ))}
          </select>
        </label>
      )}
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-lg font-semibold">{t("delivery")}</legend>
        {(["home", "service_point"] as const).map((kind) => (
          <label key={kind} className="flex items-center gap-3 rounded-lg border border-stone-300 bg-white p-3 has-checked:border-saffron-600 has-checked:bg-saffron-50">
            <input type="radio" name="kind" value={kind} checked={d.kind === kind} onChange={() => set({ kind })} className="accent-saffron-700" />
            {kind === "home" ? t("home") : t("servicePoint")}
          </label>
        ))}
      </fieldset>

      <div className="grid gap-3 sm:grid-cols-3">
        <label className="flex flex-col gap-1">
          {t("province")}
          <select name="province" value={provinceId} onChange={(e) => set({ provinceId: e.target.value, countyId: "", villageId: "" })} className={field}>
            <option value="">{t("choose")}</option>
            {provinces.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name.text}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          {t("county")}
          <select name="county" value={countyId} onChange={(e) => set({ countyId: e.target.value, villageId: "" })} className={field}>
            <option value="">{t("choose")}</option>
            {counties.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name.text}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          {t("village")}
          <select name="village" value={d.villageId} onChange={(e) => set({ villageId: e.target.value })} className={field} {...invalidProps("villageId", shown.villageId)}>
            <option value="">{t("choose")}</option>
            {villages.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name.text}
              </option>
            ))}
          </select>
          <FieldError field="villageId" error={shown.villageId} />
        </label>
      </div>

      {d.kind === "home" ? (
        <div className="flex flex-col gap-3">
          <label className="flex flex-col gap-1">
            {t("postalCode")}
            <input name="postalCode" value={d.postalCode} onChange={(e) => set({ postalCode: e.target.value })} inputMode="numeric" dir="ltr" autoComplete="postal-code" className={`${field} text-start`} {...invalidProps("postalCode", shown.postalCode, "postal-hint")} />
            <FieldError field="postalCode" error={shown.postalCode} />
            <span id="postal-hint" className="text-sm text-stone-600">{t("postalHint", { market: market ?? "" })}</span>
          </label>
          <label className="flex flex-col gap-1">
            {t("landmark")}
            <textarea name="landmark" value={d.landmark} onChange={(e) => set({ landmark: e.target.value })} rows={2} maxLength={300} className={field} {...invalidProps("landmark", shown.landmark, "landmark-hint")} />
            <FieldError field="landmark" error={shown.landmark} />
            <span id="landmark-hint" className="text-sm text-stone-600">{t("landmarkHint")}</span>
          </label>
          <button
            type="button"
            onClick={() => navigator.geolocation?.getCurrentPosition((pos) => set({ lat: Math.round(pos.coords.latitude * 1e5) / 1e5, lng: Math.round(pos.coords.longitude * 1e5) / 1e5 }))}
            className="min-h-11 self-start rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm"
          >
            {d.lat !== null && d.lng !== null ? t("pinned", { lat: formatNumber(d.lat, locale), lng: formatNumber(d.lng, locale) }) : t("pin")}
          </button>
        </div>
      ) : (
        <fieldset className="flex flex-col gap-2" {...groupProps("servicePointId", shown.servicePointId)}>
          <legend className="mb-1 font-medium">{t("pointsNearest")}</legend>
          <FieldError field="servicePointId" error={shown.servicePointId} />
          {(options.data?.servicePoints ?? []).map((p) => (
            <label key={p.id} className="flex items-start gap-3 rounded-lg border border-stone-300 bg-white p-3 has-checked:border-saffron-600" data-testid="service-point">
              <input type="radio" name="servicePointId" value={p.id} checked={d.servicePointId === p.id} onChange={() => set({ servicePointId: p.id })} className="mt-1 accent-saffron-700" />
              <span className="flex flex-col">
                <span className="font-medium">{p.name}</span>
                <span className="text-sm text-stone-600">{p.address}</span>
                <span className="text-xs text-stone-600">
                  {localizeDigits(p.hours, locale)}
                  {p.distanceKm !== null && ` · ${t("km", { km: p.distanceKm })}`}
                  {!p.acceptsCashOnDelivery && ` · ${t("noCash")}`}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      )}

      <div className="grid gap-3 sm:grid-cols-2">
        <label className="flex flex-col gap-1">
          {t("recipientName")}
          <input name="recipientName" value={d.recipientName} onChange={(e) => set({ recipientName: e.target.value })} autoComplete="name" className={field} {...invalidProps("recipientName", shown.recipientName)} />
          <FieldError field="recipientName" error={shown.recipientName} />
        </label>
        <label className="flex flex-col gap-1">
          {t("recipientPhone")}
          <PhoneInput name="recipientPhone" value={d.recipientPhone} onValue={(value) => set({ recipientPhone: value })} {...invalidProps("recipientPhone", shown.recipientPhone)} />
          <FieldError field="recipientPhone" error={shown.recipientPhone} />
        </label>
      </div>

      <fieldset className="flex flex-col gap-2" {...groupProps("paymentMethod", shown.paymentMethod)}>
        <legend className="mb-1 text-lg font-semibold">{t("payment")}</legend>
        <FieldError field="paymentMethod" error={shown.paymentMethod} />
        {(options.data?.paymentMethods ?? ["cod"]).map((method) => (
          <label key={method} className="flex items-center gap-3 rounded-lg border border-stone-300 bg-white p-3 has-checked:border-saffron-600 has-checked:bg-saffron-50">
            <input type="radio" name="paymentMethod" value={method} checked={paymentMethod === method} onChange={() => set({ paymentMethod: method as Draft["paymentMethod"] })} className="accent-saffron-700" />
            {method === "card" ? t("card") : t("cod")}
          </label>
        ))}
      </fieldset>

      <section className="rounded-xl border border-stone-200 bg-white p-4" aria-labelledby="summary-title" data-testid="quote">
        <h2 id="summary-title" className="mb-2 font-semibold">
          {t("summary")}
        </h2>
        {!complete && <p className="text-sm text-stone-600">{t("fillIn")}</p>}
        {quoteError && (
          <p role="alert" className="text-sm text-red-800">
            {quoteError}
          </p>
        )}
        {quote.data && (
          <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
            {quote.data.shipments.map((s) => (
              <dd key={s.shopId} className="col-span-2 text-stone-600" data-testid="quote-parcel">
                {t("parcel", { shop: s.shopName, weight: formatWeight(s.weightGrams, locale), postage: money(s.postageMinor, quote.data.currency) })}
              </dd>
            ))}
            <dt>{t("items")}</dt>
            <dd className="text-end">{money(quote.data.itemsMinor, quote.data.currency)}</dd>
            <dt>{t("postage")}</dt>
            <dd className="text-end">{money(quote.data.postageMinor, quote.data.currency)}</dd>
            {quote.data.codFeeMinor > 0 && (
              <>
                <dt>{t("codFee")}</dt>
                <dd className="text-end">{money(quote.data.codFeeMinor, quote.data.currency)}</dd>
              </>
            )}
            <dt className="text-base font-semibold">{t("total")}</dt>
            <dd className="text-end text-base font-semibold" data-testid="quote-total">
              {money(quote.data.totalMinor, quote.data.currency)}
            </dd>
            {quote.data.routeDays.length > 0 && (
              <dd className="col-span-2 mt-2 text-stone-700" data-testid="route-days">
                {t("routeDays", { days: new Intl.ListFormat(locale).format(quote.data.routeDays.map((day) => formatDate(day, locale))) })}
              </dd>
            )}
          </dl>
        )}
      </section>

      {failure && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-900">
          {failure}
        </p>
      )}
      <button type="submit" disabled={place.isPending} className="rounded-lg bg-saffron-700 px-4 py-3 text-base font-semibold text-white disabled:opacity-50" data-testid="place-order">
        {place.isPending ? t("placing") : paymentMethod === "card" ? t("placeAndPay") : t("place")}
      </button>
      </fieldset>
    </form>
  );
}
