import { asc, desc, ilike, or, sql } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { products } from "@/db/schema";
import { PAGE_SIZE, type SearchInput } from "./catalog.schema";
import { paged, type Paged } from "./paging";
import { listProductCards, requestedText, type ProductCard } from "./product-cards";

/** Escapes LIKE wildcards so the shopper's text matches literally. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Substring search over product names, summaries and descriptions written in
 * the shopper's language; name matches rank first.
 */
export async function searchProducts(db: DatabaseOrTx, input: SearchInput): Promise<Paged<ProductCard> & { q: string }> {
  const pattern = likePattern(input.q);
  const listing = await listProductCards(db, input.locale, {
    where: or(
      ilike(requestedText.name, pattern),
      ilike(requestedText.summary, pattern),
      ilike(requestedText.description, pattern),
    ),
    orderBy: [desc(sql`${requestedText.name} ilike ${pattern}`), desc(products.featured), asc(requestedText.name)],
    limit: PAGE_SIZE,
    offset: (input.page - 1) * PAGE_SIZE,
  });
  return { ...paged(listing.cards, listing.total, input.page), q: input.q };
}
