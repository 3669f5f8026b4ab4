import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProductListing } from "@/components/product-listing";
import { MAX_QUERY_LENGTH, SearchForm } from "@/components/search-form";
import { isLocale } from "@/lib/locales";
import { pageLocale, pageNumber } from "@/lib/route-params";
import { loadOr404, serverApi } from "@/server/trpc/server";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string | string[]; page?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "search" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const query = await searchParams;
  const q = (typeof query.q === "string" ? query.q : "").trim();
  const page = pageNumber(query.page);
  const t = await getTranslations({ locale, namespace: "search" });
  const tooLong = q.length > MAX_QUERY_LENGTH;
  const results = q && !tooLong ? await loadOr404((await serverApi(locale)).catalog.search({ locale, q, page })) : null;

  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <div className="mb-6">
        <SearchForm locale={locale} id="search-page-q" defaultValue={q.slice(0, MAX_QUERY_LENGTH)} />
      </div>
      {tooLong && (
        <p role="alert" className="text-red-800">
          {t("tooLong", { max: MAX_QUERY_LENGTH })}
        </p>
      )}
      {!q && <p className="text-stone-600">{t("prompt")}</p>}
      {results && (
        <>
          <p className="mb-4 text-stone-700" data-testid="search-summary">
            {t("resultsFor", { count: results.total, q })}
          </p>
          <ProductListing products={results} locale={locale} basePath="/search" emptyText={t("empty")} query={{ q }} />
        </>
      )}
    </div>
  );
}
