import "server-only";
import { sql } from "drizzle-orm";
import type { OutboxWorker } from "./outbox/worker";

const globalForWorker = globalThis as unknown as { villagepostOutbox?: OutboxWorker };

/**
 * What a server does before it answers anyone: the environment is valid, the
 * database opens (migrated, and seeded on the embedded default), and the outbox
 * worker runs. Anything wrong stops the process with the reason, rather than a
 * server that says "Ready" and fails every call.
 */
export async function startServer(): Promise<void> {
  try {
    // the environment is parsed when this module loads: a bad value fails here, with its message
    const { env, serverEnvProblem } = await import("./env");
    const problem = serverEnvProblem(env);
    if (problem) throw new Error(problem);
    const { getDb } = await import("./db");
    const db = await getDb();
    await db.execute(sql`select 1`);
    if (env.DATABASE_URL && env.SMS_PROVIDER === "log") {
      console.warn("Warning: SMS_PROVIDER=log prints every text message, sign-in codes included, instead of sending it. Use it only for trials.");
    }
    // each market's next payout run waits in the outbox (its handler registers as the module loads)
    const { schedulePayouts } = await import("./money/payout-schedule");
    await schedulePayouts(db);
    const { outboxServices } = await import("./outbox/services");
    const { startOutboxWorker } = await import("./outbox/worker");
    globalForWorker.villagepostOutbox ??= startOutboxWorker(outboxServices);
  } catch (error) {
    console.error(`Villagepost cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

/** Tells this instance's worker that a job was just committed, so it is delivered without waiting for the next poll. */
export function kickOutbox(): void {
  globalForWorker.villagepostOutbox?.kick();
}
