import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { createTestApp, type TestApp } from "@/test/app";
import { testDatabases } from "@/test/databases";
import { searchProducts } from "./search-products";
import { searchInput } from "./search.schema";

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

  it("the search statement itself finds its matches through the trigram indexes, for a word, a typo and pinyin", async () => {
    for (const input of [
      { locale: "vi", q: "gao", market: "VN" },
      { locale: "en", q: "safron", market: "IR" },
      { locale: "zh", q: "mifen", market: "CN" },
    ]) {
      // the statement searchProducts sends, as it sends it (filters, counts and all)
      let statement: SQL | undefined;
      const capturing = new Proxy(db, {
        get(target, prop, receiver) {
          if (prop !== "execute") return Reflect.get(target, prop, receiver) as unknown;
          return (query: SQL) => {
            statement ??= query;
            return target.execute(query);
          };
        },
      });
      await searchProducts(capturing, searchInput.parse(input));
      const explained = await plan(statement!);
      expect(explained, input.q).toContain("product_translations_search_name_trgm_idx");
      expect(explained, input.q).not.toMatch(/Seq Scan on (product_translations|products|variants)\b/);
      if (input.locale === "zh") expect(explained).toContain("product_translations_search_pinyin_trgm_idx");
    }
  });

  it("search's trigram indexes keep no pending list, so no search scans recently saved rows one by one", async () => {
    const result = (await db.execute(
      sql`select relname, reloptions from pg_class where relname like 'product_translations_search_%_trgm_idx' order by relname`,
    )) as unknown as { rows: { relname: string; reloptions: string[] | null }[] };
    expect(result.rows).toHaveLength(3);
    for (const row of result.rows) expect(row.reloptions, row.relname).toContain("fastupdate=false");
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
