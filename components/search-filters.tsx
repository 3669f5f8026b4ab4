import { getTranslations } from "next-intl/server";
import { formatNumber, NUMBER_LOCALE } from "@/lib/format";
import type { Locale } from "@/lib/locales";
import type { Facets } from "@/server/catalog/search-products";
import { searchSorts } from "@/server/catalog/search.schema";

/** What the shopper chose, as typed in the URL (echoed back into the form). */
export interface FilterValues {
  q: string;
  category: string;
  region: string;
  certification: string;
  priceMin: string;
  priceMax: string;
  inStock: boolean;
  sort: string;
}

const field = "min-h-10 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";

/** One filter: "any" first, then each choice with its count. */
function FacetSelect(props: { label: string; name: string; value: string; any: string; choices: { value: string; label: string }[]; testId?: string }) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      {props.label}
      <select name={props.name} defaultValue={props.value} className={field} data-testid={props.testId}>
        <option value="">{props.any}</option>
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Filters and sorting as one GET form: every choice with its count, an Apply
 * button, and a plain link to clear them. No JavaScript involved.
 */
export async function SearchFilters({
  locale,
  facets,
  values,
  currency,
  priceError,
}: {
  locale: Locale;
  facets: Facets;
  values: FilterValues;
  /** the market's currency, or null: no price filter without a market */
  currency: string | null;
  priceError: boolean;
}) {
  const [t, tc, tm] = await Promise.all([
    getTranslations({ locale, namespace: "filters" }),
    getTranslations({ locale, namespace: "certification" }),
    getTranslations({ locale, namespace: "money" }),
  ]);
  // prices are typed in the unit people read them in: toman for rials, else the currency itself
  const unit = currency === "IRR" ? tm("toman", { amount: "" }).trim() : currency && new Intl.DisplayNames([NUMBER_LOCALE[locale]], { type: "currency" }).of(currency);
  const option = (label: string, count: number) => t("option", { label, count });
  return (
    <form method="get" action={`/${locale}/search`} className="mb-6 rounded-xl border border-stone-200 bg-white p-4" data-testid="search-filters">
      <h2 className="mb-3 font-semibold">{t("title")}</h2>
      <input type="hidden" name="q" value={values.q} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <FacetSelect
          label={t("category")}
          name="category"
          value={values.category}
          any={t("any")}
          choices={facets.categories.map((c) => ({ value: c.slug, label: option(c.name.text, c.count) }))}
        />
        <FacetSelect
          label={t("region")}
          name="region"
          value={values.region}
          any={t("any")}
          choices={facets.regions.map((r) => ({ value: r.slug, label: option(r.name.text, r.count) }))}
        />
        <FacetSelect
          label={t("certification")}
          name="certification"
          value={values.certification}
          any={t("any")}
          choices={facets.certifications.map((c) => ({ value: c.kind, label: option(tc(c.kind), c.count) }))}
          testId="filter-certification"
        />
        {currency && (
          <fieldset className="flex flex-col gap-1 text-sm">
            <legend>
              {t("price")} <span className="text-stone-500">({t("priceUnit", { currency: unit ?? currency })})</span>
            </legend>
            <div className="flex gap-2">
              <label className="flex flex-1 flex-col">
                <span className="sr-only">{t("priceMin")}</span>
                <input
                  name="min"
                  inputMode="numeric"
                  placeholder={t("priceMin")}
                  defaultValue={values.priceMin}
                  aria-invalid={priceError || undefined}
                  aria-describedby={priceError ? "price-error" : undefined}
                  className={field}
                />
              </label>
              <label className="flex flex-1 flex-col">
                <span className="sr-only">{t("priceMax")}</span>
                <input
                  name="max"
                  inputMode="numeric"
                  placeholder={t("priceMax")}
                  defaultValue={values.priceMax}
                  aria-invalid={priceError || undefined}
                  aria-describedby={priceError ? "price-error" : undefined}
                  className={field}
                />
              </label>
            </div>
            {priceError && (
              <p id="price-error" className="text-red-800">
                {t("badPrice")}
              </p>
            )}
          </fieldset>
        )}
        <label className="flex min-h-10 items-center gap-2 self-end text-sm">
          <input type="checkbox" name="stock" value="1" defaultChecked={values.inStock} className="size-6" />
          {t("inStock")} ({formatNumber(facets.inStock, locale)})
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("sort")}
          <select name="sort" defaultValue={values.sort} className={field} data-testid="sort">
            {searchSorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sorts.${sort}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="min-h-10 rounded-lg bg-saffron-700 px-5 py-2 font-medium text-white">
          {t("apply")}
        </button>
        <a href={`/${locale}/search?${new URLSearchParams({ q: values.q }).toString()}`} className="inline-flex min-h-10 items-center underline">
          {t("clear")}
        </a>
      </div>
    </form>
  );
}
