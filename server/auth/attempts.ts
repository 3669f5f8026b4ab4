import { and, count, eq, gt, lt, min } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { authAttempts } from "@/db/schema";
import { AppError } from "../errors";

export const ATTEMPT_LIMIT = 5;
export const ATTEMPT_WINDOW_MINUTES = 15;

/**
 * Counts an attempt against each key (the phone number, the IP) and refuses
 * with TOO_MANY_REQUESTS — "try again in N minutes" — once any key has had
 * ATTEMPT_LIMIT attempts in the last ATTEMPT_WINDOW_MINUTES. Kept in the
 * database, so the limit holds across app instances.
 */
export async function takeAttempt(db: DatabaseOrTx, keys: string[], now = new Date()): Promise<void> {
  const since = new Date(now.getTime() - ATTEMPT_WINDOW_MINUTES * 60_000);
  for (const key of keys) {
    const [row] = await db
      .select({ n: count(), oldest: min(authAttempts.at) })
      .from(authAttempts)
      .where(and(eq(authAttempts.key, key), gt(authAttempts.at, since)));
    if (row && row.n >= ATTEMPT_LIMIT && row.oldest) {
      const freeAt = new Date(row.oldest).getTime() + ATTEMPT_WINDOW_MINUTES * 60_000;
      const minutes = Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000));
      throw new AppError("TOO_MANY_REQUESTS", "tooManyAttempts", { minutes });
    }
  }
  await db.insert(authAttempts).values(keys.map((key) => ({ key, at: now })));
  // old rows are of no further use
  await db.delete(authAttempts).where(lt(authAttempts.at, new Date(now.getTime() - 24 * 3_600_000)));
}
