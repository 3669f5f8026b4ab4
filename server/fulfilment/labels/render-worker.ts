/**
 * A worker thread of the label pool: draws a run of labels into one part of the
 * PDF (or ZPL text) and hands the bytes back without copying them.
 */
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { move, transferableSymbol, valueSymbol, workerData } from "piscina";
import { adoptSharedFontFiles } from "./font-files";
import type { LabelData } from "./label-data";
import { renderLabelPart, type LabelSize } from "./pdf";
import type { PdfPart } from "./pdf-objects";
import { labelZpl } from "./zpl";

export interface RenderTask {
  format: "pdf" | "zpl";
  size: LabelSize;
  labels: LabelData[];
  /** The first object number the part may use (PDF). */
  first: number;
}

/**
 * Label drawing yields the processor to the server's main thread: on Linux a
 * thread has its own nice value, so this worker runs at a lower priority and
 * other requests are answered at once while a large batch renders.
 */
function lowerPriority(): void {
  try {
    const thread = Number(readlinkSync("/proc/thread-self").split("/").pop());
    if (Number.isInteger(thread) && thread > 0) setPriority(thread, 10);
  } catch {
    // not Linux: the operating system shares the cores as it will
  }
}
lowerPriority();
if (workerData && typeof workerData === "object" && "fonts" in workerData) adoptSharedFontFiles((workerData as { fonts: Record<string, SharedArrayBuffer> }).fonts);

/** Bytes that own their whole buffer, so the buffer can move to the main thread. */
function owned(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

export default function render(task: RenderTask) {
  const part: PdfPart =
    task.format === "zpl" ? { bytes: new TextEncoder().encode(task.labels.map((label) => labelZpl(label)).join("")), offsets: [], pages: [] } : renderLabelPart(task.labels, task.size, task.first);
  const bytes = owned(part.bytes);
  // the bytes' memory moves to the main thread rather than being copied
  return move({ [transferableSymbol]: bytes.buffer, [valueSymbol]: { ...part, bytes } } as unknown as Parameters<typeof move>[0]);
}
