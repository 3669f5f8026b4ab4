import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { acquirePgliteLock } from "./pglite-lock";
import * as schema from "./schema";

export type Schema = typeof schema;
/** A Drizzle handle on either engine; service functions take this (or a Tx) first. */
export type Database = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type DatabaseOrTx = Database | Tx;

export type Engine = "pglite" | "postgres";

export type DbHandle =
  | { db: Database; engine: "pglite"; client: PGlite; close(): Promise<void> }
  | { db: Database; engine: "postgres"; pool: pg.Pool; close(): Promise<void> };

export interface CreateDbOptions {
  /** postgres://… — use a PostgreSQL server through a node-postgres pool */
  url?: string;
  /** PGlite data directory; omitted means an in-memory database (tests) */
  dataDir?: string;
  /** pool size for the PostgreSQL server */
  poolMax?: number;
}

/**
 * Opens the database: a PostgreSQL server when `url` is given, otherwise
 * embedded PGlite. A PGlite directory is locked to this process; opening one
 * that another live process holds throws a PgliteLockedError.
 */
export async function createDb(options: CreateDbOptions = {}): Promise<DbHandle> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolMax ?? 10 });
    // an idle connection the server closes (restart, failover) must not crash the process; the pool reconnects
    pool.on("error", (error: Error & { code?: string }) => {
      if (error.code !== "57P01") console.error(`PostgreSQL: an idle connection failed: ${error.message}`);
    });
    // bigint columns we read as numbers are declared with mode "number"; counts come back as strings otherwise
    const db = drizzlePg({ client: pool, schema, casing: "snake_case" }) as unknown as Database;
    return { db, engine: "postgres", pool, close: () => pool.end() };
  }
  const release = options.dataDir ? acquirePgliteLock(options.dataDir) : () => {};
  try {
    const client = await PGlite.create(options.dataDir ? `${options.dataDir}/pglite` : undefined, {
      extensions: { pg_trgm, btree_gist },
    });
    const db = drizzlePglite({ client, schema, casing: "snake_case" }) as unknown as Database;
    return {
      db,
      engine: "pglite",
      client,
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
