import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** pending: to be delivered (retried with backoff); done: delivered; dead: given up on, shown to admins. */
export const outboxStatus = pgEnum("outbox_status", ["pending", "done", "dead"]);

/**
 * Side effects (an SMS, a Stripe call, a refund, a payout, a hold to release)
 * written in the same transaction as the change that causes them, and
 * delivered afterwards by the worker in every app instance. `key` is unique,
 * so a repeated cause enqueues nothing twice, and it is the idempotency key of
 * the remote call.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: text().notNull(),
    key: text().notNull().unique(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    status: outboxStatus().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    /** not before */
    runAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** a worker that claimed the job owns it until then; after that (the process died) another may take it */
    lockedUntil: timestamp({ withTimezone: true }),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    doneAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // the worker's claim: due pending jobs in order
    index("outbox_due_idx").on(t.runAt).where(sql`${t.status} = 'pending'`),
    // the admin list: jobs still owed or given up on, by kind
    index("outbox_open_idx").on(t.kind, t.createdAt).where(sql`${t.status} <> 'done'`),
  ],
);

export type OutboxJob = typeof outbox.$inferSelect;

/**
 * Counters of rate-limiter-flexible (server/security/limits.ts): one row per
 * limited key, updated by one atomic upsert, so concurrent attempts never
 * slip past a limit and every app instance sees the same counts.
 */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text().primaryKey(),
    points: integer().notNull().default(0),
    expire: timestamp({ withTimezone: true }),
  },
  (t) => [index("rate_limits_expire_idx").on(t.expire)],
);
