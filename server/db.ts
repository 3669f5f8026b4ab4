import "server-only";
import { createDb, type Database, type DbHandle } from "@/db/client";
import { migrate } from "@/db/migrate";
import { isSeeded, seed } from "@/db/seed";
import { fillSearchKeys } from "./catalog/fill-search-keys";
import { dataDir, env } from "./env";

const globalForDb = globalThis as unknown as { villagepostDb?: Promise<DbHandle> };

async function open(): Promise<DbHandle> {
  const handle = await createDb(
    env.DATABASE_URL ? { url: env.DATABASE_URL, poolMax: env.DATABASE_POOL_MAX } : { dataDir },
  );
  await migrate(handle);
  await fillSearchKeys(handle.db);
  const seedOnStart = env.SEED_ON_START ? env.SEED_ON_START === "true" : handle.engine === "pglite";
  if (seedOnStart && !(await isSeeded(handle.db))) await seed(handle.db);
  return handle;
}

/**
 * The process's database, opened, migrated (and on the embedded default seeded)
 * on first use — never at import, so `next build` does not touch it.
 */
export function getDb(): Promise<Database> {
  globalForDb.villagepostDb ??= open().catch((error: unknown) => {
    globalForDb.villagepostDb = undefined;
    throw error;
  });
  return globalForDb.villagepostDb.then((handle) => handle.db);
}
