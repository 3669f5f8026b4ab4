/**
 * Database commands:
 *   npm run db:migrate            apply committed migrations
 *   npm run db:seed               migrate, then load the demo marketplace into an empty database
 *   npm run db:seed -- --reset    …after removing the catalog data that is there
 *   npm run admin:create -- +98912…   make the person with this phone number an admin
 *                                     (they sign in with an SMS code; no password is ever set)
 * Uses DATABASE_URL when set, else the embedded database in DATA_DIR (default .data),
 * which it refuses to open while a running server holds it.
 */
import { createDb } from "@/db/client";
import { migrate } from "@/db/migrate";
import { fillSearchKeys } from "@/server/catalog/fill-search-keys";
import { isSeeded, resetCatalog, seed, upsertUser } from "@/db/seed";
import { toE164 } from "@/lib/phone";
import { dataDir, env } from "@/server/env";

async function main() {
  const [command, ...flags] = process.argv.slice(2);
  if (command !== "migrate" && command !== "seed" && command !== "create-admin") {
    console.error("usage: tsx scripts/db.ts migrate | seed [--reset] | create-admin <phone>");
    process.exit(2);
  }
  const adminPhone = command === "create-admin" ? toE164(flags[0] ?? "") : null;
  if (command === "create-admin" && !adminPhone) {
    console.error("create-admin needs a valid phone number in international form, e.g. +989121234567");
    process.exit(2);
  }
  const handle = await createDb(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir });
  const where = env.DATABASE_URL ? "the PostgreSQL server (DATABASE_URL)" : `the embedded database in ${dataDir}`;
  try {
    await migrate(handle);
    await fillSearchKeys(handle.db);
    console.log(`Migrations applied to ${where}.`);
    if (adminPhone) {
      await upsertUser(handle.db, { phone: adminPhone, name: adminPhone, role: "admin", locale: "en" });
      console.log(`${adminPhone} is an admin. They sign in with a code sent by SMS.`);
    }
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
