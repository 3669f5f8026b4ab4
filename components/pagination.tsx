import { getTranslations } from "next-intl/server";
import { StoreLink } from "./store-link";
import type { Locale } from "@/lib/locales";

/** Plain links (no JavaScript): ?page=N on the current path. */
export async function Pagination({
  basePath,
  page,
  pageCount,
  locale,
  query = {},
}: {
  basePath: string;
  page: number;
  pageCount: number;
  locale: Locale;
  query?: Record<string, string>;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations({ locale, namespace: "pagination" });
  const href = (n: number) => ({ pathname: basePath, query: { ...query, ...(n > 1 ? { page: String(n) } : {}) } });
  return (
    <nav aria-label={t("label")} className="mt-6 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <StoreLink href={href(page - 1)} rel="prev" className="rounded-lg border border-stone-300 px-4 py-2">
          {t("previous")}
        </StoreLink>
      ) : (
        <span />
      )}
      <span>{t("page", { page, count: pageCount })}</span>
      {page < pageCount ? (
        <StoreLink href={href(page + 1)} rel="next" className="rounded-lg border border-stone-300 px-4 py-2">
          {t("next")}
        </StoreLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
