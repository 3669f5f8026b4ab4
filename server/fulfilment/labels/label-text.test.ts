/**
 * The text of a label as a clerk reads it: every case is drawn on a real
 * label and checked in what was drawn — the pieces of text in visual order on
 * their line, with their font and size — and, for direction, in the pixels of
 * the page rendered by pdftoppm.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hasRtlLetter, visualString } from "./bidi";
import { Canvas } from "./canvas";
import { freeText } from "./field-text";
import type { FaceName } from "./fonts";
import type { LabelData } from "./label-data";
import { drawLabel, LABEL_PAGE, labelsPdfStream } from "./pdf";
import { ObjectWriter } from "./pdf-objects";
import { sampleLabel } from "./samples";

interface Drawn {
  face: FaceName;
  text: string;
  size: number;
  x: number;
  baseline: number;
}

/** A canvas that also records each piece of text it draws. */
class RecordingCanvas extends Canvas {
  readonly drawn: Drawn[] = [];
  override text(face: FaceName, text: string, size: number, x: number, baseline: number): void {
    this.drawn.push({ face, text, size, x, baseline });
    super.text(face, text, size, x, baseline);
  }
}

function draw(label: LabelData): Drawn[] {
  const canvas = new RecordingCanvas(new ObjectWriter(4, 1000));
  drawLabel(canvas, label, "a6");
  canvas.finish();
  return canvas.drawn;
}

/** The drawn lines, each as its characters left to right on the page (right-to-left pieces reversed), with its pieces. */
function lines(drawn: Drawn[]): { text: string; pieces: Drawn[] }[] {
  const byBaseline = new Map<number, Drawn[]>();
  for (const piece of drawn) byBaseline.set(piece.baseline, [...(byBaseline.get(piece.baseline) ?? []), piece]);
  return [...byBaseline.values()].map((pieces) => {
    const sorted = [...pieces].sort((a, b) => a.x - b.x);
    return { text: sorted.map((p) => (hasRtlLetter(p.text) ? Array.from(p.text).reverse().join("") : p.text)).join(""), pieces: sorted };
  });
}

const lineWith = (drawn: Drawn[], part: string) => lines(drawn).find((line) => line.text.includes(part));
const reversed = (text: string) => Array.from(text).reverse().join("");
const persian = sampleLabel(0, "fa");
const withRecipient = (label: LabelData, recipient: Partial<LabelData["recipient"]>): LabelData => ({ ...label, recipient: { ...label.recipient, ...recipient } });

describe("label text as the post reads it", () => {
  it("lays a Persian address out right to left on an English label, by its first strong letter", () => {
    const address = "کوچه ۳، روبروی مدرسه (Sample 12B)، پلاک ۱";
    const label = withRecipient({ ...sampleLabel(1, "vi"), locale: "en" }, { addressLines: ["Ha Noi", address] });
    const line = lineWith(draw(label), "Sample 12B");
    expect(line?.text).toBe(visualString(freeText(address), "rtl"));
    // read right to left: the bracketed Latin sits between the house number (left) and the street (right)
    expect(line?.text.indexOf("Sample 12B")).toBeGreaterThan(line?.text.indexOf("۱") ?? Infinity);
    expect(line?.text.endsWith(reversed("کوچه"))).toBe(true);
    // and aligned to the right edge of the box, not the left
    expect(line?.pieces[0]?.x).toBeGreaterThan(60);
  });

  it("keeps the groups of phone numbers and postal codes typed in Persian text in order", () => {
    const label = withRecipient(persian, { addressLines: ["روستای ماسوله", "تلفن همراه 0912-345-6789 کد ۹۷۱۶۸-۱۳۴۵۶"] });
    const line = lineWith(draw(label), "0912");
    expect(line?.text).toContain("0912-345-6789");
    expect(line?.text).toContain("۹۷۱۶۸-۱۳۴۵۶");
  });

  it("prints codes typed with Arabic-Indic digits in order, in the market's digits", () => {
    const fa = lineWith(draw(withRecipient(persian, { postalCode: "٩٧١٦٨١٣٤٥٦" })), "۹۷");
    expect(fa?.text).toContain("۹۷۱۶۸۱۳۴۵۶");
    const en = lineWith(draw(withRecipient({ ...persian, locale: "en" }, { postalCode: "٩٧١٦٨١٣٤٥٦" })), "97");
    expect(en?.text).toContain("9716813456");
    // the phone number keeps its plus sign in front
    expect(lineWith(draw(persian), "۹۱۲")?.text).toContain("+۹۸ ۹۱۲ ۰۰۰ ۰۰۰۱");
  });

  it("prints Arabic ي and ك as the Persian letters", () => {
    const drawn = draw(withRecipient(persian, { name: "علي كريمي" }));
    const texts = drawn.map((piece) => piece.text).join("");
    expect(texts).toContain("علی کریمی");
    expect(texts).not.toMatch(/[يك]/);
  });

  it("ignores bidi overrides already stored in a name", () => {
    const drawn = draw(withRecipient({ ...sampleLabel(2, "vi") }, { name: "Ali\u202etxt.exe" }));
    expect(lineWith(drawn, "Ali")?.text).toBe("Alitxt.exe");
  });

  it("breaks Chinese text between characters onto free rows, at full size and without cutting it", () => {
    const long = "贵州省黔南布依族苗族自治州惠水县和平镇新民村大寨组一百二十三号附近的小卖部旁边再往前走五十米";
    const label = withRecipient(sampleLabel(1, "zh"), { addressLines: ["贵州省惠水县和平镇", long] });
    const rows = lines(draw(label)).filter((line) => line.pieces.every((p) => p.size === 10) && /[\u4e00-\u9fff]/.test(line.text) && !line.text.includes(":"));
    const joined = rows.map((row) => row.text).join("");
    expect(joined).toContain(long);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(joined).not.toContain("…");
  });

  it("prints rare Chinese characters in the fallback font, and a code point where no font has one", () => {
    const drawn = draw(withRecipient(sampleLabel(1, "zh"), { name: "王𡈽𠀀" }));
    expect(drawn.find((p) => p.text.includes("𡈽"))?.face).toMatch(/^unifontex/);
    expect(drawn.some((p) => p.text.includes("[U+20000]"))).toBe(true);
  });

  it("makes the postal code and the place the largest text after the cash to collect, the name smaller", () => {
    const drawn = draw(persian);
    const size = (part: string) => Math.max(...drawn.filter((p) => p.text.includes(part)).map((p) => p.size));
    const postcode = size("۱۰۰۰۰۰۰۰۰۰");
    const place = size("ماسوله");
    const name = size(persian.recipient.name.split(" ")[0] ?? "");
    expect(postcode).toBeGreaterThan(name);
    expect(place).toBeGreaterThanOrEqual(name);
    expect(drawn.filter((p) => p.text.includes("ماسوله")).every((p) => p.face.endsWith("bold"))).toBe(true);
  });

  it("prints the landmark once", () => {
    const drawn = draw(persian);
    const landmark = persian.recipient.addressLines[2] ?? "";
    const all = lines(drawn).map((line) => line.text).join("\n");
    expect(all.split(visualString(freeText(landmark), "rtl")).length - 1).toBe(1);
  });
});

describe("direction in the pixels", () => {
  const OUT = path.join(process.cwd(), "test-results", "labels");

  /** Columns of the rendered page that have ink between two baselines (pt), from a PGM rendering. */
  async function inkColumns(label: LabelData, top: number, bottom: number): Promise<{ first: number; last: number; width: number }> {
    mkdirSync(OUT, { recursive: true });
    const parts: Uint8Array[] = [];
    const reader = labelsPdfStream([label], { size: "a6" }).getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) parts.push(next.value);
    const file = path.join(OUT, "direction.pdf");
    writeFileSync(file, Buffer.concat(parts));
    const dpi = 72;
    execFileSync("pdftoppm", ["-gray", "-r", String(dpi), "-singlefile", file, path.join(OUT, "direction")]);
    const pgm = readFileSync(path.join(OUT, "direction.pgm"));
    const header = pgm.toString("latin1", 0, 40).match(/^P5\s+(\d+)\s+(\d+)\s+255\s/);
    const width = Number(header?.[1]);
    const offset = header?.[0].length ?? 0;
    let first = width;
    let last = -1;
    for (let y = Math.round(top); y < Math.round(bottom); y++) {
      for (let x = 14; x < width - 14; x++) {
        if ((pgm[offset + y * width + x] ?? 255) < 128) {
          first = Math.min(first, x);
          last = Math.max(last, x);
        }
      }
    }
    return { first, last, width };
  }

  it("sets a short Persian line on an English label against the right edge of the box", async () => {
    const label = withRecipient({ ...sampleLabel(1, "vi"), locale: "en" }, { name: "Le Ngoc Anh", addressLines: ["روستای ماسوله"] });
    // the first address row: its baseline sits 43 pt below the box's top (75 pt)
    const ink = await inkColumns(label, 106, 120);
    expect(ink.last).toBeGreaterThan(ink.width - 30);
    expect(ink.first).toBeGreaterThan(ink.width / 2);
    expect(LABEL_PAGE.a6.width).toBeCloseTo(ink.width, -1);
  });
});
