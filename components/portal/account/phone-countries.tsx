"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { PhoneCountry } from "./phone";

const PhoneCountriesContext = createContext<readonly PhoneCountry[]>([]);

/** The markets' countries for the phone forms of the portal, read once by its layout from the markets table. */
export function PhoneCountries({ countries, children }: { countries: readonly PhoneCountry[]; children: ReactNode }) {
  return <PhoneCountriesContext.Provider value={countries}>{children}</PhoneCountriesContext.Provider>;
}

export function usePhoneCountries(): readonly PhoneCountry[] {
  return useContext(PhoneCountriesContext);
}
