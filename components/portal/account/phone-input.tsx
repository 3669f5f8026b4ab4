"use client";

import type { InputHTMLAttributes } from "react";
import { inputClass } from "./form";

/**
 * A phone number field: the phone keypad on mobiles, written left to right
 * even on Persian pages, with the length limits the server enforces.
 */
export function PhoneInput({
  onValue,
  className = "",
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "onChange" | "value"> & { value: string; onValue: (value: string) => void }) {
  return (
    <input
      type="tel"
      inputMode="tel"
      dir="ltr"
      required
      minLength={5}
      maxLength={32}
      autoComplete="tel"
      {...props}
      onChange={(event) => onValue(event.target.value)}
      className={`${inputClass} text-start ${className}`}
    />
  );
}
