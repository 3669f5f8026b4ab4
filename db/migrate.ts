import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { DbHandle } from "./client";

export const migrationsFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");

// any constant: serialises migrations when several app instances boot at once
const MIGRATION_LOCK_KEY = 7_303_455;

/** Applies the committed migrations in db/migrations that the database lacks. */
export async function migrate(handle: DbHandle): Promise<void> {
  if (handle.engine === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  // one connection holds the advisory lock and runs the migrations
  const connection = await handle.pool.connect();
  try {
    await connection.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await migratePg(drizzle({ client: connection }), { migrationsFolder });
    } finally {
      await connection.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    connection.release();
  }
}
