import { and, eq, like } from "drizzle-orm";
import type { Database } from "@/db/client";
import { markets, outbox } from "@/db/schema";
import { registerHandler } from "../outbox/handlers";
import { enqueue } from "../outbox/outbox";
import { moneySettings } from "./events";
import { runPayouts } from "./payouts";

const DAY_MS = 86_400_000;
export const PAYOUT_RUN_JOB = "money.payout_run";

/**
 * The weekly period (ISO week, e.g. 2026-W49) a moment falls in, and when its
 * payout run is due: 00:00 UTC on the market's payout weekday (1 = Monday) of
 * that week, the same local weekday in every market east of UTC.
 */
export function payoutPeriod(at: Date, weekday: number): { period: string; dueAt: Date } {
  const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const monday = day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS;
  // the ISO week's year is the year of its Thursday
  const thursday = new Date(monday + 3 * DAY_MS);
  const week = Math.floor((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / DAY_MS / 7) + 1;
  return { period: `${thursday.getUTCFullYear()}-W${String(week).padStart(2, "0")}`, dueAt: new Date(monday + (weekday - 1) * DAY_MS) };
}

/** The next run due at or after a moment. */
export function nextPayoutRun(after: Date, weekday: number): { period: string; dueAt: Date } {
  const thisWeek = payoutPeriod(after, weekday);
  return thisWeek.dueAt >= after ? thisWeek : payoutPeriod(new Date(after.getTime() + 7 * DAY_MS), weekday);
}

const jobKey = (marketCode: string, run: { period: string }, weekday: number) => `payout_run:${marketCode}:${run.period}:${weekday}`;

/**
 * Puts each market's next payout run in the outbox, on its weekday (once: the
 * job's key names the market, period and weekday). Called at start, when an
 * admin changes a market's settings, and by each run for the one after.
 */
export async function schedulePayouts(db: Database, now: Date = new Date(), marketCodes?: string[]): Promise<{ marketCode: string; period: string; dueAt: Date }[]> {
  const codes = marketCodes ?? (await db.select({ code: markets.code }).from(markets)).map((m) => m.code);
  const scheduled = [];
  for (const marketCode of codes) {
    const { payoutWeekday } = await moneySettings(db, marketCode);
    const run = nextPayoutRun(now, payoutWeekday);
    await enqueue(db, { kind: PAYOUT_RUN_JOB, key: jobKey(marketCode, run, payoutWeekday), payload: { marketCode, period: run.period, weekday: payoutWeekday }, runAt: run.dueAt });
    scheduled.push({ marketCode, ...run });
  }
  return scheduled;
}

/** Each market's next scheduled run as the outbox holds it (the one on its current weekday), for the admin screen. */
export async function nextRuns(db: Database): Promise<{ marketCode: string; period: string; runAt: Date }[]> {
  const jobs = await db
    .select({ payload: outbox.payload, runAt: outbox.runAt })
    .from(outbox)
    .where(and(eq(outbox.kind, PAYOUT_RUN_JOB), eq(outbox.status, "pending"), like(outbox.key, "payout_run:%")))
    .orderBy(outbox.runAt);
  const next = new Map<string, { marketCode: string; period: string; runAt: Date }>();
  for (const job of jobs) {
    const { marketCode, period, weekday } = job.payload as { marketCode: string; period: string; weekday: number };
    if (next.has(marketCode) || (await moneySettings(db, marketCode)).payoutWeekday !== weekday) continue;
    next.set(marketCode, { marketCode, period, runAt: job.runAt });
  }
  return [...next.values()];
}

/**
 * A scheduled run: pays the market's period once (a second run of the same
 * period creates no batch), then schedules the next. A job left from before
 * an admin moved the weekday does nothing; the job of the new weekday pays.
 */
export async function runScheduledPayouts(db: Database, payload: { marketCode: string; period: string; weekday: number }, now: Date = new Date()) {
  const settings = await moneySettings(db, payload.marketCode);
  if (settings.payoutWeekday !== payload.weekday) {
    await schedulePayouts(db, now, [payload.marketCode]);
    return { superseded: true as const };
  }
  const run = await runPayouts(db, { marketCode: payload.marketCode, createdBy: null, now, period: payload.period });
  await schedulePayouts(db, new Date(Math.max(now.getTime(), payoutPeriod(now, settings.payoutWeekday).dueAt.getTime()) + 1), [payload.marketCode]);
  return { superseded: false as const, batchId: run.batchId, payouts: run.payouts.length, totalMinor: run.totalMinor, repeated: run.repeated ?? false };
}

registerHandler(PAYOUT_RUN_JOB, {
  maxAttempts: Number.POSITIVE_INFINITY,
  async run({ db }, payload) {
    const { marketCode, period, weekday } = payload;
    if (typeof marketCode !== "string" || typeof period !== "string" || typeof weekday !== "number") throw new Error("payout run payload is malformed");
    return runScheduledPayouts(db, { marketCode, period, weekday });
  },
});
