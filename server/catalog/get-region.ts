import { and, asc, eq } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { markets, products, regions } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { AppError } from "../errors";
import { currentRegionOf, onCurrentMap } from "../network/current-map";
import { PAGE_SIZE, type PagedSlugInput } from "./catalog.schema";
import { paged, type Paged } from "./paging";
import { listProductCards, type ProductCard } from "./product-cards";
import { inRegionSubtree, regionPath, regionRef, type RegionRef } from "./regions";

export interface RegionPage {
  region: RegionRef & { marketCode: string; lat: number | null; lng: number | null };
  /** ancestors, province first, without the region itself */
  ancestors: RegionRef[];
  children: RegionRef[];
  products: Paged<ProductCard>;
  /** a region merged or renamed away: the address of the one that stands for it today */
  movedTo: string | null;
}

/** A province, county or village with what lies below it and the products that come from there. */
export async function getRegion(db: DatabaseOrTx, input: PagedSlugInput): Promise<RegionPage> {
  const [row] = await db
    .select({ region: regions, defaultLocale: markets.defaultLocale })
    .from(regions)
    .innerJoin(markets, eq(markets.code, regions.marketCode))
    .where(eq(regions.slug, input.slug));
  if (!row) throw new AppError("NOT_FOUND", "regionNotFound");
  const { region } = row;
  const fallback = row.defaultLocale as Locale;
  const current = region.replacedById ? await currentRegionOf(db, region.id) : null;

  const [path, children, listing] = await Promise.all([
    regionPath(db, region.id),
    db
      .select()
      .from(regions)
      .where(and(eq(regions.parentId, region.id), onCurrentMap()))
      .orderBy(asc(regions.position)),
    listProductCards(db, input.locale, {
      where: inRegionSubtree(products.originRegionId, region.id),
      market: input.market,
      limit: PAGE_SIZE,
      offset: (input.page - 1) * PAGE_SIZE,
    }),
  ]);
  return {
    region: { ...regionRef(region, input.locale, fallback), marketCode: region.marketCode, lat: region.lat, lng: region.lng },
    ancestors: path.filter((r) => r.id !== region.id).map((r) => regionRef(r, input.locale, fallback)),
    children: children.map((r) => regionRef(r, input.locale, fallback)),
    products: paged(listing.cards, listing.total, input.page),
    movedTo: current && current.id !== region.id ? current.slug : null,
  };
}
