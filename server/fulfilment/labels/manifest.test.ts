import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { manifestPages, manifestPdfStream } from "./manifest";
import { manifestCsv, manifestTotals, type ManifestData } from "./manifest-data";
import { sampleLabel } from "./samples";

// drawing and rendering pages takes seconds on a busy machine
vi.setConfig({ testTimeout: 60_000 });

const OUT = path.join(process.cwd(), "test-results", "labels");

function manifest(count: number, locale: ManifestData["locale"] = "fa"): ManifestData {
  return {
    number: "MF-7K3Q-9XD2",
    locale,
    shop: { name: "عسل طبیعی کوهپایه", village: "روستای ابیانه، نطنز، اصفهان", phone: "+98 913 000 0001" },
    handover: { kind: "collection", date: "2026-11-23", window: "09:00–12:00" },
    createdAt: new Date("2026-11-22T08:00:00Z"),
    shipments: Array.from({ length: count }, (_, i) => {
      const label = sampleLabel(i * 3, locale === "en" ? "fa" : locale);
      return {
        trackingNumber: label.trackingNumber,
        orderNumber: label.orderNumber,
        recipientName: label.recipient.name,
        destination: label.recipient.addressLines[1] ?? "",
        weightGrams: label.weightGrams,
        codAmountMinor: label.cashOnDelivery?.amountMinor ?? 0,
        currency: label.cashOnDelivery?.currency ?? "IRR",
      };
    }),
  };
}

/** A minimal RFC 4180 reader, to check the CSV round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

async function pdf(data: ManifestData, name: string): Promise<string> {
  const parts: Uint8Array[] = [];
  const reader = manifestPdfStream(data).getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) parts.push(next.value);
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `${name}.pdf`);
  writeFileSync(file, Buffer.concat(parts));
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "2", file, path.join(OUT, name)]);
  return file;
}
const textOf = (file: string) => execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });

describe("manifest CSV", () => {
  it("starts with a byte order mark and a header row, CRLF line ends", () => {
    const csv = manifestCsv(manifest(3, "en"));
    expect(csv.startsWith("\uFEFF#,Tracking number,Order,Recipient,Destination,Weight (g),COD,currency\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("quotes commas, quotes and line breaks (RFC 4180) and defuses formulas", () => {
    const data = manifest(1, "en");
    data.shipments[0] = { ...data.shipments[0]!, recipientName: 'Reza "the beekeeper", Karimi', destination: "Masuleh,\nGilan", orderNumber: "=HYPERLINK(1)" };
    const csv = manifestCsv(data);
    expect(csv).toContain('"Reza ""the beekeeper"", Karimi"');
    expect(csv).toContain('"Masuleh,\nGilan"');
    const rows = parseCsv(csv.slice(1));
    expect(rows[1]?.slice(2, 5)).toEqual(["'=HYPERLINK(1)", 'Reza "the beekeeper", Karimi', "Masuleh,\nGilan"]);
    expect(new Set(rows.map((row) => row.length))).toEqual(new Set([8]));
  });

  it("defuses formulas hidden behind bidi controls, invisible characters or full-width signs", () => {
    for (const hidden of ["\u202E=cmd|' /C calc'!A0", "\u200F=1+1", " \u2066=SUM(A1)", "＝HYPERLINK(1)", "\uFEFF+1", "\u00a0@SUM(1)"]) {
      const data = manifest(1, "en");
      data.shipments[0] = { ...data.shipments[0]!, recipientName: hidden };
      const rows = parseCsv(manifestCsv(data).slice(1));
      expect(rows[1]?.[3], JSON.stringify(hidden)).toBe(`'${hidden}`);
    }
  });

  it("keeps Persian and Chinese as UTF-8 and ends with the totals", () => {
    const data = manifest(10, "fa");
    const csv = manifestCsv(data);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]?.[0]).toBe("ردیف");
    expect(rows[1]?.[3]).toBe(data.shipments[0]?.recipientName);
    const totals = manifestTotals(data);
    expect(totals.parcels).toBe(10);
    expect(totals.weightGrams).toBe(data.shipments.reduce((sum, s) => sum + s.weightGrams, 0));
    expect(rows).toContainEqual(["جمع: تعداد مرسوله", "10", "", "", "", "", "", ""]);
    expect(rows).toContainEqual(["جمع: وزن کل (g)", "", "", "", "", String(totals.weightGrams), "", ""]);
    const irr = totals.cod.find((c) => c.currency === "IRR");
    expect(irr?.amountMinor).toBe(data.shipments.reduce((sum, s) => sum + s.codAmountMinor, 0));
    expect(rows).toContainEqual(["جمع: مبلغ قابل وصول", "", "", "", "", "", String(irr?.amountMinor), "IRR"]);
    expect(manifestCsv(manifest(2, "zh"))).toContain("运单号");
  });

  it("totals cash to collect per currency", () => {
    const data = manifest(2, "en");
    data.shipments.push({ ...data.shipments[0]!, trackingNumber: "CP100000017CN", codAmountMinor: 12_800, currency: "CNY" });
    data.shipments.push({ ...data.shipments[0]!, trackingNumber: "CP100000020CN", codAmountMinor: 200, currency: "CNY" });
    const cny = manifestTotals(data).cod.find((c) => c.currency === "CNY");
    expect(cny?.amountMinor).toBe(13_000);
    expect(manifestCsv(data)).toContain(",130.00,CNY\r\n");
  });

  it("refuses a bad manifest with a RangeError", () => {
    expect(() => manifestCsv({ ...manifest(1), number: "mf 1" })).toThrow(RangeError);
    expect(() => manifestCsv({ ...manifest(1), handover: { kind: "drop_off", date: "23/11/2026" } })).toThrow(RangeError);
    const bad = manifest(1);
    bad.shipments[0] = { ...bad.shipments[0]!, weightGrams: 0 };
    expect(() => manifestCsv(bad)).toThrow(RangeError);
  });
});

describe("manifest PDF", () => {
  it("lists every parcel under the manifest number, over several pages for 120 rows", async () => {
    const data = manifest(120, "fa");
    const file = await pdf(data, "manifest-fa-120");
    const pages = manifestPages(120);
    expect(pages.reduce((sum, rows) => sum + rows, 0)).toBe(120);
    expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(new RegExp(`Pages:\\s+${pages.length}\\n`));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(/Page size:\s+595\.28 x 841\.89 pts/);
    const text = textOf(file);
    expect(text.split("MF-7K3Q-9XD2").length - 1).toBeGreaterThanOrEqual(pages.length * 2); // number and footer on each page
    for (const s of data.shipments) expect(text).toContain(s.trackingNumber);
  });

  it("prints the Chinese and Vietnamese manifests with their words", async () => {
    const zh = textOf(await pdf(manifest(5, "zh"), "manifest-zh"));
    expect(zh).toContain("交寄清单");
    expect(zh).toContain("邮局营业员");
    const vi = textOf(await pdf(manifest(5, "vi"), "manifest-vi"));
    expect(vi).toContain("Bảng kê giao bưu gửi");
    expect(vi).toContain("Giao dịch viên bưu điện");
  });
});
