/**
 * Shapes of the demo data. The seed files under db/seed/data/ are plain
 * TypeScript values of these types; db/seed/index.ts writes them to the database.
 */
export type SeedLocale = "fa" | "zh" | "vi" | "en";
/** Text in all four storefront languages. */
export type L10n = Record<SeedLocale, string>;
export type MarketCode = "IR" | "CN" | "VN";

export type RegionLevel = "province" | "county" | "village";

/** province → county/district → village/commune, nested by `children`. */
export interface SeedRegion {
  /** lowercase ascii, unique across all markets, e.g. "ir-sk-qaen-nowghab" */
  slug: string;
  name: L10n;
  /** decimal degrees, optional but wanted for villages and provinces */
  lat?: number;
  lng?: number;
  children?: SeedRegion[];
}

export interface SeedShop {
  /** lowercase ascii, unique, e.g. "golden-threads-qaen" */
  slug: string;
  market: MarketCode;
  /** slug of a village-level region of the same market */
  village: string;
  name: L10n;
  /** 2–4 sentences: who runs it, what they grow, how */
  story: L10n;
  /** E.164, plausible for the market (+98…, +86…, +84…) */
  phone: string;
}

export type HarvestSeason = "spring" | "summer" | "autumn" | "winter";
export type CertificationKind = "gi" | "organic" | "ocop" | "green_food" | "national_standard";

export interface SeedVariant {
  /** unique, uppercase, e.g. "SAF-QAEN-1G" */
  sku: string;
  /** e.g. { en: "1 mesghal (4.608 g)", fa: "یک مثقال (۴٫۶۰۸ گرم)", … } */
  label: L10n;
  /**
   * Price as an integer in the currency's minor unit:
   * IR → rials (IRR, no subdivision; 1 toman = 10 rials),
   * CN → fen (CNY cents, 1 yuan = 100),
   * VN → đồng (VND has no minor unit).
   */
  priceMinor: number;
  stock: number;
  /** shipping weight in grams including packaging */
  weightGrams: number;
}

export interface SeedProduct {
  /** lowercase ascii, unique, e.g. "qaenat-sargol-saffron" */
  slug: string;
  /** slug of a SeedShop */
  shop: string;
  /** one of CATEGORY slugs in db/seed/data/categories.ts */
  category: string;
  /** slug of a village-level region (usually the shop's village) */
  originVillage: string;
  /** ISO date (YYYY-MM-DD) if a harvest date is known … */
  harvestedOn?: string;
  /** … otherwise the season */
  harvestSeason?: HarvestSeason;
  certificationKind?: CertificationKind;
  /** the certificate/label name, e.g. "Qaenat saffron — geographical indication" */
  certification?: L10n;
  name: L10n;
  /** one line, ≤ 120 characters per language */
  summary: L10n;
  /** 2–5 sentences: taste, how it is grown/made, how to use or store it */
  description: L10n;
  /** 1–4 variants */
  variants: SeedVariant[];
  /** true for about one product in four: shown on the home page */
  featured?: boolean;
}

export interface SeedMarketData {
  market: MarketCode;
  /** provinces with nested counties and villages */
  regions: SeedRegion[];
  shops: SeedShop[];
  products: SeedProduct[];
}
