import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { createTestApp, type TestApp } from "@/test/app";
import { testDatabases } from "@/test/databases";

/**
 * The storefront's queries can use their indexes. Demo data is small enough
 * that a sequential scan is cheaper, so the planner is told to avoid one; a
 * query that then still scans a whole table has no index to use.
 */
describe.each(testDatabases())("storefront indexes on $name", (target) => {
  let app: TestApp;
  let db: Database;

  beforeAll(async () => {
    app = await createTestApp(target);
    db = app.handle.db;
  });
  afterAll(async () => {
    await app?.close();
  });

  async function plan(query: ReturnType<typeof sql>): Promise<string> {
    return db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const result = (await tx.execute(sql`explain ${query}`)) as unknown as { rows: { "QUERY PLAN": string }[] };
      return result.rows.map((row) => row["QUERY PLAN"]).join("\n");
    });
  }

  it("search matches names by trigram index and text by substring index", async () => {
    const explained = await plan(
      sql`select product_id from product_translations where ('gao' <% search_name or search_text like '%gao%')`,
    );
    expect(explained).toContain("product_translations_search_name_trgm_idx");
    expect(explained).toContain("product_translations_search_text_trgm_idx");
    expect(explained).not.toMatch(/Seq Scan on product_translations/);
  });

  it("a card's price and first image are index lookups", async () => {
    const id = sql`'00000000-0000-0000-0000-000000000000'::uuid`;
    expect(await plan(sql`select min(price_minor) from variants where product_id = ${id}`)).toContain("variants_product_idx");
    expect(await plan(sql`select path from product_images where product_id = ${id} order by position limit 1`)).toContain(
      "product_images_product_idx",
    );
  });

  it("category and shop listings read their own products only", async () => {
    const id = sql`'00000000-0000-0000-0000-000000000000'::uuid`;
    expect(await plan(sql`select id from products where category_id = ${id} and status = 'active'`)).toContain("products_category_idx");
    expect(await plan(sql`select id from products where shop_id = ${id} and status = 'active'`)).toContain("products_shop_idx");
  });
});
