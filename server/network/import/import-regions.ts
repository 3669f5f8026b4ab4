import { inArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { markets, regions } from "@/db/schema";
import { recordChange } from "../audit";
import { parseNetworkFile } from "./parse";
import { validateRegionRows, type ExistingRegion, type MarketRules, type RowError } from "./validate";
import { writeRegionRows } from "./write";

export interface ImportResult {
  rows: number;
  inserted: number;
  updated: number;
  rejected: number;
  seconds: number;
  /** every refused row, in file order; when there is one, nothing was written */
  errors: RowError[];
}

export interface ImportOptions {
  /** who imports (recorded in the audit); null for the command line */
  actorId: string | null;
  fileName: string;
}

/**
 * Imports a file of regions (CSV or XLSX, the columns of REGION_COLUMNS): all
 * of it or, when any row is refused, none of it. The same file twice changes
 * nothing the second time. The import is audited.
 */
export async function importRegions(db: Database, bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  const started = performance.now();
  const file = await parseNetworkFile(bytes);
  const seconds = () => Math.round((performance.now() - started) / 10) / 100;

  const marketRows = await db
    .select({ code: markets.code, defaultLocale: markets.defaultLocale, regionLevels: markets.regionLevels, postalCodePattern: markets.postalCodePattern })
    .from(markets);
  const rules = new Map<string, MarketRules>(marketRows.map((m) => [m.code, m]));
  const named = [...new Set(file.rows.map((r) => (r.cells.market ?? "").trim().toUpperCase()))].filter((c) => rules.has(c));

  return db.transaction(async (tx) => {
    // an import at a time per database: two at once could each miss the other's parents
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('villagepost:network-import'))`);
    const existing = new Map<string, ExistingRegion>();
    const takenSlugs = new Map<string, string>();
    if (named.length > 0) {
      const rows = await tx
        .select({ marketCode: regions.marketCode, code: regions.code, level: regions.level, slug: regions.slug })
        .from(regions)
        .where(inArray(regions.marketCode, named));
      for (const r of rows) existing.set(`${r.marketCode}:${r.code}`, { level: r.level, slug: r.slug });
    }
    const slugRows = await tx.select({ slug: regions.slug, marketCode: regions.marketCode, code: regions.code }).from(regions);
    for (const r of slugRows) takenSlugs.set(r.slug, `${r.marketCode}:${r.code}`);

    const { rows, errors } = validateRegionRows(file.rows, file.columns.length, rules, existing, takenSlugs);
    if (errors.length > 0) {
      return { rows: file.rows.length, inserted: 0, updated: 0, rejected: errors.length, seconds: seconds(), errors };
    }
    const { inserted, updated } = await writeRegionRows(tx, rows);
    if (inserted + updated > 0) {
      await recordChange(tx, options.actorId, "regions.import", { file: options.fileName.slice(0, 200), rows: rows.length, inserted, updated });
    }
    return { rows: file.rows.length, inserted, updated, rejected: 0, seconds: seconds(), errors: [] };
  });
}
