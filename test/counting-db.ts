import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import type { Database, DbHandle } from "@/db/client";
import * as schema from "@/db/schema";

/**
 * The same database seen through a Drizzle instance that counts the
 * statements it sends: a test of "no query per row" compares counts for one
 * row and for many (never a timing).
 */
export function countingDb(handle: DbHandle): { db: Database; statements: () => number; reset: () => void } {
  let count = 0;
  const logger = { logQuery: () => void count++ };
  const db = (
    handle.engine === "pglite"
      ? drizzlePglite({ client: handle.client, schema, casing: "snake_case", logger })
      : drizzlePg({ client: handle.pool, schema, casing: "snake_case", logger })
  ) as unknown as Database;
  return { db, statements: () => count, reset: () => void (count = 0) };
}
