/**
 * Imports a network file of regions, or of service points with --points:
 *   npm run network:import -- FILE [--locale fa|zh|vi|en]
 *   npm run network:import-points -- FILE [--locale fa|zh|vi|en]
 * CSV (UTF-8, with or without BOM) or XLSX with the columns
 *   market,level,code,parent_code,postal_code,lat,lng,route_days,name_local,name_en,name_fa,name_zh,name_vi,valid_from[,replaces]
 * All of the file or nothing: refused rows are listed on stderr with their line
 * and reason, and the exit code is 1. Prints one JSON line with the counts.
 * Uses DATABASE_URL when set, else the embedded database in DATA_DIR. The
 * columns of a service points file are in docs/network/README.md.
 */
import { readFile } from "node:fs/promises";
import { createDb } from "@/db/client";
import { migrate } from "@/db/migrate";
import { isLocale, type Locale } from "@/lib/locales";
import { AppError } from "@/server/errors";
import { dataDir, env } from "@/server/env";
import { importRegions } from "@/server/network/import/import-regions";
import { importServicePoints } from "@/server/network/import/points";
import { reasonText } from "@/server/network/import/reasons";
import { translateError } from "@/server/trpc/translate-error";

async function main() {
  const args = process.argv.slice(2);
  const localeFlag = args.indexOf("--locale");
  const locale: Locale = localeFlag >= 0 && isLocale(args[localeFlag + 1] ?? "") ? (args[localeFlag + 1] as Locale) : "en";
  const points = args.includes("--points");
  const file = args.find((a, i) => !a.startsWith("--") && (localeFlag < 0 || i !== localeFlag + 1));
  if (!file) {
    console.error(`usage: npm run ${points ? "network:import-points" : "network:import"} -- FILE [--locale fa|zh|vi|en]`);
    process.exit(2);
  }
  const bytes = await readFile(file);
  const handle = await createDb(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir });
  try {
    await migrate(handle);
    const result = await (points ? importServicePoints : importRegions)(handle.db, bytes, { actorId: null, fileName: file });
    for (const error of result.errors) console.error(`line ${error.line}: ${reasonText(locale, error)}`);
    const { errors, ...counts } = result;
    console.log(JSON.stringify(counts));
    if (errors.length > 0) process.exitCode = 1;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(translateError(locale, error.messageKey, error.params));
      process.exitCode = 1;
    } else throw error;
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
