import { and, eq, sql } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { productTranslations } from "@/db/schema";
import { searchKeys } from "@/lib/search-keys";

const BATCH = 500;

/**
 * Computes the search columns of translations saved before they existed (a
 * database migrated from an older version). A no-op once every row has them;
 * run after migrating, before serving.
 */
export async function fillSearchKeys(db: DatabaseOrTx): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db
      .select({
        productId: productTranslations.productId,
        locale: productTranslations.locale,
        name: productTranslations.name,
        summary: productTranslations.summary,
        description: productTranslations.description,
      })
      .from(productTranslations)
      .where(and(eq(productTranslations.searchName, ""), sql`${productTranslations.name} <> ''`))
      .limit(BATCH);
    for (const row of rows) {
      await db
        .update(productTranslations)
        .set(searchKeys(row))
        .where(and(eq(productTranslations.productId, row.productId), eq(productTranslations.locale, row.locale)));
    }
    filled += rows.length;
    if (rows.length < BATCH) return filled;
  }
}
