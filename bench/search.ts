/**
 * npm run bench:search [-- --products 100000 --rounds 20]
 * Search at catalog size on the PostgreSQL server at DATABASE_URL (default: the local one): a fresh
 * database holds the demo marketplace plus generated products in four languages up to --products,
 * then a fixed set of queries with known answers (Vietnamese without marks, Persian typed with Arabic
 * letters, a typo, another language's word, pinyin, plain words) runs through the search service
 * itself, filters and counts included. The database is dropped afterwards (--keep leaves it, to EXPLAIN;
 * --reuse NAME runs the queries again on a database so kept, migrated to today's schema first).
 * Prints one final JSON line: {"products","queries","p50Ms","p95Ms","recallAt10"}.
 */
import { performance } from "node:perf_hooks";
import { migrate } from "@/db/migrate";
import { seed } from "@/db/seed";
import { demoMarkets } from "@/db/seed/data";
import type { SeedLocale } from "@/db/seed/types";
import { searchForm } from "@/lib/search-keys";
import { searchProducts } from "@/server/catalog/search-products";
import { searchInput, type SearchInput } from "@/server/catalog/search.schema";
import { createDb, type DbHandle } from "@/db/client";
import { freshPostgres } from "@/test/databases";
import { generateCatalog } from "./search-catalog";

function arg(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer`);
  return value;
}

const KEEP = process.argv.includes("--keep");
const REUSE = process.argv.includes("--reuse") ? process.argv[process.argv.indexOf("--reuse") + 1] : undefined;
const PRODUCTS = Math.min(arg("products", 100_000), 1_000_000);
const ROUNDS = Math.min(arg("rounds", 20), 200);

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

/** A database an earlier run kept (--keep): its name must be one of ours. */
async function reused(adminUrl: string, name: string): Promise<DbHandle> {
  if (!/^vp_bench_search_\w+$/.test(name)) throw new Error("--reuse takes the name of a database kept by --keep (vp_bench_search_…)");
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return createDb({ url: url.toString() });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

async function main() {
  const adminUrl = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const handle: DbHandle = REUSE ? await reused(adminUrl, REUSE) : await freshPostgres(adminUrl, "vp_bench_search");
  if (handle.engine !== "postgres") throw new Error("bench:search runs on a PostgreSQL server");
  // --keep leaves the database to EXPLAIN queries on: only the pool is closed
  const drop = async () => {
    if (!KEEP && !REUSE) return handle.close();
    console.error(`bench: kept the database at ${handle.pool.options.connectionString ?? ""} (drop it when done)`);
    await handle.pool.end();
  };
  try {
    await migrate(handle);
    if (!REUSE) {
      await seed(handle.db);
      const seeded = demoMarkets.reduce((sum, m) => sum + m.products.length, 0);
      const started = performance.now();
      await generateCatalog(handle.pool, Math.max(0, PRODUCTS - seeded));
      console.error(`bench: ${PRODUCTS} products ready in ${Math.round((performance.now() - started) / 1000)} s`);
    }

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
