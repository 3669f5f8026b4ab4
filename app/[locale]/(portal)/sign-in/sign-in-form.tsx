"use client";

import { PhoneInput } from "@/components/portal/account/phone-input";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { CountrySelect } from "@/components/portal/account/country-select";
import { fieldError } from "@/components/portal/account/errors";
import {
  ErrorAlert,
  Field,
  inputClass,
  linkButton,
  primaryButton,
  secondaryButton,
  StatusNote,
  useErrorText,
} from "@/components/portal/account/form";
import { defaultRegion, isMarketRegion, ltr, type MarketRegion } from "@/components/portal/account/phone";
import { usePhoneCountries } from "@/components/portal/account/phone-countries";
import { asciiDigits } from "@/lib/digits";
import type { Locale } from "@/lib/locales";
import { useTRPC } from "@/lib/trpc/client";
import { useDraft } from "@/lib/use-draft";

const CODE_LENGTH = 6;

interface PhoneDraft {
  phone: string;
  region: MarketRegion;
  /** the number (E.164) a code was sent to: the code step is showing */
  sentTo: string | null;
}

/** Goes to the page that asked for sign-in with a full load, so the server sees the new session cookie. */
function leaveFor(destination: string) {
  window.location.assign(destination);
}

/**
 * Sign-in by mobile number and a six-digit SMS code — the only way in: nobody
 * has a password. What was typed survives a reload.
 */
export function SignInForm({ locale, destination }: { locale: Locale; destination: string }) {
  const t = useTranslations("account.signIn");
  const tc = useTranslations("account.common");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const countries = usePhoneCountries();
  const draft = useDraft<PhoneDraft>("sign-in", { phone: "", region: defaultRegion(locale, countries), sentTo: null });
  // a draft saved by an older version of this form may lack fields
  const phone = typeof draft.value.phone === "string" ? draft.value.phone : "";
  const region = isMarketRegion(String(draft.value.region), countries) ? draft.value.region : defaultRegion(locale, countries);
  const sentTo = typeof draft.value.sentTo === "string" ? draft.value.sentTo : null;
  const [code, setCode] = useState("");
  const [resent, setResent] = useState(false);

  const verify = useMutation(
    trpc.auth.verifyCode.mutationOptions({
      onSuccess: () => {
        draft.clear();
        leaveFor(destination);
      },
    }),
  );
  const requestCode = useMutation(
    trpc.auth.requestCode.mutationOptions({
      onSuccess: (data) => {
        setResent(sentTo !== null);
        setCode("");
        verify.reset();
        draft.set((prev) => ({ ...prev, sentTo: data.phone }));
      },
    }),
  );

  const input = () => ({ phone: asciiDigits(phone).trim(), region });
  const sendCode = () => {
    if (!requestCode.isPending) requestCode.mutate(input());
  };
  const submitCode = (value: string) => {
    if (!verify.isPending && !verify.isSuccess) verify.mutate({ ...input(), code: value });
  };

  const onPhoneSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    sendCode();
  };
  const onCodeSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submitCode(code);
  };

  const verifying = verify.isPending || verify.isSuccess;

  return (
    <div className="flex flex-col gap-8">
      {sentTo === null ? (
        <form onSubmit={onPhoneSubmit} className="flex flex-col gap-4" aria-labelledby="sign-in-phone-title">
          <h2 id="sign-in-phone-title" className="sr-only">
            {t("phoneTitle")}
          </h2>
          <Field label={tc("country")}>
            {(control) => (
              <CountrySelect
                {...control}
                value={region}
                disabled={requestCode.isPending}
                onChange={(next) => draft.set((prev) => ({ ...prev, region: next }))}
              />
            )}
          </Field>
          <Field label={t("phoneLabel")} hint={t("phoneHint")} error={fieldError(requestCode.error, "phone")}>
            {(control) => (
              <PhoneInput
                {...control}
                name="phone"
                data-testid="phone-input"
                autoComplete="tel"
                value={phone}
                onValue={(value) => draft.set((prev) => ({ ...prev, phone: value }))}
              />
            )}
          </Field>
          <ErrorAlert message={errorText(requestCode.error)} />
          <button type="submit" disabled={requestCode.isPending} className={primaryButton} data-testid="send-code">
            {requestCode.isPending ? t("sending") : t("sendCode")}
          </button>
        </form>
      ) : (
        <div className="flex flex-col gap-4">
          <StatusNote message={resent ? t("newCodeSent", { phone: ltr(sentTo) }) : t("codeSent", { phone: ltr(sentTo) })} />
          <form onSubmit={onCodeSubmit} className="flex flex-col gap-4" aria-labelledby="sign-in-code-title">
            <h2 id="sign-in-code-title" className="sr-only">
              {t("codeTitle")}
            </h2>
            <Field label={t("codeLabel")} hint={t("codeHint")} error={fieldError(verify.error, "code")}>
              {(control) => (
                <input
                  {...control}
                  name="code"
                  data-testid="code-input"
                  type="text"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  dir="ltr"
                  required
                  // a step the person just asked for: the code field is where they go next
                  autoFocus
                  maxLength={CODE_LENGTH}
                  pattern="[0-9]{6}"
                  value={code}
                  onChange={(event) => {
                    const digits = asciiDigits(event.target.value).replace(/\D/g, "").slice(0, CODE_LENGTH);
                    setCode(digits);
                    // a code pasted or filled from the SMS signs in without another tap
                    if (digits.length === CODE_LENGTH && digits !== code) submitCode(digits);
                  }}
                  className={`${inputClass} text-center font-mono text-2xl tracking-[0.5em]`}
                />
              )}
            </Field>
            <ErrorAlert message={errorText(verify.error)} />
            {verify.isSuccess && <StatusNote message={t("signedIn")} />}
            <button type="submit" disabled={verifying} className={primaryButton} data-testid="verify-code">
              {verifying ? t("verifying") : t("verify")}
            </button>
          </form>
          <ErrorAlert message={errorText(requestCode.error)} />
          <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
            <button type="button" onClick={sendCode} disabled={requestCode.isPending || verifying} className={secondaryButton}>
              {requestCode.isPending ? t("sending") : t("newCode")}
            </button>
            <button
              type="button"
              disabled={verifying}
              onClick={() => {
                setCode("");
                setResent(false);
                verify.reset();
                requestCode.reset();
                draft.set((prev) => ({ ...prev, sentTo: null }));
              }}
              className={linkButton}
            >
              {t("changeNumber")}
            </button>
          </div>
        </div>
      )}

    </div>
  );
}
