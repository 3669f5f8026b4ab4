import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/pagination";
import { ProductGrid } from "@/components/product-card";
import { isLocale } from "@/lib/locales";
import { pageLocale, pageNumber } from "@/lib/route-params";
import { loadOr404, serverApi } from "@/server/trpc/server";

const MAX_QUERY = 100;

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
  const tooLong = q.length > MAX_QUERY;
  const results = q && !tooLong ? await loadOr404((await serverApi(locale)).catalog.search({ locale, q, page })) : null;

  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <form method="get" role="search" className="mb-6 flex gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          {t("label")}
        </label>
        <input
          id="search-page-q"
          name="q"
          type="search"
          required
          maxLength={MAX_QUERY}
          defaultValue={q}
          placeholder={t("placeholder")}
          className="min-w-0 flex-1 rounded-lg border border-stone-300 bg-white px-3 py-2 text-base"
        />
        <button type="submit" className="rounded-lg bg-saffron-700 px-4 py-2 font-medium text-white">
          {t("submit")}
        </button>
      </form>
      {tooLong && (
        <p role="alert" className="text-red-800">
          {t("tooLong", { max: MAX_QUERY })}
        </p>
      )}
      {!q && <p className="text-stone-600">{t("prompt")}</p>}
      {results && (
        <>
          <p className="mb-4 text-stone-700" data-testid="search-summary">
            {t("resultsFor", { count: results.total, q })}
          </p>
          {results.items.length > 0 ? (
            <ProductGrid cards={results.items} locale={locale} />
          ) : (
            <p className="text-stone-600">{t("empty")}</p>
          )}
          <Pagination basePath="/search" page={results.page} pageCount={results.pageCount} locale={locale} query={{ q }} />
        </>
      )}
    </div>
  );
}
