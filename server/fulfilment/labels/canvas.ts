/**
 * Drawing PDF pages by writing content operators directly: shaped text,
 * rectangles and fills, gathered per page and written as one compressed
 * stream when the page is done. Fonts are embedded per part of the document as
 * subsets of the glyphs that part used (`finish`), so a part can be made on any
 * thread and nothing is kept once it is written.
 */
import { deflateSync } from "node:zlib";
import { face, FACE_NAMES, type FaceName, type Shaped } from "./fonts";
import { num } from "./pdf-number";
import { ObjectWriter, PAGES, type PdfPart } from "./pdf-objects";
import { SubsetFont } from "./subset-font";

export { num } from "./pdf-number";

/**
 * A page's content is a few kilobytes: zlib's fastest level with a 4 KB window
 * and small hash tables compresses it as well as the defaults (within 2%) and
 * spends its time compressing rather than clearing half a megabyte of tables
 * for every page.
 */
const CONTENT_DEFLATE = { level: 1, windowBits: 12, memLevel: 4 } as const;

interface OpenPage {
  number: number;
  width: number;
  height: number;
  fonts: Set<SubsetFont>;
}

export class Canvas {
  private readonly fonts = new Map<FaceName, SubsetFont>();
  private ops: string[] = [];
  private current: OpenPage | null = null;

  constructor(readonly writer: ObjectWriter) {}

  /** Starts a page (top-left origin, points). */
  page(width: number, height: number): void {
    this.flush();
    this.current = { number: this.writer.allocate(), width, height, fonts: new Set() };
    // the page is drawn top-down
    this.ops = [`1 0 0 -1 0 ${num(height)} cm`];
  }

  /** Writes the current page: its content compressed (see CONTENT_DEFLATE), then the page object. */
  flush(): void {
    const page = this.current;
    if (!page) return;
    this.current = null;
    const content = this.writer.allocate();
    this.writer.object(content, " /Filter /FlateDecode", deflateSync(Buffer.from(this.ops.join("\n"), "latin1"), CONTENT_DEFLATE));
    this.ops = [];
    const fonts = [...page.fonts].map((font) => `/${font.resource} ${font.number} 0 R`).join(" ");
    this.writer.object(
      page.number,
      // "/Type /Page" and a newline: what the browser counts finished labels by (lib/count-markers.ts)
      `<< /Type /Page\n/Parent ${PAGES} 0 R /MediaBox [0 0 ${Math.round(page.width * 1000) / 1000} ${Math.round(page.height * 1000) / 1000}] /Contents ${content} 0 R /Resources << /ProcSet [/PDF /Text] /Font << ${fonts} >> >> >>`,
    );
    this.writer.pages.push(page.number);
  }

  op(operator: string): void {
    this.ops.push(operator);
  }

  fillColor(gray: number): void {
    this.ops.push(`${gray} g`);
  }

  rect(x: number, y: number, width: number, height: number): void {
    this.ops.push(`${num(x)} ${num(y)} ${num(width)} ${num(height)} re`);
  }

  fill(): void {
    this.ops.push("f");
  }

  strokeRect(x: number, y: number, width: number, height: number, lineWidth: number): void {
    this.ops.push(`${num(lineWidth)} w ${num(x)} ${num(y)} ${num(width)} ${num(height)} re S`);
  }

  /** Draws text with its left end at x on the baseline: shaped here, or glyphs the face of that name already shaped for it. */
  text(name: FaceName, text: string, size: number, x: number, baseline: number, shaped: Shaped = face(name).shape(text)): void {
    if (!this.current) throw new Error("Text drawn before a page was started");
    const font = this.font(name);
    this.current.fonts.add(font);
    const segments = font.segmentsOf(shaped);
    const scale = size / 1000;
    let ops = `BT /${font.resource} ${num(size)} Tf`;
    for (const segment of segments) {
      // the text matrix turns glyphs upright again on the top-down page
      ops += `\n1 0 0 -1 ${num(x + segment.dx * scale)} ${num(baseline - segment.dy * scale)} Tm ${segment.tj} TJ`;
    }
    this.ops.push(ops, "ET");
  }

  /** Ends the part: the last page, then the font subsets its pages used. */
  finish(): PdfPart {
    this.flush();
    for (const font of this.fonts.values()) font.embed(this.writer);
    return this.writer.part();
  }

  private font(name: FaceName): SubsetFont {
    let font = this.fonts.get(name);
    if (!font) {
      const loaded = face(name);
      // both weights of a one-weight family are one font in the document
      const same = [...this.fonts.values()].find((f) => f.face === loaded);
      font = same ?? new SubsetFont(loaded, `F${FACE_NAMES.indexOf(name)}`, this.writer.allocate());
      this.fonts.set(name, font);
    }
    return font;
  }
}
