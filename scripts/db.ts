/**
 * Database commands:
 *   npm run db:migrate            apply committed migrations
 *   npm run db:seed               migrate, then load the demo marketplace into an empty database
 *   npm run db:seed -- --reset    …after removing the catalog data that is there
 * Uses DATABASE_URL when set, else the embedded database in DATA_DIR (default .data),
 * which it refuses to open while a running server holds it.
 */
import { createDb } from "@/db/client";
import { migrate } from "@/db/migrate";
import { isSeeded, resetCatalog, seed } from "@/db/seed";
import { dataDir, env } from "@/server/env";

async function main() {
  const [command, ...flags] = process.argv.slice(2);
  if (command !== "migrate" && command !== "seed") {
    console.error("usage: tsx scripts/db.ts migrate | seed [--reset]");
    process.exit(2);
  }
  const handle = await createDb(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir });
  const where = env.DATABASE_URL ? "the PostgreSQL server (DATABASE_URL)" : `the embedded database in ${dataDir}`;
  try {
    await migrate(handle);
    console.log(`Migrations applied to ${where}.`);
    if (command === "seed") {
      if (flags.includes("--reset")) {
        await resetCatalog(handle.db);
        console.log("Removed the existing catalog.");
      } else if (await isSeeded(handle.db)) {
        console.log("The database already holds a marketplace; nothing seeded. Use --reset to replace it.");
        return;
      }
      await seed(handle.db);
      console.log(`Seeded the demo marketplace into ${where}.`);
    }
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
