import type { Locale } from "@/lib/locales";
import { moneyInputValue } from "@/lib/money";

export type Text = { name: string; summary: string; description: string; certification: string };
export type SizeRow = { id?: string; label: string; price: string; weightGrams: string; stock: string };

export interface FormState {
  editing: Locale;
  translations: Partial<Record<Locale, Text>>;
  categorySlug: string;
  originVillageId: string;
  harvestedOn: string;
  harvestSeason: string;
  certificationKind: string;
  sizes: SizeRow[];
}

export const EMPTY_TEXT: Text = { name: "", summary: "", description: "", certification: "" };

/** Turns stored product data into the form's shape (prices in the unit the seller thinks in). */
export function formStateOf(
  locale: Locale,
  currency: string,
  product?: {
    sourceLocale: Locale;
    categorySlug: string;
    originVillageId: string | null;
    harvestedOn: string | null;
    harvestSeason: string | null;
    certificationKind: string | null;
    translations: Partial<Record<Locale, { name: string; summary: string; description: string; certification?: string }>>;
    variants: { id: string; label: Partial<Record<Locale, string>>; priceMinor: number; weightGrams: number; stock: number }[];
  },
): FormState {
  if (!product) {
    return {
      editing: locale,
      translations: { [locale]: EMPTY_TEXT },
      categorySlug: "",
      originVillageId: "",
      harvestedOn: "",
      harvestSeason: "",
      certificationKind: "",
      sizes: [{ label: "", price: "", weightGrams: "", stock: "" }],
    };
  }
  const editing = product.translations[locale] ? locale : product.sourceLocale;
  return {
    editing,
    translations: Object.fromEntries(
      Object.entries(product.translations).map(([l, text]) => [l, { ...EMPTY_TEXT, ...text, certification: text?.certification ?? "" }]),
    ),
    categorySlug: product.categorySlug,
    originVillageId: product.originVillageId ?? "",
    harvestedOn: product.harvestedOn ?? "",
    harvestSeason: product.harvestSeason ?? "",
    certificationKind: product.certificationKind ?? "",
    sizes: product.variants.map((v) => ({
      id: v.id,
      label: v.label[editing] ?? v.label[product.sourceLocale] ?? "",
      price: moneyInputValue(v.priceMinor, currency),
      weightGrams: String(v.weightGrams),
      stock: String(v.stock),
    })),
  };
}

