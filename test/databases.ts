import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb, type DbHandle } from "@/db/client";
import { migrate } from "@/db/migrate";
import { seed } from "@/db/seed";

export interface TestDatabase {
  name: "pglite" | "postgres";
  open(): Promise<DbHandle>;
}

/**
 * A fresh, empty database on the PostgreSQL server at `adminUrl` (tests: TEST_DATABASE_URL,
 * benches: DATABASE_URL): created under a random name so parallel runs never see each other,
 * dropped on close.
 */
export type PostgresHandle = Extract<DbHandle, { engine: "postgres" }> & { url: string };

export async function freshPostgres(adminUrl: string, prefix = "vp_test", poolMax = 20): Promise<PostgresHandle> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await createDb({ url: url.toString(), poolMax });
  if (handle.engine !== "postgres") throw new Error("A database URL opens a PostgreSQL server");
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** PGlite always; the PostgreSQL server too when TEST_DATABASE_URL is set (CI sets it). */
export function testDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [{ name: "pglite", open: () => createDb() }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) list.push({ name: "postgres", open: () => freshPostgres(url) });
  return list;
}

/** A migrated database holding the demo marketplace. */
export async function seededDatabase(target: TestDatabase): Promise<DbHandle> {
  const handle = await target.open();
  await migrate(handle);
  await seed(handle.db);
  return handle;
}
