import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import type { DatabaseOrTx } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { AppError } from "../errors";

/**
 * Every limit the product enforces, in one place. "Per phone" limits stop
 * guessing and SMS bombing of one person; "per client" limits stop one
 * address spraying many phones, yet let a post-office counter sign in dozens
 * of villagers a day from one address.
 */
export const POLICIES = {
  /** sign-in codes sent to one phone */
  codeToPhone: { points: 5, duration: 15 * 60 },
  codeToPhoneDaily: { points: 10, duration: 24 * 3600 },
  /** sign-in codes one client asks for, to any phones */
  codeFromClient: { points: 60, duration: 3600 },
  /** sign-in codes tried for one phone (a right code clears it) */
  verifyPhone: { points: 5, duration: 15 * 60 },
  /** codes one client tries, for any phones (right codes are given back) */
  verifyFromClient: { points: 40, duration: 3600 },
  /** order SMS to one recipient phone, and orders with an SMS from one guest client */
  orderSmsToPhone: { points: 5, duration: 24 * 3600 },
  orderSmsFromClient: { points: 60, duration: 24 * 3600 },
  /** shop applications by one person and from one client */
  applicationsByUser: { points: 3, duration: 24 * 3600 },
  applicationsFromClient: { points: 20, duration: 24 * 3600 },
} as const;

export type Policy = keyof typeof POLICIES;

const limiters = new WeakMap<object, Map<Policy, RateLimiterDrizzle>>();

function limiterFor(db: DatabaseOrTx, policy: Policy): RateLimiterDrizzle {
  let byPolicy = limiters.get(db);
  if (!byPolicy) limiters.set(db, (byPolicy = new Map()));
  let limiter = byPolicy.get(policy);
  if (!limiter) {
    const { points, duration } = POLICIES[policy];
    // one atomic INSERT … ON CONFLICT DO UPDATE per attempt: no count-then-insert race
    limiter = new RateLimiterDrizzle({ storeClient: db, schema: rateLimits, keyPrefix: policy, points, duration, clearExpiredByTimeout: false });
    byPolicy.set(policy, limiter);
  }
  return limiter;
}

/**
 * The key of a client address: IPv4 as it is, IPv6 by its /64 (one
 * household or phone gets a whole /64, so single addresses are free to rotate).
 */
export function clientKey(address: string): string {
  const v4 = /^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (v4?.[1]) return v4[1];
  if (!address.includes(":")) return address;
  const [head = "", tail = ""] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

/**
 * Counts one attempt against each (policy, key); refuses with
 * TOO_MANY_REQUESTS and "try again in N minutes" once any is over its limit.
 * Every key is counted, even after one refuses, so hammering never helps.
 */
export async function limit(db: DatabaseOrTx, checks: [Policy, string][], message: "tooManyAttempts" | "smsLimit" = "tooManyAttempts"): Promise<void> {
  let waitMs = 0;
  for (const [policy, key] of checks) {
    try {
      await limiterFor(db, policy).consume(key);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      waitMs = Math.max(waitMs, error.msBeforeNext);
    }
  }
  if (waitMs > 0) throw new AppError("TOO_MANY_REQUESTS", message, { minutes: Math.max(1, Math.ceil(waitMs / 60_000)) });
}

/** Gives back an attempt (a right code) or clears a key's count. */
export async function forgive(db: DatabaseOrTx, policy: Policy, key: string, clear = false): Promise<void> {
  const limiter = limiterFor(db, policy);
  if (clear) await limiter.delete(key);
  else await limiter.reward(key);
}
