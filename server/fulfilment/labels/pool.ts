/**
 * Label rendering off the request path: a pool of worker threads (one per
 * core, at least two) draws runs of labels into parts of the document while
 * the main thread only reads labels, hands them out and writes the parts back
 * in order. At most a few parts per worker are in flight, so memory stays flat
 * however large the batch, and the event loop stays free for other requests.
 */
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { shareFontFiles } from "./font-files";
import type { LabelData } from "./label-data";
import type { LabelSize } from "./pdf";
import { DOCUMENT_INFO, FIRST_PART_OBJECT, LABELS_INFO, partObjectRange, PdfAssembler, type PdfPart } from "./pdf-objects";
import type { RenderTask } from "./render-worker";
import { workerBundle } from "./worker-bundle";

/** Labels per task: big enough that a part's font subsets are shared by many pages (each part embeds its own), small enough to keep memory low (a part is about 1 MB). */
export const LABELS_PER_PART = 400;
/** Parts in flight per worker (one being drawn, one waiting). */
const IN_FLIGHT_PER_WORKER = 2;

let pool: Piscina | null = null;

export function labelThreads(): number {
  const configured = Number(process.env.LABEL_THREADS);
  return Number.isInteger(configured) && configured > 0 ? configured : Math.max(2, availableParallelism());
}

/** The main thread's Node options without module loaders (`--import tsx` and the like), which would only slow a worker's start. */
export function workerExecArgv(argv: readonly string[] = process.execArgv): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (/^--(import|require|loader|experimental-loader)$/.test(arg) || arg === "-r") i++;
    else if (!/^--(import|require|loader|experimental-loader)=/.test(arg)) out.push(arg);
  }
  return out;
}

/** The process's label pool, started on first use. */
export function labelPool(): Piscina {
  if (!pool) {
    const threads = labelThreads();
    pool = new Piscina({
      filename: workerBundle(),
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: 60_000,
      // a young generation that holds a few labels' garbage (short-lived strings and glyph runs die
      // there), and an old generation about twice what a worker keeps (fonts' tables, glyphs, caches:
      // some 25 MB), so it is collected before it grows: memory stays flat over a batch of any size
      resourceLimits: { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 48 },
      // the worker is plain JavaScript: it needs none of the loaders the main thread was started with
      execArgv: workerExecArgv(),
      // one copy of the font files for all workers, in shared memory
      workerData: { fonts: shareFontFiles() },
    });
  }
  return pool;
}

/** Stops the pool (tests and benchmarks, so the process can end). */
export async function closeLabelPool(): Promise<void> {
  const current = pool;
  pool = null;
  await current?.destroy();
}

/** Labels as one file (PDF or ZPL), drawn in the pool and streamed in order as the reader pulls. */
export function pooledLabelStream(labels: AsyncIterable<LabelData> | Iterable<LabelData>, options: { format: "pdf" | "zpl"; size: LabelSize }): ReadableStream<Uint8Array> {
  const iterator: AsyncIterator<LabelData> | Iterator<LabelData> = Symbol.asyncIterator in labels ? labels[Symbol.asyncIterator]() : labels[Symbol.iterator]();
  const assembler = new PdfAssembler();
  const pdf = options.format === "pdf";
  const inFlight: Promise<PdfPart>[] = [];
  const abort = new AbortController();
  let next = FIRST_PART_OBJECT;
  let exhausted = false;
  let started = false;

  const nextTask = async (): Promise<RenderTask | null> => {
    const batch: LabelData[] = [];
    while (!exhausted && batch.length < LABELS_PER_PART) {
      const item = await iterator.next();
      if (item.done) exhausted = true;
      else batch.push(item.value);
    }
    if (batch.length === 0) return null;
    const task: RenderTask = { format: options.format, size: options.size, labels: batch, first: next };
    next += partObjectRange(batch.length);
    return task;
  };

  const fill = async () => {
    const limit = labelThreads() * IN_FLIGHT_PER_WORKER;
    while (!exhausted && inFlight.length < limit) {
      const task = await nextTask();
      if (!task) break;
      const running = labelPool().run(task, { signal: abort.signal }) as Promise<PdfPart>;
      running.catch(() => undefined); // awaited in order below; a failure there ends the stream
      inFlight.push(running);
    }
  };

  const stop = () => {
    abort.abort();
    void iterator.return?.();
  };

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          if (!started) {
            started = true;
            if (pdf) controller.enqueue(assembler.start({ ...DOCUMENT_INFO, ...LABELS_INFO }));
          }
          await fill();
          const head = inFlight.shift();
          if (head) {
            const part = await head;
            controller.enqueue(pdf ? assembler.add(part) : part.bytes);
            await fill();
          }
          if (inFlight.length === 0 && exhausted) {
            if (pdf) controller.enqueue(assembler.end());
            controller.close();
          }
        } catch (error) {
          // the reader sees a broken download; the reason belongs in the server's log
          console.error("Label batch stopped:", error);
          stop();
          controller.error(error);
        }
      },
      cancel() {
        stop();
      },
    },
    { highWaterMark: 1 },
  );
}
