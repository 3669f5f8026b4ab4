/**
 * The label pool's worker as one JavaScript file. Worker threads load plain
 * JavaScript from disk, not the app's bundle, so the worker's TypeScript is
 * bundled with esbuild into node_modules/.cache (packages stay in
 * node_modules): by `npm run build` and `npm run dev` beforehand, or here on
 * first use when the file is missing or older than the label code.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = () => /*turbopackIgnore: true*/ process.cwd();
const SOURCE = "server/fulfilment/labels/render-worker.ts";
/** Directories whose TypeScript the worker is made of. */
const SOURCE_DIRS = ["server/fulfilment/labels", "lib"];

export function workerBundlePath(): string {
  return path.join(/*turbopackIgnore: true*/ root(), "node_modules", ".cache", "villagepost", "label-worker.mjs");
}

function newestSource(): number {
  let newest = 0;
  for (const dir of SOURCE_DIRS) {
    const full = path.join(/*turbopackIgnore: true*/ root(), dir);
    if (!existsSync(full)) continue;
    for (const name of readdirSync(full)) if (name.endsWith(".ts")) newest = Math.max(newest, statSync(path.join(full, name)).mtimeMs);
  }
  return newest;
}

/** Bundles the worker (esbuild from node_modules); returns its path. */
export function buildWorkerBundle(): string {
  const out = workerBundlePath();
  const esbuild = path.join(/*turbopackIgnore: true*/ root(), "node_modules", "esbuild", "bin", "esbuild");
  execFileSync(
    process.execPath,
    [esbuild, path.join(/*turbopackIgnore: true*/ root(), SOURCE), "--bundle", "--platform=node", "--format=esm", "--target=node20", "--packages=external", `--outfile=${out}`, "--log-level=warning"],
    { cwd: root(), stdio: ["ignore", "inherit", "inherit"] },
  );
  return out;
}

/** The worker file, built first when missing or older than its sources (where the sources are present). */
export function workerBundle(): string {
  const out = workerBundlePath();
  const sourcesHere = existsSync(path.join(/*turbopackIgnore: true*/ root(), SOURCE));
  if (!existsSync(out) || (sourcesHere && statSync(out).mtimeMs < newestSource())) return buildWorkerBundle();
  return out;
}
