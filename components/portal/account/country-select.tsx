"use client";

import { inputClass, type ControlProps } from "./form";
import { dialCodeLabel, isMarketRegion, type MarketRegion } from "./phone";
import { usePhoneCountries } from "./phone-countries";

/** The country of a phone number typed without its +code: the markets' countries, from market data. */
export function CountrySelect({
  value,
  onChange,
  disabled,
  ...control
}: ControlProps & { value: MarketRegion; onChange: (region: MarketRegion) => void; disabled?: boolean }) {
  const countries = usePhoneCountries();
  return (
    <select
      {...control}
      value={value}
      disabled={disabled}
      autoComplete="country"
      onChange={(event) => {
        if (isMarketRegion(event.target.value, countries)) onChange(event.target.value);
      }}
      className={inputClass}
    >
      {countries.map((country) => (
        <option key={country.region} value={country.region}>
          {`${country.name} ${dialCodeLabel(country)}`}
        </option>
      ))}
    </select>
  );
}
