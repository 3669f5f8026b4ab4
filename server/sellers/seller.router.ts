import { z } from "zod";
import { localeSchema } from "../catalog/catalog.schema";
import { refreshStorefront } from "../lib/storefront-cache";
import { adjustStock } from "../products/adjust-stock";
import {
  adjustStockInput,
  createProductInput,
  productRef,
  setStatusInput,
  updateProductInput,
} from "../products/products.schema";
import { createProduct, updateProduct } from "../products/save-product";
import {
  deleteProduct,
  getShopProduct,
  listShopProducts,
  lowStock,
  setProductStatus,
  stockHistory,
} from "../products/shop-products";
import { listShopShipments } from "../checkout/orders";
import { deliveryLabelCharacters } from "../fulfilment/label-source";
import { listPickups, pickupOptions, requestPickup } from "../fulfilment/pickups";
import { pickupInput } from "../fulfilment/fulfilment.schema";
import { salesByWeek } from "../checkout/sales";
import { clientKey, limit } from "../security/limits";
import { router, signedInProcedure } from "../trpc/init";
import { applyForShop } from "./apply-for-shop";
import { listAudit } from "./list-audit";
import { marketVillages } from "./market-villages";
import { listMyShops } from "./my-shops";
import { applyInput } from "./sellers.schema";
import { recordAudit, shopOwnerProcedure, shopProcedure } from "./shop-access";

const withLocale = z.object({ locale: localeSchema });

/**
 * The seller portal. Every procedure that touches one shop is a shopProcedure:
 * it names the shop and access (member, or linked agent) is checked before the handler.
 */
export const sellerRouter = router({
  myShops: signedInProcedure.input(withLocale).query(({ ctx, input }) => listMyShops(ctx.db, ctx.user, input.locale)),
  applyForShop: signedInProcedure.input(applyInput).mutation(async ({ ctx, input }) => {
    await limit(ctx.db, [["applicationsByUser", ctx.user.id], ["applicationsFromClient", clientKey(ctx.ip)]]);
    return applyForShop(ctx.db, ctx.user, input);
  }),

  dashboard: shopProcedure.input(withLocale).query(async ({ ctx, input }) => {
    const [items, low, sales] = await Promise.all([
      listShopProducts(ctx.db, ctx.shop.shopId, input.locale),
      lowStock(ctx.db, ctx.shop.shopId, input.locale),
      salesByWeek(ctx.db, ctx.shop.shopId),
    ]);
    return {
      sales,
      productCount: items.length,
      lowStock: low,
      missingTranslations: items.filter((p) => p.missingLocales.length > 0).map((p) => ({ id: p.id, name: p.name, missing: p.missingLocales })),
    };
  }),
  villages: shopProcedure.input(withLocale).query(({ ctx, input }) => marketVillages(ctx.db, ctx.shop.marketCode, input.locale)),
  products: shopProcedure.input(withLocale).query(({ ctx, input }) => listShopProducts(ctx.db, ctx.shop.shopId, input.locale)),
  product: shopProcedure.input(productRef).query(({ ctx, input }) => getShopProduct(ctx.db, ctx.shop.shopId, input.productId)),

  createProduct: shopProcedure.input(createProductInput).mutation(async ({ ctx, input }) => {
    const product = await ctx.db.transaction(async (tx) => {
      const created = await createProduct(tx, ctx.shop, input.product);
      await recordAudit(tx, ctx, "product.create", { product: created.slug, name: input.product.translations[input.product.writtenIn]?.name });
      return created;
    });
    refreshStorefront();
    return product;
  }),
  updateProduct: shopProcedure.input(updateProductInput).mutation(async ({ ctx, input }) => {
    const product = await ctx.db.transaction(async (tx) => {
      const updated = await updateProduct(tx, ctx.shop, input.productId, input.product);
      await recordAudit(tx, ctx, "product.update", { product: updated.slug, languages: Object.keys(input.product.translations) });
      return updated;
    });
    refreshStorefront();
    return product;
  }),
  setProductStatus: shopProcedure.input(setStatusInput).mutation(async ({ ctx, input }) => {
    const product = await ctx.db.transaction(async (tx) => {
      const row = await setProductStatus(tx, ctx.shop.shopId, input.productId, input.status);
      await recordAudit(tx, ctx, `product.${input.status === "paused" ? "pause" : "activate"}`, { product: row.slug });
      return row;
    });
    refreshStorefront();
    return product;
  }),
  deleteProduct: shopProcedure.input(productRef).mutation(async ({ ctx, input }) => {
    const product = await ctx.db.transaction(async (tx) => {
      const row = await deleteProduct(tx, ctx.shop.shopId, input.productId);
      await recordAudit(tx, ctx, row.archived ? "product.archive" : "product.delete", { product: row.slug });
      return row;
    });
    refreshStorefront();
    return product;
  }),

  adjustStock: shopProcedure.input(adjustStockInput).mutation(async ({ ctx, input }) => {
    const result = await ctx.db.transaction(async (tx) => {
      const row = await adjustStock(tx, ctx.shop.shopId, ctx.user.id, input);
      await recordAudit(tx, ctx, "stock.adjust", { sku: row.sku, delta: input.delta, reason: input.reason, stock: row.stock });
      return row;
    });
    refreshStorefront();
    return result;
  }),
  stockHistory: shopProcedure
    .input(z.object({ variantId: z.uuid() }))
    .query(({ ctx, input }) => stockHistory(ctx.db, ctx.shop.shopId, input.variantId)),

  /** The shop's parcels, each with the characters its label cannot print in the label fonts (the seller is warned before printing). */
  shipments: shopProcedure.query(async ({ ctx }) =>
    (await listShopShipments(ctx.db, ctx.shop.shopId)).map((parcel) => ({ ...parcel, labelCharacters: deliveryLabelCharacters(parcel.delivery) })),
  ),
  pickupOptions: shopProcedure.input(withLocale).query(({ ctx, input }) => pickupOptions(ctx.db, ctx.shop.shopId, input.locale)),
  pickups: shopProcedure.input(withLocale).query(({ ctx, input }) => listPickups(ctx.db, ctx.shop.shopId, input.locale)),
  /** Books a collection on a route day (or a drop-off) for labelled parcels, and writes their manifest. */
  requestPickup: shopProcedure.input(pickupInput).mutation(async ({ ctx, input }) => {
    const result = await requestPickup(ctx.db, ctx.shop.shopId, ctx.user.id, input);
    await recordAudit(ctx.db, ctx, "pickup.request", { kind: input.kind, date: input.date, manifest: result.manifestNumber, parcels: result.parcels });
    return result;
  }),
  audit: shopOwnerProcedure.query(({ ctx }) => listAudit(ctx.db, ctx.shop.shopId)),
});
