import { and, asc, eq, gt, ne, or, sql } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { markets, outbox } from "@/db/schema";

/** What admins see of a side effect still owed: never its payload (a code, a phone number). */
export interface OpenJob {
  kind: string;
  key: string;
  status: "pending" | "dead";
  attempts: number;
  lastError: string | null;
  nextTryAt: Date;
  createdAt: Date;
}

/**
 * Side effects that have failed at least once and are not delivered yet
 * (a refund Stripe has not confirmed, an SMS the gateway refused), or were
 * given up on — oldest first. Fresh jobs on their first try are not news.
 */
export async function listOpenJobs(db: DatabaseOrTx, limit = 100): Promise<OpenJob[]> {
  const rows = await db
    .select({
      kind: outbox.kind,
      key: outbox.key,
      status: outbox.status,
      attempts: outbox.attempts,
      lastError: outbox.lastError,
      nextTryAt: outbox.runAt,
      createdAt: outbox.createdAt,
    })
    .from(outbox)
    .where(and(ne(outbox.status, "done"), or(eq(outbox.status, "dead"), gt(outbox.attempts, 0), sql`${outbox.lastError} is not null`)))
    .orderBy(asc(outbox.createdAt))
    .limit(limit);
  return rows.map((row) => ({ ...row, status: row.status === "dead" ? "dead" : "pending" }));
}

/** The time zone to show times in for a reader of `locale`: the market whose language it is, else UTC. */
export async function readerTimeZone(db: DatabaseOrTx, locale: string): Promise<string> {
  const [market] = await db.select({ timeZone: markets.timeZone }).from(markets).where(eq(markets.defaultLocale, locale)).limit(1);
  return market?.timeZone ?? "UTC";
}
