import { z } from "zod";
import { negotiateLocale } from "@/lib/negotiate-locale";
import { getAuth } from "@/server/auth";
import { sessionUser } from "@/server/trpc/context";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { formDataLimited } from "@/server/http/read-body";
import { errorResponse } from "@/server/http/route-errors";
import { refreshStorefront, storefrontTagsOf } from "@/server/lib/storefront-cache";
import { PhotoError, MAX_PHOTO_BYTES } from "@/server/media/process-photo";
import { addProductPhoto, removeProductPhoto } from "@/server/media/product-photos";
import { photoKeyOf, photoStorage } from "@/server/media/storage-from-env";
import { recordAudit, resolveShopAccess } from "@/server/sellers/shop-access";

const uploadFields = z.object({ shopId: z.uuid(), productId: z.uuid() });
const removeFields = z.object({ shopId: z.uuid(), imageId: z.uuid() });

async function signedInShop(request: Request, shopId: string) {
  const [db, auth] = await Promise.all([getDb(), getAuth()]);
  const user = await sessionUser(auth, request.headers);
  if (!user) throw new AppError("UNAUTHORIZED", "signInRequired");
  const shop = await resolveShopAccess(db, user, shopId);
  return { db, user, shop };
}

function photoAppError(error: PhotoError): AppError {
  if (error.reason === "tooLarge") return new AppError("PAYLOAD_TOO_LARGE", "photoTooLarge", { max: 10 });
  if (error.reason === "tooManyPixels") return new AppError("BAD_REQUEST", "photoTooManyPixels", { max: 40 });
  return new AppError("BAD_REQUEST", "photoNotAnImage");
}

/** Upload one product photo (multipart: shopId, productId, photo). Session and shop access are checked as for tRPC. */
export async function POST(request: Request) {
  const locale = negotiateLocale(request.headers.get("x-locale"), request.headers.get("accept-language"));
  try {
    // who is asking is known before a byte of the body is read; the body is then capped as it streams
    const [db, auth] = await Promise.all([getDb(), getAuth()]);
    const user = await sessionUser(auth, request.headers);
    if (!user) throw new AppError("UNAUTHORIZED", "signInRequired");
    const form = await formDataLimited(request, MAX_PHOTO_BYTES + 64 * 1024).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "PAYLOAD_TOO_LARGE") throw new AppError("PAYLOAD_TOO_LARGE", "photoTooLarge", { max: 10 });
      throw error instanceof AppError ? error : new AppError("BAD_REQUEST", "badRequest");
    });
    const fields = uploadFields.safeParse({ shopId: form.get("shopId"), productId: form.get("productId") });
    const file = form.get("photo");
    if (!fields.success || !(file instanceof Blob)) throw new AppError("BAD_REQUEST", "badRequest");
    if (file.size > MAX_PHOTO_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "photoTooLarge", { max: 10 });
    const shop = await resolveShopAccess(db, user, fields.data.shopId);
    const added = await addProductPhoto(db, photoStorage(), shop.shopId, fields.data.productId, Buffer.from(await file.arrayBuffer())).catch(
      (error: unknown) => {
        throw error instanceof PhotoError ? photoAppError(error) : error;
      },
    );
    await recordAudit(db, { user, shop }, "photo.add", { product: added.productSlug, photo: added.image.path });
    refreshStorefront(await storefrontTagsOf(db, { productSlugs: [added.productSlug] }));
    return Response.json({ image: { id: added.image.id, path: added.image.path, width: added.image.width, height: added.image.height } }, { status: 201 });
  } catch (error) {
    return errorResponse(error, locale);
  }
}

/** Remove a product photo (?shopId=…&imageId=…). */
export async function DELETE(request: Request) {
  const locale = negotiateLocale(request.headers.get("x-locale"), request.headers.get("accept-language"));
  try {
    const url = new URL(request.url);
    const fields = removeFields.safeParse({ shopId: url.searchParams.get("shopId"), imageId: url.searchParams.get("imageId") });
    if (!fields.success) throw new AppError("BAD_REQUEST", "badRequest");
    const { db, user, shop } = await signedInShop(request, fields.data.shopId);
    const removed = await removeProductPhoto(db, photoStorage(), shop.shopId, fields.data.imageId, photoKeyOf);
    await recordAudit(db, { user, shop }, "photo.remove", { product: removed.productSlug });
    refreshStorefront(await storefrontTagsOf(db, { productSlugs: [removed.productSlug] }));
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error, locale);
  }
}
