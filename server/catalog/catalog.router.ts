import { publicProcedure, router } from "../trpc/init";
import { localeInput, marketInput, pagedSlugInput, slugInput } from "./catalog.schema";
import { listMarkets } from "./markets";
import { searchInput } from "./search.schema";
import { getCategory } from "./get-category";
import { getHome, listCategories, listProvinces } from "./get-home";
import { getProduct } from "./get-product";
import { getRegion } from "./get-region";
import { getShop } from "./get-shop";
import { getRegionTree } from "./region-tree";
import { searchProducts } from "./search-products";

/** The storefront's read side. Every procedure is public and takes the shopper's locale. */
export const catalogRouter = router({
  home: publicProcedure.input(marketInput).query(({ ctx, input }) => getHome(ctx.db, input)),
  /** the markets a shopper can choose to have parcels delivered in */
  markets: publicProcedure.input(localeInput).query(({ ctx, input }) => listMarkets(ctx.db, input.locale)),
  categories: publicProcedure.input(localeInput).query(({ ctx, input }) => listCategories(ctx.db, input.locale)),
  provinces: publicProcedure.input(marketInput).query(({ ctx, input }) => listProvinces(ctx.db, input.locale, input.market)),
  /** provinces → counties → villages (of one market, or all), for the village pickers of checkout and the shop application */
  regionTree: publicProcedure.input(marketInput).query(({ ctx, input }) => getRegionTree(ctx.db, input)),
  region: publicProcedure.input(pagedSlugInput).query(({ ctx, input }) => getRegion(ctx.db, input)),
  category: publicProcedure.input(pagedSlugInput).query(({ ctx, input }) => getCategory(ctx.db, input)),
  product: publicProcedure.input(slugInput).query(({ ctx, input }) => getProduct(ctx.db, input)),
  shop: publicProcedure.input(pagedSlugInput).query(({ ctx, input }) => getShop(ctx.db, input)),
  search: publicProcedure.input(searchInput).query(({ ctx, input }) => searchProducts(ctx.db, input)),
});
