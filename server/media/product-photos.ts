import { and, eq, max } from "drizzle-orm";
import type { Database } from "@/db/client";
import { productImages, products } from "@/db/schema";
import { AppError } from "../errors";
import { processPhoto } from "./process-photo";
import { newPhotoKey, type PhotoStorage } from "./storage";

export const MAX_PHOTOS_PER_PRODUCT = 8;

/**
 * Adds a photo to a product of this shop: checked and re-encoded by
 * processPhoto, stored under a server-generated name, then recorded. The file
 * is written before the row, so a listed photo always exists.
 */
export async function addProductPhoto(db: Database, storage: PhotoStorage, shopId: string, productId: string, upload: Buffer) {
  const [product] = await db
    .select({ id: products.id, slug: products.slug })
    .from(products)
    .where(and(eq(products.id, productId), eq(products.shopId, shopId)));
  if (!product) throw new AppError("NOT_FOUND", "productNotFound");
  const [counted] = await db.select({ last: max(productImages.position) }).from(productImages).where(eq(productImages.productId, productId));
  const existing = await db.$count(productImages, eq(productImages.productId, productId));
  if (existing >= MAX_PHOTOS_PER_PRODUCT) throw new AppError("BAD_REQUEST", "tooManyPhotos", { max: MAX_PHOTOS_PER_PRODUCT });

  const photo = await processPhoto(upload);
  const largest = photo.variants[0];
  if (!largest) throw new Error("processPhoto returned no size");
  const key = newPhotoKey(productId, largest.size);
  await storage.put(key, largest.buffer, "image/webp");
  const [row] = await db
    .insert(productImages)
    .values({
      productId,
      path: storage.publicUrl(key),
      width: largest.width,
      height: largest.height,
      position: (counted?.last ?? -1) + 1,
    })
    .returning();
  if (!row) throw new Error("image insert returned nothing");
  return { image: row, productSlug: product.slug, key };
}

/** Removes a photo of a product of this shop (the stored file too, when it is ours). */
export async function removeProductPhoto(db: Database, storage: PhotoStorage, shopId: string, imageId: string, keyOf: (path: string) => string | null) {
  const [row] = await db
    .select({ id: productImages.id, path: productImages.path, slug: products.slug })
    .from(productImages)
    .innerJoin(products, eq(products.id, productImages.productId))
    .where(and(eq(productImages.id, imageId), eq(products.shopId, shopId)));
  if (!row) throw new AppError("NOT_FOUND", "photoNotFound");
  await db.delete(productImages).where(eq(productImages.id, row.id));
  const key = keyOf(row.path);
  if (key) await storage.delete(key);
  return { productSlug: row.slug };
}
