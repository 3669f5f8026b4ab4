/**
 * npm run bench:labels -- --count 10000 --out <file> [--format pdf|zpl] [--size a6|4x6]
 * Renders a mixed batch of parcel labels — a third each Persian (IRR cash on delivery on
 * some), Chinese (CNY) and Vietnamese (VND), every one with its own S10 number and
 * barcode — and streams it to the file, as the label download does. Samples the
 * resident memory every 50 ms. Prints one final JSON line.
 */
import { createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Writable } from "node:stream";
import { labelsPdfStream, type LabelSize } from "@/server/fulfilment/labels/pdf";
import { sampleLabel } from "@/server/fulfilment/labels/samples";
import { labelsZplStream } from "@/server/fulfilment/labels/zpl";

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const count = Number(option("count") ?? 10_000);
if (!Number.isInteger(count) || count <= 0) throw new Error("--count must be a positive whole number");
const outOption = option("out");
if (!outOption) throw new Error("--out <file> is required");
const out: string = outOption;
const format = option("format") ?? "pdf";
if (format !== "pdf" && format !== "zpl") throw new Error("--format is pdf or zpl");
const sizeOption = option("size") ?? "a6";
if (sizeOption !== "a6" && sizeOption !== "4x6") throw new Error("--size is a6 or 4x6");
const size: LabelSize = sizeOption;

function* labels() {
  for (let i = 0; i < count; i++) yield sampleLabel(i);
}

async function main() {
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  const stream = format === "pdf" ? labelsPdfStream(labels(), { size }) : labelsZplStream(labels());
  await stream.pipeTo(Writable.toWeb(createWriteStream(out)));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const peakRssMB = Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1024 / 1024;
  const { size: bytes } = await stat(out);
  console.log(
    JSON.stringify({
      labels: count,
      format,
      size: format === "pdf" ? size : "4x6",
      seconds: Math.round(seconds * 100) / 100,
      labelsPerSecond: Math.round(count / seconds),
      bytes,
      peakRssMB: Math.round(peakRssMB),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
