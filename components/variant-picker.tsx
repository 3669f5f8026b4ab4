import { getTranslations } from "next-intl/server";
import { formatWeight } from "@/lib/format";
import type { Locale } from "@/lib/locales";
import type { ProductVariant } from "@/server/catalog/get-product";
import { LocalizedText } from "./localized-text";
import { getMoneyFormatter } from "./price";

const LOW_STOCK = 5;

/**
 * Sizes as a native radio group: works before (and without) JavaScript, and
 * is the field the add-to-cart form will post.
 */
export async function VariantPicker({ variants, locale }: { variants: ProductVariant[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "product" });
  const money = await getMoneyFormatter(locale);
  const firstAvailable = variants.find((v) => v.stock > 0)?.id;
  return (
    <fieldset className="flex flex-col gap-2" data-testid="variant-picker">
      <legend className="mb-2 font-medium">{t("chooseSize")}</legend>
      {variants.map((variant) => {
        const soldOut = variant.stock === 0;
        return (
          <label
            key={variant.id}
            className="flex cursor-pointer items-center gap-3 rounded-lg border border-stone-300 bg-white p-3 has-checked:border-saffron-600 has-checked:bg-saffron-50 has-disabled:cursor-not-allowed has-disabled:opacity-60"
          >
            <input
              type="radio"
              name="variantId"
              value={variant.id}
              defaultChecked={variant.id === firstAvailable}
              disabled={soldOut}
              className="accent-saffron-700"
            />
            <span className="flex flex-1 flex-col">
              <LocalizedText value={variant.label} pageLocale={locale} className="font-medium" />
              <span className="text-xs text-stone-500">{t("weight", { weight: formatWeight(variant.weightGrams, locale) })}</span>
            </span>
            <span className="text-end">
              <span className="block font-semibold">{money({ amountMinor: variant.priceMinor, currency: variant.currency })}</span>
              <span className="block text-xs text-stone-600">
                {soldOut ? t("soldOut") : variant.stock <= LOW_STOCK ? t("lowStock", { count: variant.stock }) : t("inStock")}
              </span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
