import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { moneySettings, releaseWhere } from "./events";

const DAY_MS = 86_400_000;

/**
 * Makes payable every card sale of a market delivered longer ago than its
 * return window (cash sales become payable when the post remits, or at
 * delivery where the market trusts the post), in one statement. Returns how
 * many parcels it released.
 */
export async function releaseDueSales(db: Database, marketCode: string, now: Date): Promise<number> {
  const settings = await moneySettings(db, marketCode);
  const cutoff = new Date(now.getTime() - settings.returnWindowDays * DAY_MS);
  const released = await db.transaction((tx) =>
    releaseWhere(
      tx,
      sql`o.market_code = ${marketCode} and o.payment_method = 'card' and s.tracking_status = 'delivered' and s.tracking_status_at <= ${cutoff.toISOString()}::timestamptz
        and not exists (select 1 from ledger_transactions t where t.key = 'sale_released:' || s.id)`,
      now,
    ),
  );
  return released.size;
}
