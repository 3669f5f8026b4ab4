import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MarketQuestion } from "@/components/market/market-picker";
import { pageMarket } from "@/components/market/shopper-market";
import { ProductListing } from "@/components/product-listing";
import { SearchFilters, type FilterValues } from "@/components/search-filters";
import { SearchForm } from "@/components/search-form";
import { isLocale } from "@/lib/locales";
import { parseMoneyInput } from "@/lib/money";
import { pageLocale, pageNumber } from "@/lib/route-params";
import { searchOfKey } from "@/lib/search-address";
import { certificationKinds, MAX_QUERY_LENGTH, searchSorts, type SearchSort } from "@/server/catalog/search.schema";
import { storefrontTag, tagPage } from "@/server/lib/storefront-cache";
import { loadOr404, serverApi } from "@/server/trpc/server";

type Query = Record<string, string | undefined>;
type Props = { params: Promise<{ locale: string; market: string; query?: string[] }> };

/**
 * Each search is a page of its own, kept like the other storefront pages:
 * proxy.ts turns /fa/search?q=… into /fa/~XX/search/<key> (lib/search-address.ts),
 * and any seller's edit drops every kept search (the "search" tag).
 * /fa/~XX/search with no key asks for a query.
 */
export function generateStaticParams(): { query: string[] }[] {
  return [];
}

/** The search's parameters from its route segment; more than one segment is no search page. */
async function searchOf(params: Props["params"]): Promise<Query> {
  const { query } = await params;
  if (query === undefined) return {};
  if (query.length !== 1) notFound();
  return searchOfKey(query[0] ?? "");
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "search" });
  return { title: t("title"), robots: { index: false } };
}

const one = (value: string | undefined) => value ?? "";
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function filterValues(query: Query): FilterValues {
  const sort = one(query.sort);
  return {
    q: one(query.q).trim(),
    category: SLUG.test(one(query.category)) ? one(query.category) : "",
    region: SLUG.test(one(query.region)) ? one(query.region) : "",
    certification: one(query.certification),
    priceMin: one(query.min).slice(0, 20),
    priceMax: one(query.max).slice(0, 20),
    inStock: one(query.stock) === "1",
    sort: (searchSorts as readonly string[]).includes(sort) ? sort : "relevance",
  };
}

/** A price box: empty is no limit, otherwise the market's price in its minor unit, or "bad". */
function priceLimit(text: string, currency: string | null): number | undefined | "bad" {
  if (!text.trim() || !currency) return undefined;
  return parseMoneyInput(text, currency) ?? "bad";
}

export default async function SearchPage({ params }: Props) {
  const locale = await pageLocale(params);
  const search = await searchOf(params);
  const values = filterValues(search);
  const page = pageNumber(search.page);
  const [t, market] = await Promise.all([getTranslations({ locale, namespace: "search" }), pageMarket(locale, params)]);
  const { q } = values;
  const tooLong = q.length > MAX_QUERY_LENGTH;
  const currency = market.current?.currency ?? null;
  const [priceMin, priceMax] = [priceLimit(values.priceMin, currency), priceLimit(values.priceMax, currency)];
  const priceError = priceMin === "bad" || priceMax === "bad";
  const certification = certificationKinds.find((kind) => kind === values.certification);
  // tagged before the lookup, so a kept search shows a seller's new product or price once they save it
  if (q) await tagPage([storefrontTag.search]);
  const results =
    q && !tooLong
      ? await loadOr404(
          (await serverApi(locale)).catalog.search({
            locale,
            q,
            page,
            market: market.current?.code,
            category: values.category || undefined,
            region: values.region || undefined,
            certification,
            priceMin: priceMin === "bad" ? undefined : priceMin,
            priceMax: priceMax === "bad" ? undefined : priceMax,
            inStock: values.inStock || undefined,
            sort: values.sort as SearchSort,
          }),
        )
      : null;
  // the pagination links keep every filter
  const linkQuery = Object.fromEntries(
    Object.entries({
      q,
      category: values.category,
      region: values.region,
      certification: values.certification,
      min: values.priceMin,
      max: values.priceMax,
      stock: values.inStock ? "1" : "",
      sort: values.sort === "relevance" ? "" : values.sort,
    }).filter(([, value]) => value),
  );

  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <div className="mb-6">
        <SearchForm locale={locale} id="search-page-q" defaultValue={q.slice(0, MAX_QUERY_LENGTH)} />
      </div>
      <MarketQuestion locale={locale} market={market} />
      {tooLong && (
        <p role="alert" className="text-red-800">
          {t("tooLong", { max: MAX_QUERY_LENGTH })}
        </p>
      )}
      {!q && <p className="text-stone-600">{t("prompt")}</p>}
      {results && (
        <>
          <SearchFilters locale={locale} facets={results.facets} values={values} currency={currency} priceError={priceError} />
          <p className="mb-4 text-stone-700" data-testid="search-summary" role="status">
            {t("resultsFor", { count: results.total, q })}
          </p>
          <ProductListing products={results} locale={locale} basePath="/search" emptyText={t("empty")} query={linkQuery} />
        </>
      )}
    </div>
  );
}
