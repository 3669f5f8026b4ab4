import { and, asc, eq, isNull, ne, sql } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { cartItems, carts, products, productTranslations, shops, variants } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { localize } from "../catalog/localize";
import { isListed } from "../catalog/product-cards";
import { AppError } from "../errors";
import { hashToken } from "./cart-token";
import { MAX_QUANTITY } from "./checkout.schema";

/** The cart behind a token, created on first use. */
export async function cartFor(db: DatabaseOrTx, token: string, userId: string | null): Promise<string> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .insert(carts)
    .values({ tokenHash, userId })
    .onConflictDoUpdate({ target: carts.tokenHash, set: { updatedAt: new Date(), ...(userId ? { userId } : {}) } })
    .returning({ id: carts.id });
  if (!row) throw new Error("cart upsert returned nothing");
  return row.id;
}

export async function findCart(db: DatabaseOrTx, token: string | null): Promise<string | null> {
  if (!token) return null;
  const [row] = await db.select({ id: carts.id }).from(carts).where(eq(carts.tokenHash, hashToken(token)));
  return row?.id ?? null;
}

async function listedVariant(db: DatabaseOrTx, variantId: string) {
  const [row] = await db
    .select({ id: variants.id, priceMinor: variants.priceMinor, stock: variants.stock, marketCode: shops.marketCode })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .innerJoin(shops, eq(shops.id, products.shopId))
    .where(and(eq(variants.id, variantId), isNull(variants.archivedAt), isListed));
  if (!row) throw new AppError("NOT_FOUND", "variantNotFound");
  return row;
}

/**
 * Adds to the cart. One cart holds one market's goods (one currency, one
 * postal network); stock is checked now and again at payment.
 */
export async function addToCart(db: DatabaseOrTx, cartId: string, variantId: string, quantity: number) {
  const variant = await listedVariant(db, variantId);
  const others = await db
    .select({ marketCode: shops.marketCode })
    .from(cartItems)
    .innerJoin(variants, eq(variants.id, cartItems.variantId))
    .innerJoin(products, eq(products.id, variants.productId))
    .innerJoin(shops, eq(shops.id, products.shopId))
    .where(eq(cartItems.cartId, cartId))
    .limit(1);
  if (others[0] && others[0].marketCode !== variant.marketCode) throw new AppError("CONFLICT", "cartOtherMarket");
  const [current] = await db
    .select({ quantity: cartItems.quantity })
    .from(cartItems)
    .where(and(eq(cartItems.cartId, cartId), eq(cartItems.variantId, variantId)));
  const wanted = Math.min(MAX_QUANTITY, (current?.quantity ?? 0) + quantity);
  if (variant.stock < wanted) throw new AppError("CONFLICT", "notEnoughStock", { stock: variant.stock });
  await db
    .insert(cartItems)
    .values({ cartId, variantId, quantity: wanted, priceMinorAtAdd: variant.priceMinor })
    .onConflictDoUpdate({ target: [cartItems.cartId, cartItems.variantId], set: { quantity: wanted } });
  await db.update(carts).set({ updatedAt: new Date() }).where(eq(carts.id, cartId));
}

/** Sets a line's quantity (0 removes it), refusing more than is in stock. */
export async function setCartQuantity(db: DatabaseOrTx, cartId: string, variantId: string, quantity: number) {
  if (quantity === 0) {
    await db.delete(cartItems).where(and(eq(cartItems.cartId, cartId), eq(cartItems.variantId, variantId)));
    return;
  }
  const variant = await listedVariant(db, variantId);
  if (variant.stock < quantity) throw new AppError("CONFLICT", "notEnoughStock", { stock: variant.stock });
  const updated = await db
    .update(cartItems)
    .set({ quantity })
    .where(and(eq(cartItems.cartId, cartId), eq(cartItems.variantId, variantId)))
    .returning({ id: cartItems.id });
  if (updated.length === 0) throw new AppError("NOT_FOUND", "variantNotFound");
}

export interface CartLine {
  variantId: string;
  productSlug: string;
  productName: string;
  variantLabel: string;
  shopId: string;
  shopName: string;
  quantity: number;
  unitPriceMinor: number;
  priceMinorAtAdd: number;
  currency: string;
  stock: number;
  weightGrams: number;
  marketCode: string;
  /** no longer listed (paused, shop suspended) */
  unavailable: boolean;
}

/** The cart's lines with today's prices and stock, so changes since they were added can be shown. */
export async function cartLines(db: DatabaseOrTx, cartId: string | null, locale: Locale): Promise<CartLine[]> {
  if (!cartId) return [];
  const rows = await db
    .select({
      variantId: variants.id,
      productSlug: products.slug,
      productStatus: products.status,
      shopStatus: shops.status,
      sourceLocale: products.sourceLocale,
      requested: productTranslations.name,
      label: variants.label,
      shopId: shops.id,
      shopName: shops.name,
      quantity: cartItems.quantity,
      unitPriceMinor: variants.priceMinor,
      priceMinorAtAdd: cartItems.priceMinorAtAdd,
      currency: variants.currency,
      stock: variants.stock,
      weightGrams: variants.weightGrams,
      marketCode: shops.marketCode,
      sourceName: sql<string>`(select name from product_translations t where t.product_id = ${products.id} and t.locale = ${products.sourceLocale})`,
    })
    .from(cartItems)
    .innerJoin(variants, eq(variants.id, cartItems.variantId))
    .innerJoin(products, eq(products.id, variants.productId))
    .innerJoin(shops, eq(shops.id, products.shopId))
    .leftJoin(productTranslations, and(eq(productTranslations.productId, products.id), eq(productTranslations.locale, locale)))
    .where(eq(cartItems.cartId, cartId))
    .orderBy(asc(shops.slug), asc(cartItems.addedAt));
  return rows.map((r) => ({
    variantId: r.variantId,
    productSlug: r.productSlug,
    productName: r.requested ?? r.sourceName,
    variantLabel: localize(r.label, locale, r.sourceLocale as Locale).text,
    shopId: r.shopId,
    shopName: localize(r.shopName, locale, r.sourceLocale as Locale).text,
    quantity: r.quantity,
    unitPriceMinor: r.unitPriceMinor,
    priceMinorAtAdd: r.priceMinorAtAdd,
    currency: r.currency,
    stock: r.stock,
    weightGrams: r.weightGrams,
    marketCode: r.marketCode,
    unavailable: r.productStatus !== "active" || r.shopStatus !== "approved",
  }));
}

/**
 * On sign-in: the cart of this device becomes the person's, and carts they
 * left on other devices join it (the larger quantity of a size wins).
 */
export async function adoptCart(db: DatabaseOrTx, token: string | null, userId: string) {
  const current = await findCart(db, token);
  if (!current) return;
  const others = await db.select({ id: carts.id }).from(carts).where(and(eq(carts.userId, userId), ne(carts.id, current)));
  for (const other of others) {
    await db.execute(sql`
      insert into cart_items (cart_id, variant_id, quantity, price_minor_at_add)
      select ${current}, variant_id, quantity, price_minor_at_add from cart_items where cart_id = ${other.id}
      on conflict (cart_id, variant_id) do update set quantity = greatest(cart_items.quantity, excluded.quantity)`);
    await db.delete(carts).where(eq(carts.id, other.id));
  }
  await db.update(carts).set({ userId }).where(eq(carts.id, current));
}
