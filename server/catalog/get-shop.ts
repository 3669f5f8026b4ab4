import { and, eq } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { markets, products, shops } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { AppError } from "../errors";
import { PAGE_SIZE, type PagedSlugInput } from "./catalog.schema";
import { paged, type Paged } from "./paging";
import { localize, type Localized } from "./localize";
import { listProductCards, type ProductCard } from "./product-cards";
import { regionPath, regionRef, type RegionRef } from "./regions";

export interface ShopPage {
  shop: { slug: string; name: Localized; story: Localized; marketCode: string; since: Date };
  /** province → county → village */
  place: RegionRef[];
  products: Paged<ProductCard>;
}

/** An approved shop, where it is and what it sells. Pending, rejected and suspended shops are not found. */
export async function getShop(db: DatabaseOrTx, input: PagedSlugInput): Promise<ShopPage> {
  const [row] = await db
    .select({ shop: shops, defaultLocale: markets.defaultLocale })
    .from(shops)
    .innerJoin(markets, eq(markets.code, shops.marketCode))
    .where(and(eq(shops.slug, input.slug), eq(shops.status, "approved")));
  if (!row) throw new AppError("NOT_FOUND", "shopNotFound");
  const { shop } = row;
  const fallback = row.defaultLocale as Locale;
  const [path, listing] = await Promise.all([
    regionPath(db, shop.villageId),
    listProductCards(db, input.locale, {
      where: eq(products.shopId, shop.id),
      market: input.market,
      limit: PAGE_SIZE,
      offset: (input.page - 1) * PAGE_SIZE,
    }),
  ]);
  return {
    shop: {
      slug: shop.slug,
      name: localize(shop.name, input.locale, fallback),
      story: localize(shop.story, input.locale, fallback),
      marketCode: shop.marketCode,
      since: shop.createdAt,
    },
    place: path.map((r) => regionRef(r, input.locale, fallback)),
    products: paged(listing.cards, listing.total, input.page),
  };
}
