import { eq } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { categories, products } from "@/db/schema";
import { AppError } from "../errors";
import { PAGE_SIZE, type PagedSlugInput } from "./catalog.schema";
import { paged, type Paged } from "./paging";
import { localize, type Localized } from "./localize";
import { listProductCards, type ProductCard } from "./product-cards";

export interface CategoryPage {
  category: { slug: string; name: Localized };
  products: Paged<ProductCard>;
}

/** A speciality (saffron, tea, …) and its listed products from every market. */
export async function getCategory(db: DatabaseOrTx, input: PagedSlugInput): Promise<CategoryPage> {
  const [category] = await db.select().from(categories).where(eq(categories.slug, input.slug));
  if (!category) throw new AppError("NOT_FOUND", "categoryNotFound");
  const listing = await listProductCards(db, input.locale, {
    where: eq(products.categoryId, category.id),
    market: input.market,
    limit: PAGE_SIZE,
    offset: (input.page - 1) * PAGE_SIZE,
  });
  return {
    category: { slug: category.slug, name: localize(category.name, input.locale) },
    products: paged(listing.cards, listing.total, input.page),
  };
}
