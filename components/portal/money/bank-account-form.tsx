"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorAlert, Field, inputClass, primaryButton, StatusNote, useErrorText } from "@/components/portal/account/form";
import { useTRPC } from "@/lib/trpc/client";

/** The owner gives the Sheba (IBAN) and holder's name the bank transfer goes to; the server checks its ISO 13616 digits. */
export function BankAccountForm({ shopId }: { shopId: string }) {
  const t = useTranslations("finance");
  const trpc = useTRPC();
  const errorText = useErrorText();
  const [iban, setIban] = useState("");
  const [holderName, setHolderName] = useState("");
  const save = useMutation(trpc.money.seller.setBankAccount.mutationOptions());
  return (
    <form
      className="flex flex-col gap-2"
      data-testid="bank-account-form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ shopId, iban, holderName });
      }}
    >
      <Field label={t("iban")}>
        {(control) => <input {...control} className={inputClass} dir="ltr" name="iban" value={iban} onChange={(e) => setIban(e.target.value)} required autoComplete="off" />}
      </Field>
      <Field label={t("holderName")}>
        {(control) => <input {...control} className={inputClass} name="holderName" value={holderName} onChange={(e) => setHolderName(e.target.value)} required />}
      </Field>
      <button type="submit" className={primaryButton} disabled={save.isPending}>
        {t("saveBank")}
      </button>
      {save.data && <StatusNote message={t("bankSaved", { iban: save.data.ibanMasked })} />}
      <ErrorAlert message={errorText(save.error)} />
    </form>
  );
}
