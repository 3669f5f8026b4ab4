import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { labelCounter } from "@/lib/count-markers";
import type { LabelData } from "./label-data";
import { closeLabelPool, LABELS_PER_PART, pooledLabelStream, workerExecArgv } from "./pool";
import { sampleLabel } from "./samples";
import { labelZpl } from "./zpl";

const OUT = path.join(process.cwd(), "test-results", "labels");

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) parts.push(next.value);
  return Buffer.concat(parts);
}

afterAll(async () => {
  await closeLabelPool();
});

describe("labels drawn in the worker pool", () => {
  it("starts workers with the main thread's Node options but none of its module loaders", () => {
    expect(workerExecArgv(["--import", "tsx", "--max-semi-space-size=8", "--require=./hook.cjs", "-r", "x", "--loader", "y", "--cpu-prof"])).toEqual(["--max-semi-space-size=8", "--cpu-prof"]);
  });

  it("puts the parts drawn by several workers together in order, one page per label, in a valid PDF", async () => {
    const count = LABELS_PER_PART * 2 + 37;
    const labels = Array.from({ length: count }, (_, i) => sampleLabel(i));
    async function* slowly() {
      for (const label of labels) yield label; // labels come from the database a page at a time
    }
    const pdf = await bytesOf(pooledLabelStream(slowly(), { format: "pdf", size: "4x6" }));
    mkdirSync(OUT, { recursive: true });
    const file = path.join(OUT, "pool.pdf");
    writeFileSync(file, pdf);
    expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(new RegExp(`Pages:\\s+${count}\\b`));
    // the browser's progress bar counts the same pages in the bytes as they arrive
    expect(labelCounter("pdf").push(pdf)).toBe(count);
    for (const page of [1, LABELS_PER_PART, LABELS_PER_PART + 1, count]) {
      const text = execFileSync("pdftotext", ["-f", String(page), "-l", String(page), file, "-"], { encoding: "utf8" });
      expect(text, `page ${page}`).toContain(labels[page - 1]!.trackingNumber);
    }
    // the cross-reference table points at every object: poppler reads it without repairing the file
    const rendered = spawnSync("pdftoppm", ["-f", String(count), "-l", String(count), "-r", "20", "-png", file, path.join(OUT, "pool")], { encoding: "utf8" });
    expect(rendered.status).toBe(0);
    expect(rendered.stderr).toBe("");
  }, 120_000);

  it("sends ZPL in the order of the labels", async () => {
    const labels = Array.from({ length: LABELS_PER_PART + 5 }, (_, i) => sampleLabel(i));
    const zpl = (await bytesOf(pooledLabelStream(labels, { format: "zpl", size: "4x6" }))).toString("utf8");
    expect(zpl).toBe(labels.map((label) => labelZpl(label)).join(""));
  }, 60_000);

  it("ends the stream with the error of a label that cannot be printed", async () => {
    const labels: LabelData[] = [sampleLabel(0), { ...sampleLabel(1), weightGrams: -1 }];
    await expect(bytesOf(pooledLabelStream(labels, { format: "pdf", size: "a6" }))).rejects.toThrow(/Bad weight/);
  });
});
