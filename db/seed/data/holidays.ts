import type { L10n, MarketCode } from "../types";

/** Days a market's post does not run its routes, from the first to the last day off (inclusive). */
export interface SeedHoliday {
  market: MarketCode;
  from: string;
  to: string;
  name: L10n;
}

const nowruz: L10n = { fa: "نوروز", zh: "诺鲁孜节", vi: "Tết Nowruz", en: "Nowruz" };
const tet: L10n = { fa: "تت (سال نو قمری)", zh: "越南春节", vi: "Tết Nguyên Đán", en: "Tết" };
const springFestival: L10n = { fa: "جشن بهار (سال نو چینی)", zh: "春节", vi: "Tết Nguyên Đán (Trung Quốc)", en: "Spring Festival" };

/**
 * The long new-year breaks, as announced for 2026 and expected for 2027
 * (admins correct the calendar when a government announces the days off):
 * Nowruz is 1–4 Farvardin; Tết and the Spring Festival follow the lunar new year.
 */
export const holidays: SeedHoliday[] = [
  { market: "IR", from: "2026-03-21", to: "2026-03-24", name: nowruz },
  { market: "IR", from: "2027-03-21", to: "2027-03-24", name: nowruz },
  { market: "VN", from: "2026-02-14", to: "2026-02-22", name: tet },
  { market: "VN", from: "2027-02-05", to: "2027-02-10", name: tet },
  { market: "CN", from: "2026-02-15", to: "2026-02-23", name: springFestival },
  { market: "CN", from: "2027-02-05", to: "2027-02-11", name: springFestival },
];
