/**
 * A label font as embedded in one part of a PDF: a Type 0 font with
 * Identity-H encoding over a TrueType subset of just the glyphs drawn, with
 * their widths and a ToUnicode map so the text can be searched and copied.
 */
import { deflateSync } from "node:zlib";
import type { Face, Shaped } from "./fonts";
import type { ObjectWriter } from "./pdf-objects";
import { num } from "./pdf-number";

/** A run of glyphs placed together: offset from the start of the text in thousandths of the size, and its TJ operand. */
export interface Segment {
  dx: number;
  dy: number;
  tj: string;
}

const hex4 = (n: number) => n.toString(16).padStart(4, "0");

/**
 * A two-byte glyph code as it goes in a PDF literal string: the bytes
 * themselves (half the size of hexadecimal), with the string's delimiters and
 * backslash escaped, and line ends escaped so no reader turns CR LF into LF.
 */
const LITERAL_BYTE = Array.from({ length: 256 }, (_, byte) => {
  switch (byte) {
    case 0x28:
      return "\\(";
    case 0x29:
      return "\\)";
    case 0x5c:
      return "\\\\";
    case 0x0a:
      return "\\n";
    case 0x0d:
      return "\\r";
    default:
      return String.fromCharCode(byte);
  }
});
export const glyphCode = (id: number): string => `${LITERAL_BYTE[(id >> 8) & 0xff] ?? ""}${LITERAL_BYTE[id & 0xff] ?? ""}`;

export class SubsetFont {
  private readonly subset: ReturnType<Face["font"]["createSubset"]>;
  private readonly scale: number;
  /** Subset glyph id → the characters it stands for, and its width in thousandths of an em. */
  private readonly unicode: number[][] = [[0]];
  private readonly widths: number[];
  private readonly ids = new Map<number, number>();

  constructor(
    readonly face: Face,
    /** The name pages use for it, e.g. F2. */
    readonly resource: string,
    /** The Type 0 font object. */
    readonly number: number,
  ) {
    this.subset = face.font.createSubset();
    this.scale = 1000 / face.unitsPerEm;
    this.widths = [face.font.getGlyph(0).advanceWidth * this.scale];
  }

  private glyphId(glyph: { id: number; advanceWidth: number; codePoints: number[] }): number {
    let id = this.ids.get(glyph.id);
    if (id === undefined) {
      // fontkit returns the glyph's id in the subset (its type declarations say boolean)
      id = (this.subset.includeGlyph as unknown as (glyphId: number) => number)(glyph.id);
      this.ids.set(glyph.id, id);
      this.widths[id] = glyph.advanceWidth * this.scale;
      this.unicode[id] = glyph.codePoints;
    }
    return id;
  }

  /** Segments of glyphs already made for this font, by shaped run (shaped runs of repeated words and lines are shared). */
  private readonly made = new WeakMap<Shaped, Segment[]>();

  /** The shaped text as segments of glyphs, split where a glyph sits off the pen line (marks). */
  segments(text: string): Segment[] {
    return this.segmentsOf(this.face.shape(text));
  }

  /** Glyphs shaped by this font's face as segments (see `segments`). */
  segmentsOf(shaped: Shaped): Segment[] {
    const known = this.made.get(shaped);
    if (known) return known;
    const segments = this.makeSegments(shaped);
    this.made.set(shaped, segments);
    return segments;
  }

  private makeSegments({ glyphs, positions }: Shaped): Segment[] {
    const segments: Segment[] = [];
    let parts: string[] = [];
    let run = "";
    let start = 0;
    let pen = 0;
    const close = () => {
      if (run) parts.push(`(${run})`);
      if (parts.length > 0) segments.push({ dx: start, dy: 0, tj: `[${parts.join(" ")}]` });
      parts = [];
      run = "";
    };
    glyphs.forEach((glyph, i) => {
      const position = positions[i];
      if (!position) return;
      const code = glyphCode(this.glyphId(glyph));
      const xAdvance = position.xAdvance * this.scale;
      if (position.xOffset || position.yOffset) {
        close();
        segments.push({ dx: pen + position.xOffset * this.scale, dy: position.yOffset * this.scale, tj: `[(${code})]` });
        start = pen + xAdvance;
      } else {
        run += code;
        const extra = xAdvance - glyph.advanceWidth * this.scale;
        if (Math.abs(extra) > 0.005) {
          parts.push(`(${run}) ${num(-extra)}`);
          run = "";
        }
      }
      pen += xAdvance;
    });
    close();
    return segments;
  }

  /** Writes the font's objects: Type 0 font, CID font, descriptor, font file and ToUnicode map. */
  embed(writer: ObjectWriter): void {
    const { font } = this.face;
    const file = writer.allocate();
    writer.object(file, " /Filter /FlateDecode", deflateSync(this.subset.encode(), { level: 1 }));
    const tag = this.resource.padEnd(6, "A").slice(0, 6).replace(/[^A-Z]/g, "A");
    const name = `${tag}+${(font.postscriptName ?? "Label").replace(/[^\x21-\x7e]|[/()<>[\]{}%#]/g, "_")}`;
    const { bbox } = font;
    const s = this.scale;
    const descriptor = writer.allocate();
    writer.object(
      descriptor,
      `<< /Type /FontDescriptor /FontName /${name} /Flags 4 /FontBBox [${[bbox.minX, bbox.minY, bbox.maxX, bbox.maxY].map((v) => num(v * s)).join(" ")}] /ItalicAngle 0 /Ascent ${num(font.ascent * s)} /Descent ${num(font.descent * s)} /CapHeight ${num((font.capHeight || font.ascent) * s)} /StemV 0 /FontFile2 ${file} 0 R >>`,
    );
    const cid = writer.allocate();
    writer.object(
      cid,
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /CIDToGIDMap /Identity /W [0 [${this.widths.map((w) => num(w ?? 0)).join(" ")}]] >>`,
    );
    const toUnicode = writer.allocate();
    writer.object(toUnicode, " /Filter /FlateDecode", deflateSync(Buffer.from(this.toUnicodeMap(), "latin1"), { level: 1 }));
    writer.object(this.number, `<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${cid} 0 R] /ToUnicode ${toUnicode} 0 R >>`);
  }

  private toUnicodeMap(): string {
    const entries = this.unicode.map((codePoints) => {
      const units = String.fromCodePoint(...(codePoints.length > 0 ? codePoints : [0xfffd]));
      return `<${Array.from({ length: units.length }, (_, i) => hex4(units.charCodeAt(i))).join("")}>`;
    });
    const ranges: string[] = [];
    for (let start = 0; start < entries.length; start += 256) {
      const end = Math.min(start + 256, entries.length);
      ranges.push(`<${hex4(start)}> <${hex4(end - 1)}> [${entries.slice(start, end).join(" ")}]`);
    }
    return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000><ffff>
endcodespacerange
${ranges.length} beginbfrange
${ranges.join("\n")}
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;
  }
}
