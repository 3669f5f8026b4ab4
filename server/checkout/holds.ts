import { and, eq, inArray, lt, sql } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { orderLines, orders, shipments, variants } from "@/db/schema";

/** Minutes a card checkout holds its stock while the shopper pays. */
export const HOLD_MINUTES = 30;

/** Puts an order's quantities back in stock. */
export async function restock(db: DatabaseOrTx, orderIds: string[]): Promise<void> {
  if (orderIds.length === 0) return;
  const lines = await db
    .select({ variantId: orderLines.variantId, quantity: orderLines.quantity })
    .from(orderLines)
    .where(inArray(orderLines.orderId, orderIds));
  for (const line of lines) {
    await db.update(variants).set({ stock: sql`${variants.stock} + ${line.quantity}` }).where(eq(variants.id, line.variantId));
  }
}

/**
 * Releases the stock of card orders left unpaid past their hold (all, or the
 * ones named). The outbox worker runs it when each hold ends, and checkout
 * before it takes stock; the status change is one conditional update, so two
 * callers never release twice.
 */
export async function releaseExpiredHolds(db: DatabaseOrTx, now = new Date(), onlyOrders?: string[]): Promise<string[]> {
  const expired = await db
    .update(orders)
    .set({ status: "cancelled", cancelledAt: now, cancelReason: "payment_timeout" })
    .where(and(eq(orders.status, "pending_payment"), lt(orders.holdExpiresAt, now), onlyOrders ? inArray(orders.id, onlyOrders) : undefined))
    .returning({ id: orders.id });
  const ids = expired.map((o) => o.id);
  if (ids.length === 0) return [];
  await db.update(shipments).set({ status: "cancelled" }).where(inArray(shipments.orderId, ids));
  await restock(db, ids);
  return ids;
}

/** Takes stock for a line in one conditional update; false when there is not enough. */
export async function takeStock(db: DatabaseOrTx, variantId: string, quantity: number): Promise<boolean> {
  const taken = await db
    .update(variants)
    .set({ stock: sql`${variants.stock} - ${quantity}` })
    .where(and(eq(variants.id, variantId), sql`${variants.stock} >= ${quantity}`))
    .returning({ id: variants.id });
  return taken.length > 0;
}
