/**
 * Drawing on a PDFKit page by writing content operators directly: shaped
 * text (glyphs encoded once per document and string), rectangles and fills,
 * gathered per page and written in one piece. PDFKit still embeds the font
 * subsets and writes the document; its own text and path calls cost several
 * times more per label.
 *
 * Relies on PDFKit internals, all checked by the label tests: the current font
 * object (`_font`: id, ref(), encode()), the page's font resources and its
 * Contents entry (a page's drawing is a second content stream after PDFKit's own).
 */
import { deflateSync } from "node:zlib";
import { Lru } from "./cache";
import type { FaceName } from "./fonts";

interface PdfKitFont {
  id: string;
  ref(): unknown;
  encode(text: string, features?: string[]): [string[], { xAdvance: number; yOffset: number; xOffset: number; advanceWidth: number }[]];
}

/** A run of glyphs placed together: offset from the start of the text in thousandths of the size, and its TJ operand. */
interface Segment {
  dx: number;
  dy: number;
  tj: string;
}

/** PDF numbers: two decimals are finer than any printer dot. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export class Canvas {
  private readonly fonts = new Map<FaceName, PdfKitFont>();
  private readonly encoded = new Lru<string, Segment[]>(4096);
  private ops: string[] = [];
  private pageFonts = new Set<string>();

  constructor(readonly doc: PDFKit.PDFDocument) {}

  /** Starts a page (top-left origin, points). */
  page(width: number, height: number): void {
    this.flush();
    this.doc.addPage({ size: [width, height], margin: 0 });
    this.pageFonts = new Set();
  }

  /**
   * Writes what was drawn on the current page so far as a content stream of its
   * own, compressed at zlib's fastest level (a third of the default's time for a
   * page of labels, a few hundred bytes more).
   */
  flush(): void {
    if (this.ops.length === 0) return;
    const stream = this.doc.ref({ Filter: "FlateDecode" }); // with a filter set, PDFKit does not compress it again
    stream.write(deflateSync(Buffer.from(this.ops.join("\n"), "latin1"), { level: 1 }));
    stream.end(undefined);
    this.ops = [];
    const page = this.doc.page.dictionary.data as { Contents?: unknown };
    page.Contents = [...(Array.isArray(page.Contents) ? page.Contents : [page.Contents]), stream];
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

  /** Draws shaped text with its left end at x on the baseline. */
  text(face: FaceName, text: string, size: number, x: number, baseline: number): void {
    const font = this.font(face);
    if (!this.pageFonts.has(font.id)) {
      (this.doc.page.fonts as Record<string, unknown>)[font.id] = font.ref();
      this.pageFonts.add(font.id);
    }
    const key = `${face}|${text}`;
    let segments = this.encoded.get(key);
    if (!segments) {
      segments = encodeSegments(font, text);
      this.encoded.set(key, segments);
    }
    const scale = size / 1000;
    this.ops.push(`BT /${font.id} ${num(size)} Tf`);
    for (const segment of segments) {
      // the page is drawn top-down; the text matrix turns glyphs upright again
      this.ops.push(`1 0 0 -1 ${num(x + segment.dx * scale)} ${num(baseline - segment.dy * scale)} Tm ${segment.tj} TJ`);
    }
    this.ops.push("ET");
  }

  private font(face: FaceName): PdfKitFont {
    let font = this.fonts.get(face);
    if (!font) {
      this.doc.font(face);
      font = (this.doc as unknown as { _font: PdfKitFont })._font;
      this.fonts.set(face, font);
    }
    return font;
  }
}

/** Glyphs in the document's font subset, split where a glyph sits off the pen line (marks). */
function encodeSegments(font: PdfKitFont, text: string): Segment[] {
  const [hexes, positions] = font.encode(text, []);
  const segments: Segment[] = [];
  let parts: string[] = [];
  let run = "";
  let start = 0;
  let pen = 0;
  const close = () => {
    if (run) parts.push(`<${run}>`);
    if (parts.length > 0) segments.push({ dx: start, dy: 0, tj: `[${parts.join(" ")}]` });
    parts = [];
    run = "";
  };
  positions.forEach((position, i) => {
    const hex = hexes[i] ?? "0000";
    if (position.xOffset || position.yOffset) {
      close();
      segments.push({ dx: pen + position.xOffset, dy: position.yOffset, tj: `[<${hex}>]` });
      start = pen + position.xAdvance;
    } else {
      run += hex;
      const extra = position.xAdvance - position.advanceWidth;
      if (extra !== 0) {
        parts.push(`<${run}> ${num(-extra)}`);
        run = "";
      }
    }
    pen += position.xAdvance;
  });
  close();
  return segments;
}
