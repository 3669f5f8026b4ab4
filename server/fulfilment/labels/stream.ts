/**
 * A PDF document as a pull-based web stream: the next few pages are drawn
 * only when the reader asks for more, so memory stays flat however long the
 * batch (PDFKit itself ignores backpressure; pulling paces it).
 */
import PDFDocument from "pdfkit";
import { Canvas } from "./canvas";
import { registerFaces } from "./fonts";

/** Draws the next part of the document; false when nothing is left (the document is then ended). */
export type DrawStep = (canvas: Canvas) => Promise<boolean> | boolean;

/** Bytes of output a pull waits for before handing them over (a step may draw several pages). */
const CHUNK_BYTES = 64 * 1024;

export function pdfStream(options: PDFKit.PDFDocumentOptions, step: DrawStep, onCancel?: () => void): ReadableStream<Uint8Array> {
  let canvas: Canvas | null = null;
  let ended = false;
  const open = () => {
    if (!canvas) {
      // pages are never buffered: each is written out when the next one starts
      const doc = new PDFDocument({ ...options, autoFirstPage: false, bufferPages: false, fontLayoutCache: false });
      registerFaces(doc);
      canvas = new Canvas(doc);
    }
    return canvas;
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const current = open();
          let bytes = 0;
          while (!ended && bytes < CHUNK_BYTES) {
            if (!(await step(current))) {
              ended = true;
              current.flush();
              current.doc.end();
            }
            bytes += drain(current.doc, controller);
          }
          if (ended) {
            drain(current.doc, controller);
            controller.close();
            canvas = null;
          }
        } catch (error) {
          canvas = null;
          onCancel?.();
          controller.error(error);
        }
      },
      cancel() {
        canvas = null;
        onCancel?.();
      },
    },
    { highWaterMark: 1 },
  );
}

/** Hands over what the document has written so far; returns the byte count. */
function drain(doc: PDFKit.PDFDocument, controller: ReadableStreamDefaultController<Uint8Array>): number {
  let total = 0;
  for (let chunk: unknown = doc.read(); chunk !== null; chunk = doc.read()) {
    if (chunk instanceof Uint8Array) {
      controller.enqueue(chunk);
      total += chunk.length;
    }
  }
  return total;
}
