import { and, eq, sql } from "drizzle-orm";
import type { Database, DatabaseOrTx } from "@/db/client";
import { outbox, type OutboxJob } from "@/db/schema";

export interface OutboxEntry {
  /** what to do: a handler in server/outbox/handlers.ts */
  kind: string;
  /** unique: the same key enqueued twice is one job; also the remote call's idempotency key */
  key: string;
  payload: Record<string, unknown>;
  /** not before (a hold's expiry, a payout date) */
  runAt?: Date;
}

/**
 * Writes a side effect into the caller's transaction: it is delivered only if
 * that transaction commits, and then even if this process dies right after.
 */
export async function enqueue(db: DatabaseOrTx, entry: OutboxEntry): Promise<void> {
  await db
    .insert(outbox)
    .values({ kind: entry.kind, key: entry.key, payload: entry.payload, runAt: entry.runAt ?? new Date() })
    .onConflictDoNothing({ target: outbox.key });
}

/** How long a claimed job belongs to its worker before another may take it (the first one died). */
export const LEASE_SECONDS = 300;

/**
 * Takes up to `limit` due jobs for this worker (or the one job named by
 * `onlyKey`, due or not: the request that enqueued it runs it at once). SKIP
 * LOCKED lets every app instance claim at once without two taking the same
 * job; the lease lets a job whose worker died be taken again later.
 */
export async function claimDue(db: Database, limit: number, onlyKey?: string): Promise<OutboxJob[]> {
  const result = (await db.execute(sql`
    update ${outbox} set locked_until = now() + make_interval(secs => ${LEASE_SECONDS}), attempts = ${outbox.attempts} + 1
    where ${outbox.id} in (
      select ${outbox.id} from ${outbox}
      where ${outbox.status} = 'pending'
        and (${outbox.lockedUntil} is null or ${outbox.lockedUntil} < now())
        ${onlyKey ? sql`and ${outbox.key} = ${onlyKey}` : sql`and ${outbox.runAt} <= now()`}
      order by ${outbox.runAt}
      limit ${limit}
      for update skip locked
    )
    returning ${outbox.id}`)) as unknown as { rows: { id: string }[] };
  const ids = result.rows.map((row) => String(row.id));
  if (ids.length === 0) return [];
  return db.query.outbox.findMany({ where: (o, { inArray }) => inArray(o.id, ids) });
}

/** A delivered job; its payload is cleared when it held a secret (a sign-in code). */
export async function markDone(db: Database, job: OutboxJob, forget = false): Promise<void> {
  await db
    .update(outbox)
    .set({ status: "done", doneAt: new Date(), lockedUntil: null, lastError: null, ...(forget ? { payload: {} } : {}) })
    .where(and(eq(outbox.id, job.id), eq(outbox.status, "pending")));
}

/** Seconds before the next try: 2, 4, 8 … up to an hour, with jitter so instances do not retry in step. */
export function backoffSeconds(attempts: number): number {
  const base = Math.min(3600, 2 ** Math.min(attempts, 12));
  return Math.round(base * (0.75 + Math.random() * 0.5));
}

/** A failed try: tried again after a backoff, or given up on (dead, shown to admins) once `maxAttempts` is reached. */
export async function markFailed(db: Database, job: OutboxJob, error: unknown, maxAttempts: number): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  const dead = job.attempts >= maxAttempts;
  await db
    .update(outbox)
    .set({
      status: dead ? "dead" : "pending",
      lastError: message.slice(0, 1000),
      lockedUntil: null,
      runAt: dead ? job.runAt : new Date(Date.now() + backoffSeconds(job.attempts) * 1000),
    })
    .where(and(eq(outbox.id, job.id), eq(outbox.status, "pending")));
}
