/**
 * A PDF written in parts, each part a run of numbered objects (pages, their
 * content, the font subsets they use) that can be made on any thread; the
 * assembler puts the parts one after another, remembers only each object's
 * offset and each page's number, and writes the page tree and the
 * cross-reference table at the end. Nothing of a page stays in memory once it
 * is written, so a batch of any size takes the same memory.
 */

export const CATALOG = 1;
export const PAGES = 2;
export const INFO = 3;
/** The first object number a part may use. */
export const FIRST_PART_OBJECT = 4;

export const DOCUMENT_INFO = { Producer: "Villagepost", Creator: "Villagepost" };
export const LABELS_INFO = { Title: "Parcel labels" };

/** Object numbers one part of labels may use: two per page, five per font, and room to spare. */
export function partObjectRange(labels: number): number {
  return labels * 2 + 64;
}

/** A finished part: its bytes, where each of its objects starts in them, and its pages in order. */
export interface PdfPart {
  bytes: Uint8Array;
  /** Pairs of object number and offset in `bytes`. */
  offsets: number[];
  pages: number[];
}

/** Writes numbered objects into one part, with numbers from [first, end). */
export class ObjectWriter {
  private readonly chunks: Buffer[] = [];
  private length = 0;
  readonly offsets: number[] = [];
  readonly pages: number[] = [];
  private next: number;

  constructor(
    first: number,
    private readonly end: number,
  ) {
    this.next = first;
  }

  /** The next free object number. */
  allocate(): number {
    if (this.next >= this.end) throw new RangeError(`A part of the PDF ran out of object numbers (${this.end})`);
    return this.next++;
  }

  get nextNumber(): number {
    return this.next;
  }

  /** An object: a dictionary or other value, or a dictionary's entries (without << >>) with its stream. */
  object(number: number, body: string, stream?: Uint8Array): void {
    this.offsets.push(number, this.length);
    if (stream) {
      this.push(Buffer.from(`${number} 0 obj\n<<${body} /Length ${stream.length}>>\nstream\n`, "latin1"));
      this.push(Buffer.from(stream.buffer, stream.byteOffset, stream.byteLength));
      this.push(Buffer.from("\nendstream\nendobj\n", "latin1"));
    } else this.push(Buffer.from(`${number} 0 obj\n${body}\nendobj\n`, "latin1"));
  }

  private push(buffer: Buffer): void {
    this.chunks.push(buffer);
    this.length += buffer.length;
  }

  part(): PdfPart {
    return { bytes: Buffer.concat(this.chunks, this.length), offsets: this.offsets, pages: this.pages };
  }
}

/** A PDF string literal: ASCII as it is, anything else as UTF-16BE hex. */
export function pdfString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  const utf16 = Buffer.from(`\ufeff${text}`, "utf16le").swap16();
  return `<${utf16.toString("hex")}>`;
}

/** Puts parts together into one document, in order; knows only object offsets and page numbers. */
export class PdfAssembler {
  private offset = 0;
  private readonly objectOffsets: number[] = [];
  private readonly pageNumbers: number[] = [];

  /** The file header, the catalog and the document information. */
  start(info: Record<string, string>): Uint8Array {
    const writer = new ObjectWriter(CATALOG, FIRST_PART_OBJECT);
    writer.object(CATALOG, `<< /Type /Catalog /Pages ${PAGES} 0 R >>`);
    const entries = Object.entries(info).map(([key, value]) => `/${key} ${pdfString(value)}`);
    writer.object(INFO, `<< ${entries.join(" ")} >>`);
    const head = Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1");
    this.offset = head.length;
    return Buffer.concat([head, this.add(writer.part())]);
  }

  /** A part's bytes, its objects and pages now counted in the document. */
  add(part: PdfPart): Uint8Array {
    for (let i = 0; i < part.offsets.length; i += 2) this.objectOffsets[part.offsets[i] ?? 0] = this.offset + (part.offsets[i + 1] ?? 0);
    for (const page of part.pages) this.pageNumbers.push(page);
    this.offset += part.bytes.length;
    return part.bytes;
  }

  get pageCount(): number {
    return this.pageNumbers.length;
  }

  /** The page tree, the cross-reference table (numbers no part used are free) and the trailer. */
  end(): Uint8Array {
    const kids = this.pageNumbers.map((n) => `${n} 0 R`).join(" ");
    const pages = Buffer.from(`${PAGES} 0 obj\n<< /Type /Pages /Count ${this.pageNumbers.length} /Kids [${kids}] >>\nendobj\n`, "latin1");
    this.objectOffsets[PAGES] = this.offset;
    const xrefAt = this.offset + pages.length;
    const size = this.objectOffsets.length;
    const lines: string[] = [`xref\n0 ${size}\n`];
    // free entries form a list from object 0 through every unused number
    const free: number[] = [];
    for (let n = 1; n < size; n++) if (this.objectOffsets[n] === undefined) free.push(n);
    let freeIndex = 0;
    for (let n = 0; n < size; n++) {
      const at = this.objectOffsets[n];
      if (n === 0 || at === undefined) {
        const nextFree = free[freeIndex++] ?? 0;
        lines.push(`${String(nextFree).padStart(10, "0")} ${n === 0 ? "65535" : "00001"} f \n`);
      } else lines.push(`${String(at).padStart(10, "0")} 00000 n \n`);
    }
    lines.push(`trailer\n<< /Size ${size} /Root ${CATALOG} 0 R /Info ${INFO} 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`);
    return Buffer.concat([pages, Buffer.from(lines.join(""), "latin1")]);
  }
}
