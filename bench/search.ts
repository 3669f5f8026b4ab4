/**
 * npm run bench:search [-- --products 100000 --rounds 20]
 * Search at catalog size on the PostgreSQL server at DATABASE_URL (default: the local one): a fresh
 * database holds the demo marketplace plus generated products in four languages up to --products,
 * then a fixed set of queries with known answers (Vietnamese without marks, Persian typed with Arabic
 * letters, a typo, another language's word, pinyin, plain words) runs through the search service
 * itself, filters and counts included. The database is dropped afterwards (--keep leaves it, to EXPLAIN).
 * Prints one final JSON line: {"products","queries","p50Ms","p95Ms","recallAt10"}.
 */
import { performance } from "node:perf_hooks";
import type pg from "pg";
import { migrate } from "@/db/migrate";
import { seed } from "@/db/seed";
import { demoMarkets } from "@/db/seed/data";
import type { SeedLocale } from "@/db/seed/types";
import { searchForm, searchKeys } from "@/lib/search-keys";
import { searchProducts } from "@/server/catalog/search-products";
import { searchInput, type SearchInput } from "@/server/catalog/search.schema";
import { freshPostgres } from "@/test/databases";
import { fillerName } from "./search-catalog";

function arg(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer`);
  return value;
}

const KEEP = process.argv.includes("--keep");
const PRODUCTS = Math.min(arg("products", 100_000), 1_000_000);
const ROUNDS = Math.min(arg("rounds", 20), 200);
const BATCH = 5_000;

interface BenchQuery {
  input: SearchInput;
  /** what a shopper means: seed products whose name in some language holds this (folded) */
  means: string;
}

/** The queries: the hard cases the storefront must forgive, and what the seeds show people look for. */
const QUERIES: BenchQuery[] = [
  { input: { locale: "vi", q: "gao", market: "VN" }, means: "gạo" },
  { input: { locale: "vi", q: "ca phe", market: "VN" }, means: "cà phê" },
  { input: { locale: "vi", q: "thanh long", market: "VN" }, means: "thanh long" },
  { input: { locale: "fa", q: "زرشك", market: "IR" }, means: "زرشک" },
  { input: { locale: "fa", q: "چاي", market: "IR" }, means: "چای" },
  { input: { locale: "fa", q: "زعفران", market: "IR" }, means: "زعفران" },
  { input: { locale: "en", q: "safron", market: "IR" }, means: "saffron" },
  { input: { locale: "vi", q: "saffron", market: "IR" }, means: "saffron" },
  { input: { locale: "zh", q: "saffron", market: "IR" }, means: "saffron" },
  { input: { locale: "zh", q: "mifen", market: "CN" }, means: "米粉" },
  { input: { locale: "zh", q: "米粉", market: "CN" }, means: "米粉" },
  { input: { locale: "zh", q: "普洱", market: "CN" }, means: "普洱" },
  { input: { locale: "en", q: "barberry", market: "IR" }, means: "barberry" },
  { input: { locale: "en", q: "jujube", market: "IR" }, means: "jujube" },
  { input: { locale: "en", q: "rice noodles", market: "CN" }, means: "rice noodles" },
  { input: { locale: "en", q: "tea", market: "VN" }, means: "tea" },
  { input: { locale: "en", q: "rice", market: "VN" }, means: "rice" },
  { input: { locale: "en", q: "honey" }, means: "honey" },
];

/** The seed products a query means, in its market: the known answers. */
function expectedSlugs(query: BenchQuery): Set<string> {
  const term = searchForm(query.means);
  const found = demoMarkets
    .filter((m) => !query.input.market || m.market === query.input.market)
    .flatMap((m) => m.products)
    .filter((p) => (Object.keys(p.name) as SeedLocale[]).some((locale) => searchForm(p.name[locale]).includes(term)));
  return new Set(found.map((p) => p.slug));
}

/** Generated products up to the catalog size: real-looking names in four languages, none of the queries' words. */
async function generateCatalog(pool: pg.Pool, count: number): Promise<void> {
  const shops = (await pool.query<{ id: string; market_code: string }>("select id, market_code from shops where status = 'approved' order by slug")).rows;
  const categories = (await pool.query<{ id: string }>("select id from categories order by position")).rows;
  const currency: Record<string, string> = { IR: "IRR", CN: "CNY", VN: "VND" };
  const certifications = ["gi", "organic", "ocop", "green_food", "national_standard", null];
  for (let start = 0; start < count; start += BATCH) {
    const n = Math.min(BATCH, count - start);
    const ids: string[] = [];
    const rows = { shop: [] as string[], category: [] as string[], slug: [] as string[], cert: [] as (string | null)[], source: [] as string[] };
    const variants = { price: [] as number[], currency: [] as string[], stock: [] as number[], sku: [] as string[] };
    const text = {
      product: [] as string[],
      locale: [] as string[],
      name: [] as string[],
      searchName: [] as string[],
      searchPinyin: [] as string[],
      searchText: [] as string[],
    };
    for (let i = 0; i < n; i++) {
      const k = start + i;
      const id = crypto.randomUUID();
      const shop = shops[k % shops.length]!;
      ids.push(id);
      rows.shop.push(shop.id);
      rows.category.push(categories[k % categories.length]!.id);
      rows.slug.push(`bench-${k}`);
      rows.cert.push(certifications[k % certifications.length] ?? null);
      rows.source.push(shop.market_code === "IR" ? "fa" : shop.market_code === "CN" ? "zh" : "vi");
      variants.price.push(1000 + ((k * 7919) % 900_000));
      variants.currency.push(currency[shop.market_code] ?? "USD");
      variants.stock.push(k % 5);
      variants.sku.push(`BENCH-${k}`);
      for (const locale of ["fa", "zh", "vi", "en"] as const) {
        const name = fillerName(locale, k);
        const keys = searchKeys({ name, summary: fillerName(locale, k + 7), description: "" });
        text.product.push(id);
        text.locale.push(locale);
        text.name.push(name);
        text.searchName.push(keys.searchName);
        text.searchPinyin.push(keys.searchPinyin);
        text.searchText.push(keys.searchText);
      }
    }
    await pool.query(
      `insert into products (id, slug, shop_id, category_id, status, source_locale, certification_kind, origin_region_id)
       select i.id, i.slug, i.shop_id, i.category_id, 'active', i.source, i.cert::certification_kind, s.village_id
       from unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::text[]) as i(id, slug, shop_id, category_id, source, cert)
       join shops s on s.id = i.shop_id`,
      [ids, rows.slug, rows.shop, rows.category, rows.source, rows.cert],
    );
    await pool.query(
      `insert into variants (product_id, sku, label, price_minor, currency, stock, weight_grams)
       select product_id, sku, '{"en":"1 pack"}'::jsonb, price, currency, stock, 500
       from unnest($1::uuid[], $2::text[], $3::bigint[], $4::text[], $5::int[]) as v(product_id, sku, price, currency, stock)`,
      [ids, variants.sku, variants.price, variants.currency, variants.stock],
    );
    await pool.query(
      `insert into product_translations (product_id, locale, name, summary, search_name, search_pinyin, search_text)
       select product_id, locale, name, '', search_name, search_pinyin, search_text
       from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
         as t(product_id, locale, name, search_name, search_pinyin, search_text)`,
      [text.product, text.locale, text.name, text.searchName, text.searchPinyin, text.searchText],
    );
  }
  await pool.query("analyze");
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

async function main() {
  const adminUrl = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const handle = await freshPostgres(adminUrl, "vp_bench_search_issue12");
  if (handle.engine !== "postgres") throw new Error("bench:search runs on a PostgreSQL server");
  // --keep leaves the database to EXPLAIN queries on: only the pool is closed
  const drop = async () => {
    if (!KEEP) return handle.close();
    console.error(`bench: kept the database at ${handle.pool.options.connectionString ?? ""} (drop it when done)`);
    await handle.pool.end();
  };
  try {
    await migrate(handle);
    await seed(handle.db);
    const seeded = demoMarkets.reduce((sum, m) => sum + m.products.length, 0);
    const started = performance.now();
    await generateCatalog(handle.pool, Math.max(0, PRODUCTS - seeded));
    console.error(`bench: ${PRODUCTS} products ready in ${Math.round((performance.now() - started) / 1000)} s`);

    const timings: number[] = [];
    let recallSum = 0;
    const misses: Record<string, string[]> = {};
    const slowest: Record<string, number> = {};
    for (const query of QUERIES) {
      const input = searchInput.parse(query.input);
      const expected = expectedSlugs(query);
      if (expected.size === 0) throw new Error(`query "${query.input.q}" has no known answer`);
      const first = await searchProducts(handle.db, input);
      const top = new Set(first.items.slice(0, 10).map((card) => card.slug));
      const hits = [...expected].filter((slug) => top.has(slug)).length;
      recallSum += hits / Math.min(10, expected.size);
      const missed = [...expected].filter((slug) => !top.has(slug));
      if (missed.length && hits < Math.min(10, expected.size)) misses[query.input.q] = missed;
      for (let round = 0; round < ROUNDS; round++) {
        const t0 = performance.now();
        await searchProducts(handle.db, input);
        const ms = performance.now() - t0;
        timings.push(ms);
        slowest[query.input.q] = Math.round(Math.max(slowest[query.input.q] ?? 0, ms));
      }
    }
    console.error(`bench: slowest run per query (ms): ${JSON.stringify(slowest)}`);
    if (Object.keys(misses).length) console.error(`bench: not in the top 10: ${JSON.stringify(misses)}`);
    timings.sort((a, b) => a - b);
    const round1 = (n: number) => Math.round(n * 10) / 10;
    console.log(
      JSON.stringify({
        products: PRODUCTS,
        queries: QUERIES.length,
        p50Ms: round1(percentile(timings, 50)),
        p95Ms: round1(percentile(timings, 95)),
        recallAt10: Math.round((recallSum / QUERIES.length) * 1000) / 1000,
      }),
    );
  } finally {
    await drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
