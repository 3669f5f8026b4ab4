"use client";

import { useTranslations } from "next-intl";
import { inputClass, type ControlProps } from "./form";
import { dialCodeLabel, isMarketRegion, REGIONS, type MarketRegion } from "./phone";

/** The country of a phone number typed without its +code: Iran, China, Vietnam. */
export function CountrySelect({
  value,
  onChange,
  disabled,
  ...control
}: ControlProps & { value: MarketRegion; onChange: (region: MarketRegion) => void; disabled?: boolean }) {
  const t = useTranslations("account.common");
  return (
    <select
      {...control}
      value={value}
      disabled={disabled}
      autoComplete="country"
      onChange={(event) => {
        if (isMarketRegion(event.target.value)) onChange(event.target.value);
      }}
      className={inputClass}
    >
      {REGIONS.map((region) => (
        <option key={region} value={region}>
          {`${t(`countries.${region}`)} ${dialCodeLabel(region)}`}
        </option>
      ))}
    </select>
  );
}
