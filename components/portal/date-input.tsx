"use client";

import { useTranslations } from "next-intl";
import { useState, type InputHTMLAttributes } from "react";
import { jalaliInputValue, parseJalaliInput } from "@/lib/jalali";
import type { Locale } from "@/lib/locales";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "value" | "onChange"> & {
  locale: Locale;
  /** YYYY-MM-DD, or "" for none */
  value: string;
  onValue: (isoDate: string) => void;
};

const EXAMPLE = "۱۴۰۵/۰۳/۱۵";

/**
 * A date field in the reader's calendar: the browser's date picker, or on a
 * Persian page a Solar Hijri (Jalali) date typed as ۱۴۰۵/۰۳/۱۵ in either kind
 * of digit. The form always receives YYYY-MM-DD.
 */
export function DateInput({ locale, value, onValue, className, ...props }: Props) {
  const t = useTranslations("account.dateInput");
  const [text, setText] = useState(() => (value ? jalaliInputValue(value) : ""));
  // a value set from outside (today, once known; a restored draft) shows in the field, without undoing half-typed text
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    const typed = parseJalaliInput(text);
    if (value && typed !== value) setText(jalaliInputValue(value));
    else if (!value && typed) setText("");
  }
  if (locale !== "fa") {
    return <input {...props} type="date" value={value} onChange={(e) => onValue(e.target.value)} className={className} />;
  }
  const invalid = text.trim() !== "" && parseJalaliInput(text) === null;
  const id = props.id ?? props.name ?? "date";
  const describedBy = [props["aria-describedby"], `${id}-jalali`].filter(Boolean).join(" ");
  return (
    <>
      <input
        {...props}
        type="text"
        inputMode="numeric"
        dir="ltr"
        placeholder={EXAMPLE}
        value={text}
        aria-invalid={invalid || props["aria-invalid"] ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          setText(e.target.value);
          onValue(parseJalaliInput(e.target.value) ?? "");
        }}
        className={`${className ?? ""} text-start`}
      />
      <span id={`${id}-jalali`} className={`text-sm ${invalid ? "font-medium text-red-800" : "text-stone-600"}`}>
        {invalid ? t("invalid", { example: EXAMPLE }) : t("hint", { example: EXAMPLE })}
      </span>
    </>
  );
}
