/**
 * npm run bench:labels -- --count 10000 --out <file> [--format pdf|zpl] [--size a6|4x6] [--naive 1000]
 * Renders a mixed batch of parcel labels — a third each Persian (IRR cash on delivery on
 * some), Chinese (CNY) and Vietnamese (VND), every one with its own S10 number and
 * barcode — through the worker pool the label download uses, streamed to the file.
 * Samples the resident memory every 50 ms and the main thread's event-loop delay
 * (perf_hooks.monitorEventLoopDelay) while it renders, beside the same measurement in an
 * idle process (what the machine alone adds on a shared host); then, for PDF, runs the naive
 * reference (bench/naive-labels.ts: PDFKit, a PNG barcode per label, no bidi) on
 * `--naive` labels in a child process and reports the speed-up. Prints one final JSON line.
 */
import { execFileSync, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { Writable } from "node:stream";
import type { LabelSize } from "@/server/fulfilment/labels/pdf";
import { closeLabelPool, labelPool, labelThreads, pooledLabelStream } from "@/server/fulfilment/labels/pool";
import { sampleLabel } from "@/server/fulfilment/labels/samples";

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const count = Number(option("count") ?? 10_000);
if (!Number.isInteger(count) || count <= 0) throw new Error("--count must be a positive whole number");
const outOption = option("out");
if (!outOption) throw new Error("--out <file> is required");
const out: string = outOption;
const formatOption = option("format") ?? "pdf";
if (formatOption !== "pdf" && formatOption !== "zpl") throw new Error("--format is pdf or zpl");
const format: "pdf" | "zpl" = formatOption;
const sizeOption = option("size") ?? "a6";
if (sizeOption !== "a6" && sizeOption !== "4x6") throw new Error("--size is a6 or 4x6");
const size: LabelSize = sizeOption;
const naiveCount = Number(option("naive") ?? Math.min(count, 1000));

function* labels() {
  for (let i = 0; i < count; i++) yield sampleLabel(i);
}

function naiveReference(): { labelsPerSecond: number } | null {
  if (format !== "pdf" || naiveCount <= 0) return null;
  const script = path.join(import.meta.dirname, "naive-labels.ts");
  const output = execFileSync(process.execPath, ["--import", "tsx", script, "--count", String(naiveCount), "--out", `${out}.naive.pdf`], { encoding: "utf8" });
  return JSON.parse(output.trim().split("\n").at(-1) ?? "{}") as { labelsPerSecond: number };
}

/**
 * The same event-loop measurement in an idle process beside the batch: on a
 * shared machine the operating system alone can hold a thread back for tens of
 * milliseconds, and this tells that part from the batch's own.
 */
function idleControl(): { stop: () => Promise<{ maxMs: number; p99Ms: number }> } {
  const script = `const { monitorEventLoopDelay } = require("node:perf_hooks");
const h = monitorEventLoopDelay({ resolution: 10 }); h.enable();
process.stdin.resume();
process.stdin.on("end", () => { h.disable(); process.stdout.write(JSON.stringify({ maxMs: h.max / 1e6, p99Ms: h.percentile(99) / 1e6 })); process.exit(0); });`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["pipe", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  const done = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return {
    stop: async () => {
      child.stdin.end();
      await done;
      return JSON.parse(out) as { maxMs: number; p99Ms: number };
    },
  };
}

const round1 = (ms: number) => Math.round(ms * 10) / 10;

async function main() {
  // the workers start (and load their fonts) before the clock does, as in the running app
  await labelPool().run({ format: "zpl", size, labels: [sampleLabel(0), sampleLabel(1), sampleLabel(2)], first: 0 });
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  const control = idleControl();
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await pooledLabelStream(labels(), { format, size }).pipeTo(Writable.toWeb(createWriteStream(out)));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  delay.disable();
  const idle = await control.stop();
  clearInterval(sampler);
  await closeLabelPool();
  const peakRssMB = Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1024 / 1024;
  const { size: bytes } = await stat(out);
  const labelsPerSecond = Math.round(count / seconds);
  const naive = naiveReference();
  console.log(
    JSON.stringify({
      labels: count,
      format,
      size: format === "pdf" ? size : "4x6",
      threads: labelThreads(),
      seconds: Math.round(seconds * 100) / 100,
      labelsPerSecond,
      bytes,
      peakRssMB: Math.round(peakRssMB),
      // processor time of all threads: on a shared machine, what the batch would take with the cores to itself
      cpuSeconds: Math.round(((cpu.user + cpu.system) / 1e6) * 100) / 100,
      eventLoopMaxDelayMs: round1(delay.max / 1e6),
      eventLoopP99DelayMs: round1(delay.percentile(99) / 1e6),
      // an idle process's worst delay over the same time: what the machine adds
      idleProcessMaxDelayMs: round1(idle.maxMs),
      idleProcessP99DelayMs: round1(idle.p99Ms),
      ...(naive ? { naiveLabelsPerSecond: naive.labelsPerSecond, speedup: Math.round((labelsPerSecond / naive.labelsPerSecond) * 10) / 10 } : {}),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
