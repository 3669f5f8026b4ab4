import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { createMarkerCounter, labelCounter } from "./count-markers";

const bytes = (text: string) => new TextEncoder().encode(text);

/** Feeds `data` in chunks of `size` bytes and returns the final count. */
function countInChunks(data: Uint8Array, size: number, format: "pdf" | "zpl"): number {
  const counter = labelCounter(format);
  for (let at = 0; at < data.length; at += size) counter.push(data.subarray(at, at + size));
  return counter.count;
}

/** A real PDFKit document of `pages` A6 pages, as the label route writes them. */
async function pdf(pages: number): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: "A6", compress: true });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  for (let page = 1; page <= pages; page++) {
    if (page > 1) doc.addPage();
    doc.text(`Label ${page}`);
  }
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

describe("counting label markers in a download", () => {
  it("counts PDFKit's pages, not its page tree", async () => {
    const file = await pdf(3);
    const text = new TextDecoder("latin1").decode(file);
    // what the counter relies on: each page object reads "/Type /Page\n", the tree "/Type /Pages\n"
    expect(text.split("/Type /Page\n").length - 1).toBe(3);
    expect(text).toContain("/Type /Pages\n");
    expect(countInChunks(file, file.length, "pdf")).toBe(3);
  });

  it("counts a marker split across chunks once, whatever the chunk size", async () => {
    const file = await pdf(7);
    for (const size of [1, 2, 3, 5, 11, 12, 13, 64, 1000]) expect(countInChunks(file, size, "pdf"), `chunks of ${size}`).toBe(7);
  });

  it("counts ZPL labels by their end, also when split", () => {
    const label = (n: number) => `^XA^CI28^FO20,20^A0N,30,30^FDCP00000000${n}IR^FS^XZ\n`;
    const file = bytes(Array.from({ length: 25 }, (_, i) => label(i)).join(""));
    for (const size of [1, 2, 3, 4, 7, 100, file.length]) expect(countInChunks(file, size, "zpl"), `chunks of ${size}`).toBe(25);
  });

  it("reports the running count after each chunk", () => {
    const counter = createMarkerCounter("^XZ");
    expect(counter.push(bytes("^XA..^X"))).toBe(0);
    expect(counter.push(bytes("Z^XA..^"))).toBe(1);
    expect(counter.push(bytes("XZ"))).toBe(2);
    expect(counter.push(new Uint8Array(0))).toBe(2);
    expect(counter.count).toBe(2);
  });

  it("does not count overlapping or partial markers twice", () => {
    const counter = createMarkerCounter("aa");
    // "aaaa" holds two whole, non-overlapping markers, read one byte at a time
    for (const b of "aaaa") counter.push(bytes(b));
    expect(counter.count).toBe(2);
    const pages = createMarkerCounter("/Type /Page\n");
    pages.push(bytes("/Type /Pages\n/Type /Pag"));
    expect(pages.push(bytes("e\n"))).toBe(1);
  });
});
