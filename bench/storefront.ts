/**
 * npm run bench:storefront [-- --seconds 10 --connections 16]
 * Production build on 127.0.0.1; load on the home, product and search pages
 * (bounded by time), and the gzip size of the JavaScript the product page loads.
 * Prints one final JSON line.
 */
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { demoMarkets } from "@/db/seed/data";
import { ensureBuild, startServer } from "./server";

function arg(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const seconds = Math.min(arg("seconds", 10), 60);
const connections = Math.min(arg("connections", 16), 100);

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
  const server = await startServer(3200 + Math.floor(Math.random() * 500));
  try {
    const product = demoMarkets.flatMap((m) => m.products).find((p) => p.featured) ?? demoMarkets[0]!.products[0]!;
    const pages = {
      home: "/en",
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
    const js = await pageJavaScriptGzipBytes(server.baseUrl, pages.product);
    const productJsGzipKB = Math.round((js.bytes / 1024) * 10) / 10;
    const summary = {
      bench: "storefront",
      seconds,
      connections,
      ...results,
      productJsGzipKB,
      productJsFiles: js.files,
      targets: { productJsGzipKBMax: 130, productRequestsPerSecondMin: 500 },
      met: {
        productJs: productJsGzipKB <= 130,
        productRps: (results.product?.requestsPerSecond ?? 0) >= 500,
      },
    };
    console.log(JSON.stringify(summary));
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
