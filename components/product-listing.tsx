import type { Locale } from "@/lib/locales";
import type { Paged } from "@/server/catalog/paging";
import type { ProductCard } from "@/server/catalog/product-cards";
import { Pagination } from "./pagination";
import { ProductGrid } from "./product-card";

/** A page of product cards, or a sentence when there are none, with plain-link pagination. */
export function ProductListing({
  products,
  locale,
  basePath,
  emptyText,
  query,
}: {
  products: Paged<ProductCard>;
  locale: Locale;
  basePath: string;
  emptyText: string;
  query?: Record<string, string>;
}) {
  return (
    <>
      {products.items.length > 0 ? (
        <ProductGrid cards={products.items} locale={locale} important />
      ) : (
        <p className="text-stone-600">{emptyText}</p>
      )}
      <Pagination basePath={basePath} page={products.page} pageCount={products.pageCount} locale={locale} query={query} />
    </>
  );
}
