import { and, eq, gte, sql } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { orderLines, orders, shipments } from "@/db/schema";

export const SALES_WEEKS = 12;

/** A shop's sales per week (Monday-based, UTC) over the last SALES_WEEKS weeks, confirmed orders only. */
export async function salesByWeek(db: DatabaseOrTx, shopId: string, now = new Date()) {
  const since = new Date(now.getTime() - SALES_WEEKS * 7 * 24 * 3600 * 1000);
  const week = sql<string>`to_char(date_trunc('week', ${orders.createdAt} at time zone 'UTC'), 'YYYY-MM-DD')`;
  const rows = await db
    .select({
      week,
      amountMinor: sql<number>`sum(${orderLines.unitPriceMinor} * ${orderLines.quantity})`.mapWith(Number),
      parcels: sql<number>`count(distinct ${shipments.id})`.mapWith(Number),
      currency: sql<string>`min(${orders.currency})`,
    })
    .from(orderLines)
    .innerJoin(shipments, eq(shipments.id, orderLines.shipmentId))
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(and(eq(shipments.shopId, shopId), eq(orders.status, "confirmed"), gte(orders.createdAt, since)))
    .groupBy(week)
    .orderBy(week);
  return rows;
}
