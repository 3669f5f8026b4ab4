/**
 * npm run lighthouse
 * Lighthouse 12.2.3 (the npm package `lighthouse`, which runs on Node 20) in
 * its default mobile mode (a mid-range phone on a slow 4G link, simulated) on
 * the home, category and product pages in Persian and English, against the
 * production build on 127.0.0.1 with a fresh embedded database. Each page is
 * loaded once before it is measured, as a visitor after the first would find
 * it. Prints each page's scores and what Lighthouse found on stderr, and one
 * JSON line: {"pages":[{"path","performance","accessibility",…}],"met":…}.
 * Targets: performance ≥ 95 and accessibility 100 on every page.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { demoMarkets } from "@/db/seed/data";
import { chromiumExecutable } from "@/e2e/chromium";
import { ensureBuild, startServer } from "@/bench/server";

const LIGHTHOUSE_VERSION = "12.2.3";

function lighthouseCli(): string {
  const require = createRequire(import.meta.url);
  let packageJson: string;
  try {
    packageJson = require.resolve("lighthouse/package.json");
  } catch {
    throw new Error(`lighthouse is not installed: npm install --save-dev lighthouse@${LIGHTHOUSE_VERSION}`);
  }
  const { version } = JSON.parse(fs.readFileSync(packageJson, "utf8")) as { version: string };
  if (version !== LIGHTHOUSE_VERSION) console.error(`lighthouse: ${version} installed, the targets were set with ${LIGHTHOUSE_VERSION}`);
  return path.join(path.dirname(packageJson), "cli", "index.js");
}

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  numericValue?: number;
}

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
  runtimeError?: { message: string };
}

const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"];

async function measure(cli: string, url: string, chrome: string): Promise<Report> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "villagepost-lh-")), "report.json");
  // run alongside the event loop (not spawnSync): a kept-alive connection to the server that closes meanwhile is noticed
  const child = spawn(
    process.execPath,
    [
      cli,
      url,
      "--output=json",
      `--output-path=${out}`,
      "--only-categories=performance,accessibility",
      "--quiet",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, stdio: ["ignore", "ignore", "inherit"] },
  );
  const timer = setTimeout(() => child.kill("SIGTERM"), 180_000);
  const status = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  clearTimeout(timer);
  if (status !== 0 || !fs.existsSync(out)) throw new Error(`lighthouse failed on ${url} (exit ${status})`);
  const report = JSON.parse(fs.readFileSync(out, "utf8")) as Report;
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  if (report.runtimeError) throw new Error(`lighthouse on ${url}: ${report.runtimeError.message}`);
  return report;
}

/** Audits of a category that did not pass, with their weight in its score. */
function failing(report: Report, category: string): string[] {
  const lines: string[] = [];
  for (const ref of report.categories[category]?.auditRefs ?? []) {
    const audit = report.audits[ref.id];
    if (!audit || audit.score === null || audit.score >= 1 || ["notApplicable", "informative", "manual"].includes(audit.scoreDisplayMode)) continue;
    lines.push(`${ref.id}${ref.weight ? ` (weight ${ref.weight})` : ""}: ${audit.score}${audit.displayValue ? ` ${audit.displayValue}` : ""}`);
  }
  return lines;
}

async function main() {
  const cli = lighthouseCli();
  const chrome = chromiumExecutable();
  ensureBuild();
  const server = await startServer(3600 + Math.floor(Math.random() * 300));
  try {
    const all = demoMarkets.flatMap((m) => m.products);
    const product = all.find((p) => p.featured) ?? all[0];
    if (!product) throw new Error("the demo marketplace has no products");
    const paths = ["fa", "en"].flatMap((locale) => [`/${locale}`, `/${locale}/categories/${product.category}`, `/${locale}/products/${product.slug}`]);
    const pages = [];
    for (const pagePath of paths) {
      const url = `${server.baseUrl}${pagePath}`;
      // the first visit renders and keeps the page; Lighthouse measures what later visitors get
      await (await fetch(url)).arrayBuffer();
      const report = await measure(cli, url, chrome);
      const score = (name: string) => Math.round((report.categories[name]?.score ?? 0) * 100);
      const metrics = Object.fromEntries(METRICS.map((id) => [id, report.audits[id]?.displayValue ?? null]));
      const page = { path: pagePath, performance: score("performance"), accessibility: score("accessibility"), metrics };
      console.error(`lighthouse: ${pagePath} performance ${page.performance}, accessibility ${page.accessibility} ${JSON.stringify(metrics)}`);
      for (const line of [...failing(report, "performance"), ...failing(report, "accessibility")]) console.error(`  ${line}`);
      pages.push(page);
    }
    const met = {
      performance: pages.every((p) => p.performance >= 95),
      accessibility: pages.every((p) => p.accessibility === 100),
    };
    console.log(JSON.stringify({ lighthouse: LIGHTHOUSE_VERSION, formFactor: "mobile", pages, targets: { performanceMin: 95, accessibility: 100 }, met }));
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
