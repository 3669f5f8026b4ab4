import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { inflateSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { code128Bars } from "./barcode";
import { labelTexts, validateLabel, type LabelData, type LabelLocale } from "./label-data";
import { LABEL_PAGE, labelsPdfStream, type LabelSize } from "./pdf";
import { sampleLabel } from "./samples";

const OUT = path.join(process.cwd(), "test-results", "labels");

async function collect(stream: ReadableStream<Uint8Array>): Promise<{ bytes: Buffer; chunks: number }> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) parts.push(next.value);
  return { bytes: Buffer.concat(parts), chunks: parts.length };
}

/** Writes the labels to test-results/labels/NAME.pdf and PNG pages beside it (for a person to look at). */
async function render(name: string, labels: LabelData[], size: LabelSize): Promise<string> {
  const { bytes } = await collect(labelsPdfStream(labels, { size }));
  const file = path.join(OUT, `${name}.pdf`);
  writeFileSync(file, bytes);
  execFileSync("pdftoppm", ["-png", "-r", "100", file, path.join(OUT, name)]);
  return file;
}

const run = (tool: string, file: string, ...args: string[]) => execFileSync(tool, [...args, file], { encoding: "utf8" });
/** pdftotext output without the bidi marks it adds around right-to-left text, spaces collapsed. */
const textOf = (file: string) => execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/[\u200e\u200f\u202a-\u202e]/g, "").replace(/\s+/g, " ");
const normal = (text: string) => text.replace(/\s+/g, " ");

function pageSizes(file: string): string[] {
  return run("pdfinfo", file, "-f", "1", "-l", "999")
    .split("\n")
    .filter((line) => /^Page\s+\d+ size:/.test(line))
    .map((line) => line.replace(/^Page\s+\d+ size:\s+/, ""));
}

/** The Code 128 bars drawn in each page's content: module positions and widths, decompressed from the PDF. */
function drawnBarcodes(pdf: Buffer): { x: number; width: number }[][] {
  const symbols: { x: number; width: number }[][] = [];
  const raw = pdf.toString("latin1");
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf("endstream", start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString("latin1");
    } catch {
      continue;
    }
    for (const block of content.matchAll(/q [\d.]+ 0 0 1 [\d.]+ [\d.]+ cm 0 g\n((?:\d+ 0 \d+ [\d.]+ re\n)+)f Q/g)) {
      symbols.push(Array.from((block[1] ?? "").matchAll(/(\d+) 0 (\d+) [\d.]+ re/g), (bar) => ({ x: Number(bar[1]), width: Number(bar[2]) })));
    }
  }
  return symbols;
}

const LOCALES: LabelLocale[] = ["fa", "zh", "vi", "en"];
const withCod = (locale: LabelLocale) => {
  for (let i = 0; ; i++) {
    const label = sampleLabel(i, locale === "en" ? "fa" : locale);
    if (label.cashOnDelivery) return { ...label, locale };
  }
};
const withoutCod = (locale: LabelLocale) => {
  for (let i = 0; ; i++) {
    const label = sampleLabel(i, locale === "en" ? "vi" : locale);
    if (!label.cashOnDelivery) return { ...label, locale };
  }
};

beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
});

describe.each(["a6", "4x6"] as const)("PDF labels, %s", (size) => {
  const expected = size === "a6" ? "297.638 x 419.528 pts" : "288 x 432 pts";

  it.each(LOCALES)("prints a %s label with and without cash on delivery", async (locale) => {
    const labels = [withCod(locale), withoutCod(locale)];
    const file = await render(`${size}-${locale}`, labels, size);
    expect(pageSizes(file)).toEqual([expected, expected]);
    expect(LABEL_PAGE[size].width).toBeCloseTo(Number(expected.split(" ")[0]), 2);

    const text = textOf(file);
    for (const label of labels) {
      expect(text).toContain(label.trackingNumber);
      expect(text).toContain(label.orderNumber);
    }
    const cod = labelTexts(labels[0]!).cod ?? "";
    if (locale === "fa") {
      // Persian: the amount's digits and the word toman, names in logical order
      expect(text).toContain(cod.replace(/ تومان$/, ""));
      expect(text).toContain("تومان");
      expect(text).toContain(labels[0]!.recipient.name);
    } else {
      expect(text).toContain(normal(cod));
      expect(text).toContain(labels[0]!.recipient.name);
      expect(text).toContain(labels[1]!.recipient.name);
    }

    // every font embedded as a subset
    const fonts = run("pdffonts", file).trim().split("\n").slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const row of fonts) expect(row).toMatch(/^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);

    // the bars drawn are the tracking number's Code 128 symbol
    const drawn = drawnBarcodes(readFileSync(file));
    expect(drawn).toEqual(labels.map((label) => code128Bars(label.trackingNumber).bars));
  });
});

describe("label content", () => {
  it("keeps Chinese and Vietnamese names with every diacritic, and the Chinese font small as a subset", async () => {
    const zh = { ...sampleLabel(1, "zh"), recipient: { ...sampleLabel(1, "zh").recipient, name: "欧阳娜娜" } };
    const vi = { ...sampleLabel(2, "vi"), recipient: { ...sampleLabel(2, "vi").recipient, name: "Đặng Thị Ằ Ẩ Ẫ Ệ Ộ Ờ Ữ Ỹ đ" } };
    const file = await render("names", [zh, vi], "a6");
    const text = textOf(file);
    expect(text).toContain("欧阳娜娜");
    expect(text).toContain("Đặng Thị Ằ Ẩ Ẫ Ệ Ộ Ờ Ữ Ỹ đ");
    expect(statSync(file).size).toBeLessThan(100_000); // Noto Sans SC alone is 10 MB
  });

  it("wraps a long address onto free rows and cuts what still overflows with an ellipsis", async () => {
    const long = "Số 12 ngõ 34 phố Huỳnh Thúc Kháng, phường Láng Hạ, quận Đống Đa, thành phố Hà Nội, Việt Nam, gần chợ";
    const base = sampleLabel(2, "vi");
    const wrapped = textOf(await render("wrap", [{ ...base, recipient: { ...base.recipient, addressLines: [long] } }], "a6"));
    expect(wrapped).toContain("Số 12 ngõ 34 phố");
    expect(wrapped).toContain("gần chợ");
    expect(wrapped).not.toContain("…");

    const name = `Nguyễn Thị Hằng ${"Phạm Quỳnh Hương ".repeat(8)}Cuối`;
    const crowded = { ...base, recipient: { ...base.recipient, name, addressLines: Array.from({ length: 9 }, (_, i) => `${long} ${i}`) } };
    const cut = textOf(await render("overflow", [crowded], "a6"));
    expect(cut).toContain("Nguyễn Thị Hằng");
    expect(cut).toContain("…");
    expect(cut).not.toContain("Cuối");
    expect(cut).not.toContain(`${long} 8`);
  });

  it("refuses an invalid tracking number, weight or amount with a RangeError", async () => {
    const good = sampleLabel(0);
    expect(() => validateLabel({ ...good, trackingNumber: "CP100000004IR" })).toThrow(RangeError); // wrong check digit
    expect(() => validateLabel({ ...good, trackingNumber: "cp100000003ir" })).toThrow(RangeError);
    expect(() => validateLabel({ ...good, weightGrams: 0 })).toThrow(RangeError);
    expect(() => validateLabel({ ...good, weightGrams: Number.NaN })).toThrow(RangeError);
    expect(() => validateLabel({ ...good, cashOnDelivery: { amountMinor: 12.5, currency: "CNY" } })).toThrow(RangeError);
    expect(() => validateLabel({ ...good, cashOnDelivery: { amountMinor: -100, currency: "IRR" } })).toThrow(RangeError);
    await expect(collect(labelsPdfStream([good, { ...good, trackingNumber: "XX123" }], { size: "a6" }))).rejects.toThrow(RangeError);
  });

  it("streams a batch of 300 labels in many chunks, one page each", { timeout: 60_000 }, async () => {
    const labels = Array.from({ length: 300 }, (_, i) => sampleLabel(i));
    async function* slowly() {
      for (const label of labels) yield label;
    }
    const { bytes, chunks } = await collect(labelsPdfStream(slowly(), { size: "4x6" }));
    expect(chunks).toBeGreaterThan(5);
    const file = path.join(OUT, "batch-300.pdf");
    writeFileSync(file, bytes);
    expect(run("pdfinfo", file)).toMatch(/Pages:\s+300\n/);
    const text = textOf(file);
    for (const label of [labels[0]!, labels[150]!, labels[299]!]) expect(text).toContain(label.trackingNumber);
  });
});
