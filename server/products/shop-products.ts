import { and, asc, desc, eq, inArray, isNull, lte } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { categories, orderLines, productImages, products, productTranslations, stockAdjustments, variants } from "@/db/schema";
import { locales, type Locale } from "@/lib/locales";
import { AppError } from "../errors";
import { localize } from "../catalog/localize";

export const LOW_STOCK = 5;

/** A shop's products (all statuses but archived) with the languages each still lacks. */
export async function listShopProducts(db: DatabaseOrTx, shopId: string, locale: Locale) {
  const rows = await db
    .select({ id: products.id, slug: products.slug, status: products.status, sourceLocale: products.sourceLocale, updatedAt: products.updatedAt })
    .from(products)
    .where(and(eq(products.shopId, shopId), inArray(products.status, ["draft", "active", "paused"])))
    .orderBy(desc(products.updatedAt));
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const [texts, sizes, images] = await Promise.all([
    db.select().from(productTranslations).where(inArray(productTranslations.productId, ids)),
    db.select().from(variants).where(and(inArray(variants.productId, ids), isNull(variants.archivedAt))).orderBy(asc(variants.position)),
    db.select({ productId: productImages.productId, path: productImages.path }).from(productImages).where(inArray(productImages.productId, ids)).orderBy(asc(productImages.position)),
  ]);
  return rows.map((row) => {
    const own = texts.filter((t) => t.productId === row.id);
    const text = own.find((t) => t.locale === locale) ?? own.find((t) => t.locale === row.sourceLocale);
    return {
      id: row.id,
      slug: row.slug,
      status: row.status,
      name: text ? { text: text.name, locale: text.locale as Locale } : { text: row.slug, locale },
      missingLocales: locales.filter((l) => !own.some((t) => t.locale === l)),
      image: images.find((i) => i.productId === row.id)?.path ?? null,
      variants: sizes
        .filter((v) => v.productId === row.id)
        .map((v) => ({ id: v.id, label: localize(v.label, locale, row.sourceLocale as Locale), priceMinor: v.priceMinor, currency: v.currency, stock: v.stock })),
    };
  });
}

/** One product of this shop, everything the editor needs. Another shop's product is NOT_FOUND. */
export async function getShopProduct(db: DatabaseOrTx, shopId: string, productId: string) {
  const [row] = await db
    .select({ product: products, categorySlug: categories.slug })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(and(eq(products.id, productId), eq(products.shopId, shopId)));
  if (!row) throw new AppError("NOT_FOUND", "productNotFound");
  const [texts, sizes, images] = await Promise.all([
    db.select().from(productTranslations).where(eq(productTranslations.productId, productId)),
    db.select().from(variants).where(and(eq(variants.productId, productId), isNull(variants.archivedAt))).orderBy(asc(variants.position)),
    db.select().from(productImages).where(eq(productImages.productId, productId)).orderBy(asc(productImages.position)),
  ]);
  return {
    id: row.product.id,
    slug: row.product.slug,
    status: row.product.status,
    sourceLocale: row.product.sourceLocale as Locale,
    categorySlug: row.categorySlug,
    originVillageId: row.product.originRegionId,
    harvestedOn: row.product.harvestedOn,
    harvestSeason: row.product.harvestSeason,
    certificationKind: row.product.certificationKind,
    translations: Object.fromEntries(
      texts.map((t) => [t.locale, { name: t.name, summary: t.summary, description: t.description, certification: t.certification ?? undefined }]),
    ) as Partial<Record<Locale, { name: string; summary: string; description: string; certification?: string }>>,
    variants: sizes.map((v) => ({ id: v.id, sku: v.sku, label: v.label, priceMinor: v.priceMinor, currency: v.currency, stock: v.stock, weightGrams: v.weightGrams })),
    images: images.map((i) => ({ id: i.id, path: i.path, width: i.width, height: i.height })),
  };
}

/** Pauses or re-lists a product of this shop. */
export async function setProductStatus(db: DatabaseOrTx, shopId: string, productId: string, status: "active" | "paused") {
  const [row] = await db
    .update(products)
    .set({ status, updatedAt: new Date() })
    .where(and(eq(products.id, productId), eq(products.shopId, shopId), inArray(products.status, ["active", "paused", "draft"])))
    .returning({ id: products.id, slug: products.slug, status: products.status });
  if (!row) throw new AppError("NOT_FOUND", "productNotFound");
  return row;
}

/**
 * Removes a product of this shop. One that has been ordered is archived
 * instead — hidden everywhere, but its orders keep what was bought.
 */
export async function deleteProduct(db: DatabaseOrTx, shopId: string, productId: string): Promise<{ id: string; slug: string; archived: boolean }> {
  const [owned] = await db.select({ id: products.id }).from(products).where(and(eq(products.id, productId), eq(products.shopId, shopId)));
  if (!owned) throw new AppError("NOT_FOUND", "productNotFound");
  const [ordered] = await db
    .select({ id: orderLines.id })
    .from(orderLines)
    .innerJoin(variants, eq(variants.id, orderLines.variantId))
    .where(eq(variants.productId, productId))
    .limit(1);
  if (ordered) {
    const [row] = await db.update(products).set({ status: "archived", updatedAt: new Date() }).where(eq(products.id, productId)).returning({ id: products.id, slug: products.slug });
    if (!row) throw new AppError("NOT_FOUND", "productNotFound");
    return { ...row, archived: true };
  }
  const [row] = await db.delete(products).where(eq(products.id, productId)).returning({ id: products.id, slug: products.slug });
  if (!row) throw new AppError("NOT_FOUND", "productNotFound");
  return { ...row, archived: false };
}

/** Sizes of this shop at or below the low-stock mark. */
export async function lowStock(db: DatabaseOrTx, shopId: string, locale: Locale) {
  const rows = await db
    .select({ id: variants.id, label: variants.label, stock: variants.stock, productId: products.id, sourceLocale: products.sourceLocale })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(and(eq(products.shopId, shopId), lte(variants.stock, LOW_STOCK), inArray(products.status, ["active", "paused"])))
    .orderBy(asc(variants.stock));
  return rows.map((r) => ({ variantId: r.id, productId: r.productId, label: localize(r.label, locale, r.sourceLocale as Locale), stock: r.stock }));
}

/** The stock history of one size of this shop, newest first. */
export async function stockHistory(db: DatabaseOrTx, shopId: string, variantId: string) {
  const [owned] = await db
    .select({ id: variants.id })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(and(eq(variants.id, variantId), eq(products.shopId, shopId)));
  if (!owned) throw new AppError("NOT_FOUND", "variantNotFound");
  return db.select().from(stockAdjustments).where(eq(stockAdjustments.variantId, variantId)).orderBy(desc(stockAdjustments.at)).limit(100);
}
