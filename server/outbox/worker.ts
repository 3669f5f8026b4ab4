import type { OutboxJob } from "@/db/schema";
import { handlerFor, type OutboxServices } from "./handlers";
import { claimDue, markDone, markFailed } from "./outbox";

async function runJob(services: OutboxServices, job: OutboxJob): Promise<{ ok: boolean; result?: unknown }> {
  const handler = handlerFor(job.kind);
  if (!handler) {
    await markFailed(services.db, job, new Error(`no handler for ${job.kind}`), job.attempts);
    return { ok: false };
  }
  try {
    const result = await handler.run(services, job.payload, job.key);
    await markDone(services.db, job, handler.secret);
    return { ok: true, result };
  } catch (error) {
    await markFailed(services.db, job, error, handler.maxAttempts);
    return { ok: false };
  }
}

/** Delivers the jobs due now, a batch at a time; returns how many were tried. */
export async function deliverDue(services: OutboxServices, batch = 20): Promise<number> {
  const jobs = await claimDue(services.db, batch);
  for (const job of jobs) await runJob(services, job);
  return jobs.length;
}

/**
 * Runs one job at once, in the request that enqueued it (a payment page the
 * shopper waits for). If it fails, or another worker holds it, the worker
 * still delivers it later; the answer says whether it ran here.
 */
export async function deliverNow(services: OutboxServices, key: string): Promise<{ ok: boolean; result?: unknown }> {
  const [job] = await claimDue(services.db, 1, key);
  if (!job) return { ok: false };
  return runJob(services, job);
}

export interface OutboxWorker {
  /** look for work now (a job was just committed) */
  kick(): void;
  stop(): Promise<void>;
}

/**
 * The worker inside every app instance: polls for due jobs (at once when
 * kicked, else every `intervalMs`), never two passes at a time in one process.
 */
export function startOutboxWorker(services: () => Promise<OutboxServices>, intervalMs = 1000): OutboxWorker {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const pass = async () => {
    try {
      const resolved = await services();
      while (!stopped && (await deliverDue(resolved)) > 0) {
        // a full batch may mean more are due
      }
    } catch (error) {
      console.error("outbox: a delivery pass failed", error);
    }
  };
  const schedule = (delay: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(tick, delay);
    timer.unref();
  };
  const tick = () => {
    if (running) {
      again = true;
      return;
    }
    running = pass().finally(() => {
      running = null;
      const now = again;
      again = false;
      schedule(now ? 0 : intervalMs);
    });
  };
  schedule(0);
  return {
    kick: () => schedule(0),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
