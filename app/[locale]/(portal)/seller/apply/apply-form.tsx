"use client";

import { PhoneInput } from "@/components/portal/account/phone-input";
import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { fieldError } from "@/components/portal/account/errors";
import { ErrorAlert, Field, inputClass, primaryButton, secondaryButton, useErrorText } from "@/components/portal/account/form";
import { asciiDigits } from "@/lib/digits";
import { localeNames, type Locale } from "@/lib/locales";
import { useTRPC } from "@/lib/trpc/client";
import { useDraft } from "@/lib/use-draft";

type PayoutMethod = "bank" | "post_office";

interface ApplyDraft {
  name: string;
  provinceId: string;
  countyId: string;
  villageId: string;
  phone: string;
  story: string;
  payoutMethod: PayoutMethod | "";
  payoutAccount: string;
}

const REGION_TREE_STALE_MS = 60 * 60 * 1000;

/**
 * The shop application. Every keystroke is kept as a draft on the device, so
 * a dropped connection or a closed tab loses nothing; the draft goes once the
 * application is in.
 */
export function ApplyForm({ locale, defaultPhone }: { locale: Locale; defaultPhone: string }) {
  const t = useTranslations("account.apply");
  const tc = useTranslations("account.common");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const initial: ApplyDraft = {
    name: "",
    provinceId: "",
    countyId: "",
    villageId: "",
    phone: defaultPhone,
    story: "",
    payoutMethod: "",
    payoutAccount: "",
  };
  const draft = useDraft<ApplyDraft>("apply", initial);
  // a draft saved by an older version of this form may lack fields: keep every input controlled
  const form: ApplyDraft = { ...initial, ...draft.value };
  const update = (patch: Partial<ApplyDraft>) => draft.set((prev) => ({ ...prev, ...patch }));

  const tree = useQuery(trpc.catalog.regionTree.queryOptions({ locale }, { staleTime: REGION_TREE_STALE_MS }));
  const apply = useMutation(trpc.seller.applyForShop.mutationOptions({ onSuccess: () => draft.clear() }));

  const provinces = tree.data ?? [];
  const province = provinces.find((p) => p.id === form.provinceId);
  const county = province?.counties.find((c) => c.id === form.countyId);
  const markets = [...new Set(provinces.map((p) => p.marketCode))].map((code) => {
    const list = provinces.filter((p) => p.marketCode === code);
    return { code, name: list[0]?.marketName.text ?? code, provinces: list };
  });

  if (apply.isSuccess) {
    return (
      <div role="status" className="flex flex-col gap-3 rounded-lg border border-green-200 bg-green-50 p-4 text-green-950">
        <h2 ref={(el) => el?.focus()} tabIndex={-1} className="text-lg font-semibold">
          {t("sent")}
        </h2>
        <p>{t("sentText")}</p>
        <Link href={`/${locale}/seller`} className={`${primaryButton} no-underline`}>
          {t("toSeller")}
        </Link>
      </div>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (apply.isPending || !form.payoutMethod) return;
    apply.mutate({
      name: form.name.trim(),
      locale,
      villageId: form.villageId,
      phone: asciiDigits(form.phone).trim(),
      story: form.story.trim(),
      payoutMethod: form.payoutMethod,
      payoutAccount: asciiDigits(form.payoutAccount).trim(),
    });
  };

  const regionsLoading = tree.isPending;
  const chooseOrWait = regionsLoading ? tc("loading") : t("choose");
  const accountLabel = form.payoutMethod === "post_office" ? t("postAccount") : t("bankAccount");

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-6">
      <p className="rounded-lg bg-saffron-50 p-3 text-sm text-stone-700">{t("draftNote")}</p>
      <fieldset disabled={apply.isPending} className="flex flex-col gap-6">
        <Field label={t("shopName", { language: localeNames[locale] })} hint={t("shopNameHint")} error={fieldError(apply.error, "name")}>
          {(control) => (
            <input
              {...control}
              name="name"
              autoComplete="organization"
              required
              minLength={2}
              maxLength={80}
              value={form.name}
              onChange={(event) => update({ name: event.target.value })}
              className={inputClass}
            />
          )}
        </Field>

        <fieldset className="flex flex-col gap-4 rounded-lg border border-stone-200 bg-white p-4">
          <legend className="px-1 font-semibold text-stone-900">{t("place")}</legend>
          {tree.isError && (
            <div className="flex flex-col items-start gap-2">
              <ErrorAlert message={t("regionsFailed")} />
              <button type="button" onClick={() => void tree.refetch()} className={secondaryButton}>
                {tc("retry")}
              </button>
            </div>
          )}
          <Field label={t("province")}>
            {(control) => (
              <select
                {...control}
                name="province"
                required
                disabled={regionsLoading || tree.isError}
                value={province ? form.provinceId : ""}
                onChange={(event) => update({ provinceId: event.target.value, countyId: "", villageId: "" })}
                className={inputClass}
              >
                <option value="">{chooseOrWait}</option>
                {markets.map((market) => (
                  <optgroup key={market.code} label={market.name}>
                    {market.provinces.map((p) => (
                      <option key={p.id} value={p.id} lang={p.name.locale}>
                        {p.name.text}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("county")}>
            {(control) => (
              <select
                {...control}
                name="county"
                required
                disabled={!province}
                value={county ? form.countyId : ""}
                onChange={(event) => update({ countyId: event.target.value, villageId: "" })}
                className={inputClass}
              >
                <option value="">{chooseOrWait}</option>
                {province?.counties.map((c) => (
                  <option key={c.id} value={c.id} lang={c.name.locale}>
                    {c.name.text}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("village")} error={fieldError(apply.error, "villageId")}>
            {(control) => (
              <select
                {...control}
                name="villageId"
                required
                disabled={!county}
                value={county?.villages.some((v) => v.id === form.villageId) ? form.villageId : ""}
                onChange={(event) => update({ villageId: event.target.value })}
                className={inputClass}
              >
                <option value="">{chooseOrWait}</option>
                {county?.villages.map((v) => (
                  <option key={v.id} value={v.id} lang={v.name.locale}>
                    {v.name.text}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>

        <Field label={t("phone")} hint={t("phoneHint")} error={fieldError(apply.error, "phone")}>
          {(control) => (
            <PhoneInput
              {...control}
              name="phone"
              autoComplete="tel"
              value={form.phone}
              onValue={(value) => update({ phone: value })}
            />
          )}
        </Field>

        <Field label={t("story")} hint={t("storyHint")} error={fieldError(apply.error, "story")}>
          {(control) => (
            <textarea
              {...control}
              name="story"
              rows={4}
              maxLength={1000}
              value={form.story}
              onChange={(event) => update({ story: event.target.value })}
              className={inputClass}
            />
          )}
        </Field>

        <fieldset
          className="flex flex-col gap-2"
          aria-invalid={fieldError(apply.error, "payoutMethod") ? true : undefined}
          aria-describedby={fieldError(apply.error, "payoutMethod") ? "payout-method-error" : undefined}
        >
          <legend className="mb-2 font-medium text-stone-900">{t("payout")}</legend>
          {(["bank", "post_office"] as const).map((method) => (
            <label
              key={method}
              className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border border-stone-300 bg-white p-3 has-checked:border-saffron-600 has-checked:bg-saffron-50"
            >
              <input
                type="radio"
                name="payoutMethod"
                value={method}
                required
                checked={form.payoutMethod === method}
                onChange={() => update({ payoutMethod: method })}
                className="size-5 accent-saffron-700"
              />
              <span>{method === "bank" ? t("bank") : t("postOffice")}</span>
            </label>
          ))}
          {fieldError(apply.error, "payoutMethod") && (
            <p id="payout-method-error" className="text-sm font-medium text-red-700">
              {fieldError(apply.error, "payoutMethod")}
            </p>
          )}
        </fieldset>

        <Field label={accountLabel} hint={t("accountHint")} error={fieldError(apply.error, "payoutAccount")}>
          {(control) => (
            <input
              {...control}
              name="payoutAccount"
              inputMode={form.payoutMethod === "post_office" ? "numeric" : "text"}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              dir="ltr"
              required
              minLength={6}
              maxLength={40}
              value={form.payoutAccount}
              onChange={(event) => update({ payoutAccount: event.target.value })}
              className={`${inputClass} text-start`}
            />
          )}
        </Field>
      </fieldset>

      <ErrorAlert message={errorText(apply.error)} />
      <button type="submit" disabled={apply.isPending} className={primaryButton}>
        {apply.isPending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
