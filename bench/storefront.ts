/**
 * npm run bench:storefront [-- --seconds 10 --connections 16 --products 100000]
 * Production build on 127.0.0.1; load on the home, category, product and search
 * pages (bounded by time), and on a prerendered static file in the same run as
 * the ceiling, each page's requests/s as a ratio to it; and the gzip size of the
 * JavaScript the product page loads. With --products the catalog is the demo plus
 * generated products up to that count, on a fresh PostgreSQL database
 * (DATABASE_URL, default the local server), dropped afterwards.
 * Prints one final JSON line.
 */
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { randomBytes } from "node:crypto";
import type { DbHandle } from "@/db/client";
import { migrate } from "@/db/migrate";
import { seed } from "@/db/seed";
import { demoMarkets } from "@/db/seed/data";
import { freshPostgres } from "@/test/databases";
import { generateCatalog } from "./search-catalog";
import { ensureBuild, startServer } from "./server";

function arg(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const seconds = Math.min(arg("seconds", 10), 60);
const connections = Math.min(arg("connections", 16), 100);
const catalogSize = process.argv.includes("--products") ? Math.min(arg("products", 100_000), 1_000_000) : null;

/** A PostgreSQL database with the demo marketplace and generated products up to `size`. */
async function catalogDatabase(size: number): Promise<DbHandle & { engine: "postgres" }> {
  const handle = await freshPostgres(process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres", "vp_bench_store");
  if (handle.engine !== "postgres") throw new Error("--products needs a PostgreSQL server");
  await migrate(handle);
  await seed(handle.db);
  const seeded = demoMarkets.reduce((sum, m) => sum + m.products.length, 0);
  await generateCatalog(handle.pool, Math.max(0, size - seeded));
  console.error(`bench: ${size} products on PostgreSQL`);
  return handle;
}

interface LoadResult {
  requestsPerSecond: number;
  p95Ms: number;
  requests: number;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function load(url: string): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, headers: { "accept-encoding": "gzip" } },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p95Ms: Math.round(percentile(latencies, 95) * 10) / 10,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** Sum of the gzip sizes of the scripts a modern browser loads for the page (nomodule polyfills are skipped by it). */
async function pageJavaScriptGzipBytes(baseUrl: string, path: string): Promise<{ bytes: number; files: number }> {
  const html = await (await fetch(`${baseUrl}${path}`)).text();
  const sources = new Set(
    [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)]
      .filter((m) => !/nomodule/i.test(`${m[1]} ${m[3]}`))
      .map((m) => m[2]!),
  );
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).length;
  }
  return { bytes, files: sources.size };
}

async function main() {
  ensureBuild();
  const database = catalogSize ? await catalogDatabase(catalogSize) : null;
  // a server that fails to start must not leave the generated database behind
  const server = await startServer(
    3200 + Math.floor(Math.random() * 500),
    database
      ? {
          DATABASE_URL: database.pool.options.connectionString ?? "",
          SEED_ON_START: "false",
          SMS_PROVIDER: "log",
          BETTER_AUTH_SECRET: randomBytes(24).toString("hex"),
        }
      : {},
  ).catch(async (error: unknown) => {
    await database?.close();
    throw error;
  });
  try {
    const product = demoMarkets.flatMap((m) => m.products).find((p) => p.featured) ?? demoMarkets[0]!.products[0]!;
    const pages = {
      // prerendered at build time and served as a file: the most this server answers per second
      staticCeiling: "/icon.svg",
      home: "/en",
      category: `/en/categories/${product.category}`,
      product: `/en/products/${product.slug}`,
      productFa: `/fa/products/${product.slug}`,
      search: `/en/search?q=${encodeURIComponent("tea")}`,
    };
    for (const path of Object.values(pages)) {
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`${server.baseUrl}${path}`);
        if (!response.ok) throw new Error(`${path} answered ${response.status}`);
        await response.arrayBuffer();
      }
    }
    const results: Record<string, LoadResult> = {};
    for (const [name, path] of Object.entries(pages)) {
      console.error(`bench: ${name} ${path} for ${seconds}s with ${connections} connections …`);
      results[name] = await load(`${server.baseUrl}${path}`);
    }
    const ceiling = results.staticCeiling?.requestsPerSecond ?? 0;
    const ratioToStatic = Object.fromEntries(
      Object.entries(results)
        .filter(([name]) => name !== "staticCeiling")
        .map(([name, result]) => [name, ceiling ? Math.round((result.requestsPerSecond / ceiling) * 100) / 100 : 0]),
    );
    const js = await pageJavaScriptGzipBytes(server.baseUrl, pages.product);
    const productJsGzipKB = Math.round((js.bytes / 1024) * 10) / 10;
    const summary = {
      bench: "storefront",
      seconds,
      connections,
      products: catalogSize ?? demoMarkets.reduce((sum, m) => sum + m.products.length, 0),
      ...results,
      ratioToStatic,
      productJsGzipKB,
      productJsFiles: js.files,
      targets: { productJsGzipKBMax: 130, productRequestsPerSecondMin: 500, productAndCategoryRatioMin: 0.5, searchRatioMin: 0.2 },
      met: {
        productJs: productJsGzipKB <= 130,
        productRps: (results.product?.requestsPerSecond ?? 0) >= 500,
        productRatio: (ratioToStatic.product ?? 0) >= 0.5,
        categoryRatio: (ratioToStatic.category ?? 0) >= 0.5,
        searchRatio: (ratioToStatic.search ?? 0) >= 0.2,
      },
    };
    console.log(JSON.stringify(summary));
  } finally {
    await server.stop();
    await database?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
