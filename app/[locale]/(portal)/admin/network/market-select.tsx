"use client";

import { inputClass, type ControlProps } from "@/components/portal/account/form";

/** A choice of market by its name in the admin's language. */
export function MarketSelect({
  control,
  markets,
  value,
  onChange,
}: {
  control: ControlProps;
  markets: { code: string; name: string }[];
  value: string;
  onChange: (code: string) => void;
}) {
  return (
    <select {...control} name="market" value={value} onChange={(e) => onChange(e.target.value)} className={inputClass}>
      {markets.map((m) => (
        <option key={m.code} value={m.code}>
          {m.name}
        </option>
      ))}
    </select>
  );
}
