import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { products, stockAdjustments, variants } from "@/db/schema";
import { AppError } from "../errors";
import type { AdjustStockInput } from "./products.schema";

/**
 * Adds (or removes) stock in one conditional update — never below zero, even
 * with two people adjusting at once — and records the change with its reason.
 */
export async function adjustStock(tx: Tx, shopId: string, actorId: string, input: AdjustStockInput) {
  const [updated] = await tx
    .update(variants)
    .set({ stock: sql`${variants.stock} + ${input.delta}` })
    .where(
      and(
        eq(variants.id, input.variantId),
        sql`${variants.productId} in (select ${products.id} from ${products} where ${products.shopId} = ${shopId})`,
        sql`${variants.stock} + ${input.delta} >= 0`,
      ),
    )
    .returning({ stock: variants.stock, sku: variants.sku, productId: variants.productId });
  if (!updated) {
    const [exists] = await tx
      .select({ stock: variants.stock })
      .from(variants)
      .innerJoin(products, eq(products.id, variants.productId))
      .where(and(eq(variants.id, input.variantId), eq(products.shopId, shopId)));
    if (!exists) throw new AppError("NOT_FOUND", "variantNotFound");
    throw new AppError("BAD_REQUEST", "stockBelowZero", { stock: exists.stock });
  }
  await tx.insert(stockAdjustments).values({
    variantId: input.variantId,
    delta: input.delta,
    stockAfter: updated.stock,
    reason: input.reason,
    note: input.note ?? null,
    actorId,
  });
  return updated;
}
