"use client";

import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { asciiDigits } from "@/lib/digits";
import { directionOf, localeNames, locales, type Locale } from "@/lib/locales";
import { DateInput } from "@/components/portal/date-input";
import { formatMoney, moneyInputText, parseMoneyInput } from "@/lib/money";
import { useTRPC } from "@/lib/trpc/client";
import { useDraft } from "@/lib/use-draft";
import { describeError, type FieldMessage } from "./error-text";

import { EMPTY_TEXT, type FormState, type SizeRow, type Text } from "./product-form-state";

export interface ProductFormProps {
  locale: Locale;
  shopId: string;
  currency: string;
  productId?: string;
  categories: { slug: string; name: string }[];
  villages: { id: string; name: string; group: string }[];
  initial: FormState;
}

const SEASONS = ["spring", "summer", "autumn", "winter"] as const;
const CERTIFICATIONS = ["gi", "organic", "ocop", "green_food", "national_standard"] as const;
const PRICE_EXAMPLE: Record<string, string> = { IRR: "1300000", CNY: "39.90", VND: "180000" };

function fieldClass(invalid: boolean) {
  return `w-full rounded-lg border bg-white px-3 py-2 text-base ${invalid ? "border-red-600" : "border-stone-300"}`;
}

/**
 * The product editor, written for a thumb on a 360-px screen: one column, big
 * targets, what is typed kept as a draft until the save succeeds.
 */
export function ProductForm({ locale, shopId, currency, productId, categories, villages, initial }: ProductFormProps) {
  const t = useTranslations("seller.form");
  const ts = useTranslations("seller");
  const tSeason = useTranslations("season");
  const tCert = useTranslations("certification");
  const trpc = useTRPC();
  const router = useRouter();
  const draft = useDraft<FormState>(`product:${shopId}:${productId ?? "new"}`, initial);
  const form = draft.value;
  const [problem, setProblem] = useState<{ message: string; fields: FieldMessage[] } | null>(null);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  const onError = (error: unknown) => setProblem(describeError(error, t("offline")));
  const onSaved = (result: { id: string }) => {
    draft.clear();
    setProblem(null);
    setSaved(true);
    if (!productId) router.push(`/${locale}/seller/${shopId}/products/${result.id}`);
    router.refresh();
  };
  const create = useMutation(trpc.seller.createProduct.mutationOptions({ onSuccess: onSaved, onError }));
  const update = useMutation(trpc.seller.updateProduct.mutationOptions({ onSuccess: onSaved, onError }));
  const pending = create.isPending || update.isPending;

  // what the seller keeps of one sale at each size's price, under the commission rule that would apply now
  const tm = useTranslations("money");
  const pricesMinor = [...new Set(form.sizes.map((row) => parseMoneyInput(row.price, currency)).filter((p): p is number => p !== null && p > 0))];
  const net = useQuery({
    ...trpc.money.seller.netPerSale.queryOptions({ shopId, categorySlug: form.categorySlug || null, pricesMinor }),
    enabled: pricesMinor.length > 0,
    placeholderData: keepPreviousData,
  });
  const money = (amountMinor: number) => formatMoney({ amountMinor, currency }, locale, (amount) => tm("toman", { amount }));
  const netOf = (price: string) => {
    const priceMinor = parseMoneyInput(price, currency);
    return priceMinor === null ? undefined : net.data?.sales.find((s) => s.priceMinor === priceMinor);
  };

  const text = form.translations[form.editing] ?? EMPTY_TEXT;
  const setText = (patch: Partial<Text>) =>
    draft.set((prev) => ({ ...prev, translations: { ...prev.translations, [prev.editing]: { ...(prev.translations[prev.editing] ?? EMPTY_TEXT), ...patch } } }));
  const setSize = (index: number, patch: Partial<SizeRow>) =>
    draft.set((prev) => ({ ...prev, sizes: prev.sizes.map((row, i) => (i === index ? { ...row, ...patch } : row)) }));
  const serverError = (field: string) => problem?.fields.find((f) => f.field.startsWith(field))?.message;

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const errors: Record<string, string> = {};
    const sizes = form.sizes.map((row, i) => {
      const priceMinor = parseMoneyInput(row.price, currency);
      if (priceMinor === null) errors[`price-${i}`] = t("invalidPrice", { example: PRICE_EXAMPLE[currency] ?? "100" });
      return {
        ...(row.id ? { id: row.id } : {}),
        label: row.label,
        priceMinor: priceMinor ?? 0,
        weightGrams: Number(asciiDigits(row.weightGrams)) || 0,
        stock: Number(asciiDigits(row.stock)) || 0,
      };
    });
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const translations = Object.fromEntries(
      Object.entries(form.translations)
        .filter(([, v]) => v && v.name.trim())
        .map(([l, v]) => [l, { name: v.name, summary: v.summary, description: v.description, ...(v.certification ? { certification: v.certification } : {}) }]),
    );
    const product = {
      writtenIn: form.editing,
      categorySlug: form.categorySlug,
      originVillageId: form.originVillageId,
      harvestedOn: form.harvestedOn || null,
      harvestSeason: (form.harvestSeason || null) as (typeof SEASONS)[number] | null,
      certificationKind: (form.certificationKind || null) as (typeof CERTIFICATIONS)[number] | null,
      translations,
      variants: sizes,
    };
    if (productId) update.mutate({ shopId, productId, product });
    else create.mutate({ shopId, product });
  }

  const groups = [...new Set(villages.map((v) => v.group))];
  const unit = ts("unit", { currency });
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">{t("writingIn")}</legend>
        <p className="text-sm text-stone-600">{t("languagesHint")}</p>
        <div className="flex flex-wrap gap-2">
          {locales.map((l) => {
            const written = Boolean(form.translations[l]?.name.trim());
            return (
              <button
                key={l}
                type="button"
                aria-pressed={form.editing === l}
                onClick={() => draft.set((prev) => ({ ...prev, editing: l }))}
                className={`rounded-lg border px-3 py-2 text-sm ${form.editing === l ? "border-saffron-700 bg-saffron-50" : "border-stone-300 bg-white"}`}
              >
                <span lang={l}>{localeNames[l]}</span> · {written ? t("translated") : t("notTranslated")}
              </button>
            );
          })}
        </div>
      </fieldset>

      <div lang={form.editing} dir={directionOf(form.editing)} className="flex flex-col gap-3">
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("name")}</span>
          <input value={text.name} onChange={(e) => setText({ name: e.target.value })} required maxLength={120} className={fieldClass(Boolean(serverError("product.translations")))} />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("summary")}</span>
          <input value={text.summary} onChange={(e) => setText({ summary: e.target.value })} maxLength={200} className={fieldClass(false)} />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("description")}</span>
          <textarea value={text.description} onChange={(e) => setText({ description: e.target.value })} rows={4} maxLength={4000} className={fieldClass(false)} />
        </label>
      </div>

      <label className="flex flex-col gap-1">
        <span className="font-medium">{t("category")}</span>
        <select value={form.categorySlug} onChange={(e) => draft.set((p) => ({ ...p, categorySlug: e.target.value }))} required className={fieldClass(Boolean(serverError("product.categorySlug")))}>
          <option value="">{t("choose")}</option>
          {categories.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t("origin")}</span>
        <select value={form.originVillageId} onChange={(e) => draft.set((p) => ({ ...p, originVillageId: e.target.value }))} required className={fieldClass(Boolean(serverError("product.originVillageId")))}>
          <option value="">{t("choose")}</option>
          {groups.map((group) => (
            <optgroup key={group} label={group}>
              {villages
                .filter((v) => v.group === group)
                .map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      <div className="grid grid-cols-2 gap-3">
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("harvestedOn")}</span>
          <DateInput locale={locale} name="harvestedOn" value={form.harvestedOn} onValue={(harvestedOn) => draft.set((p) => ({ ...p, harvestedOn }))} className={fieldClass(false)} />
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("season")}</span>
          <select value={form.harvestSeason} onChange={(e) => draft.set((p) => ({ ...p, harvestSeason: e.target.value }))} className={fieldClass(false)}>
            <option value="">—</option>
            {SEASONS.map((s) => (
              <option key={s} value={s}>
                {tSeason(s)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("certificationKind")}</span>
          <select value={form.certificationKind} onChange={(e) => draft.set((p) => ({ ...p, certificationKind: e.target.value }))} className={fieldClass(false)}>
            <option value="">{t("none")}</option>
            {CERTIFICATIONS.map((c) => (
              <option key={c} value={c}>
                {tCert(c)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1" lang={form.editing}>
          <span className="font-medium">{t("certificationName")}</span>
          <input value={text.certification} onChange={(e) => setText({ certification: e.target.value })} maxLength={200} className={fieldClass(false)} />
        </label>
      </div>

      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 font-medium">{t("sizes")}</legend>
        {form.sizes.map((row, i) => (
          <div key={row.id ?? `new-${i}`} className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-3" data-testid="size-row">
            <label className="flex flex-col gap-1 text-sm" lang={form.editing}>
              {t("sizeLabel")}
              <input value={row.label} onChange={(e) => setSize(i, { label: e.target.value })} required maxLength={60} className={fieldClass(false)} />
            </label>
            <div className="grid grid-cols-2 gap-2">
              <label className="flex flex-col gap-1 text-sm">
                {t("price", { unit })}
                <input
                  value={row.price}
                  onChange={(e) => setSize(i, { price: e.target.value })}
                  onBlur={() => {
                    // shown back with the reader's digits and thousands separators
                    const minor = parseMoneyInput(row.price, currency);
                    if (minor !== null) setSize(i, { price: moneyInputText(minor, currency, locale) });
                  }}
                  inputMode="decimal"
                  required
                  aria-invalid={Boolean(localErrors[`price-${i}`])}
                  aria-describedby={localErrors[`price-${i}`] ? `price-error-${i}` : undefined}
                  className={fieldClass(Boolean(localErrors[`price-${i}`]))}
                />
              </label>
              <label className="flex flex-col gap-1 text-sm">
                {t("weight")}
                <input value={row.weightGrams} onChange={(e) => setSize(i, { weightGrams: e.target.value })} inputMode="numeric" required className={fieldClass(false)} />
              </label>
            </div>
            {localErrors[`price-${i}`] && (
              <p id={`price-error-${i}`} className="text-sm text-red-800">
                {localErrors[`price-${i}`]}
              </p>
            )}
            {(() => {
              const sale = netOf(row.price);
              return sale ? (
                <p className="text-sm text-stone-700" data-testid="net-per-sale" aria-live="polite">
                  {t("netPerSale", { net: money(sale.netMinor), commission: money(sale.commissionMinor) })}
                </p>
              ) : null;
            })()}
            {!row.id && (
              <label className="flex flex-col gap-1 text-sm">
                {t("stock")}
                <input value={row.stock} onChange={(e) => setSize(i, { stock: e.target.value })} inputMode="numeric" className={fieldClass(false)} />
              </label>
            )}
            {form.sizes.length > 1 && (
              <button type="button" onClick={() => draft.set((p) => ({ ...p, sizes: p.sizes.filter((_, j) => j !== i) }))} className="inline-flex min-h-11 items-center self-start text-sm text-red-800 underline">
                {t("removeSize")}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          onClick={() => draft.set((p) => ({ ...p, sizes: [...p.sizes, { label: "", price: "", weightGrams: "", stock: "" }] }))}
          className="self-start rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm"
        >
          {t("addSize")}
        </button>
      </fieldset>

      {problem && (
        <div role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-900">
          <p>{problem.message}</p>
          {problem.fields.length > 0 && (
            <ul className="mt-1 list-inside list-disc">
              {problem.fields.map((f) => (
                <li key={f.field + f.message}>{f.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {saved && (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-sm text-green-900">
          {t("saved")}
        </p>
      )}
      <button type="submit" disabled={pending} className="rounded-lg bg-saffron-700 px-4 py-3 text-base font-semibold text-white disabled:opacity-60">
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
