import { and, eq, lte, notExists, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { ledgerTransactions, orders, shipments } from "@/db/schema";
import { moneySettings, releaseParcels } from "./events";
import { saleParcels } from "./sale-lines";

const DAY_MS = 86_400_000;

/**
 * Makes payable every card sale of a market delivered longer ago than its
 * return window (cash sales become payable when the post remits, or at
 * delivery where the market trusts the post). Returns how many parcels it released.
 */
export async function releaseDueSales(db: Database, marketCode: string, now: Date, chunk = 5000): Promise<number> {
  const settings = await moneySettings(db, marketCode);
  const cutoff = new Date(now.getTime() - settings.returnWindowDays * DAY_MS);
  const due = await db
    .select({ id: shipments.id })
    .from(shipments)
    .innerJoin(orders, eq(orders.id, shipments.orderId))
    .where(
      and(
        eq(orders.marketCode, marketCode),
        eq(orders.paymentMethod, "card"),
        eq(shipments.trackingStatus, "delivered"),
        lte(shipments.trackingStatusAt, cutoff),
        notExists(db.select({ one: sql`1` }).from(ledgerTransactions).where(eq(ledgerTransactions.key, sql`'sale_released:' || ${shipments.id}`))),
      ),
    );
  let released = 0;
  for (let i = 0; i < due.length; i += chunk) {
    const ids = due.slice(i, i + chunk).map((r) => r.id);
    await db.transaction(async (tx) => {
      released += (await releaseParcels(tx, await saleParcels(tx, { shipmentIds: ids }), now)).size;
    });
  }
  return released;
}
