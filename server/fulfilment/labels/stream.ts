/**
 * A PDF document as a pull-based web stream, drawn on this thread: the next
 * few pages are drawn only when the reader asks for more, each run of pages a
 * part with its own font subsets, so memory stays flat however long the
 * document. (Label batches are drawn in the worker pool instead: `pool.ts`.)
 */
import { Canvas } from "./canvas";
import { DOCUMENT_INFO, FIRST_PART_OBJECT, ObjectWriter, PdfAssembler } from "./pdf-objects";

/** Draws the next part of the document; false when nothing is left (the document is then ended). */
export type DrawStep = (canvas: Canvas) => Promise<boolean> | boolean;

/** Steps drawn into one part (one set of font subsets). */
const STEPS_PER_PART = 4;

export function pdfStream(info: Record<string, string>, step: DrawStep, onCancel?: () => void): ReadableStream<Uint8Array> {
  const assembler = new PdfAssembler();
  let next = FIRST_PART_OBJECT;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          if (!started) {
            started = true;
            controller.enqueue(assembler.start({ ...DOCUMENT_INFO, ...info }));
          }
          const canvas = new Canvas(new ObjectWriter(next, Number.MAX_SAFE_INTEGER));
          let more = true;
          for (let i = 0; i < STEPS_PER_PART && more; i++) more = await step(canvas);
          const part = canvas.finish();
          next = canvas.writer.nextNumber;
          controller.enqueue(assembler.add(part));
          if (!more) {
            controller.enqueue(assembler.end());
            controller.close();
          }
        } catch (error) {
          onCancel?.();
          controller.error(error);
        }
      },
      cancel() {
        onCancel?.();
      },
    },
    { highWaterMark: 1 },
  );
}
