import { describe, expect, it } from "vitest";
import { labelTexts } from "./label-data";
import { sampleLabel } from "./samples";
import { labelsZplStream, labelZpl, labelZplWithCuts, zplField } from "./zpl";

async function text(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number }> {
  const decoder = new TextDecoder();
  let out = "";
  let chunks = 0;
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    out += decoder.decode(next.value, { stream: true });
    chunks++;
  }
  return { text: out + decoder.decode(), chunks };
}

/** Field data as the printer reads it after ^FH_ (hex escapes back to characters). */
const unescape = (data: string) => data.replace(/_([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
const fields = (zpl: string) => Array.from(zpl.matchAll(/\^FD(.*?)\^FS/g), (m) => unescape(m[1] ?? ""));

describe("ZPL labels", () => {
  it("is one ^XA…^XZ format in UTF-8 with advanced layout and the TrueType font", () => {
    const zpl = labelZpl(sampleLabel(0));
    // Persian in Vazirmatn, the others in Noto Sans SC: the fonts the widths are measured with
    expect(zpl.startsWith("^XA\n^CI28\n^PA0,1,1,0\n^CWZ,E:VAZIRMTN.TTF\n")).toBe(true);
    expect(labelZpl(sampleLabel(1))).toContain("^CWZ,E:NOTOSCR.TTF\n");
    expect(zpl.trimEnd().endsWith("^XZ")).toBe(true);
    expect(zpl.match(/\^XA/g)).toHaveLength(1);
    expect(zpl).toContain("^PW812");
    expect(labelZpl(sampleLabel(0), { font: "R:NOTOSANS.TTF" })).toContain("^CWZ,R:NOTOSANS.TTF");
    expect(() => labelZpl(sampleLabel(0), { font: "E:X.TTF^XZ" })).toThrow(RangeError);
  });

  it("has the tracking number as Code 128 and tracking plus order in the QR code", () => {
    const label = sampleLabel(4);
    const zpl = labelZpl(label);
    expect(zpl).toMatch(new RegExp(`\\^BCN,\\d+,N,N,N,A\\^FD${label.trackingNumber}\\^FS`));
    expect(zpl).toContain(`^BQN,2,6^FH_^FDMA,${label.trackingNumber}/${label.orderNumber}^FS`);
    expect(fields(zpl)).toContain(label.trackingNumber);
  });

  it("sends Persian, Chinese and Vietnamese text as UTF-8 in logical order", () => {
    const fa = sampleLabel(0, "fa");
    const faFields = fields(labelZpl(fa));
    expect(faFields).toContain(fa.recipient.name);
    expect(faFields).toContain(fa.recipient.addressLines[1]);
    expect(fa.recipient.addressLines[1]).toMatch(/^کوچه ۳، روبروی مدرسه \(Sample 12B\)/);
    expect(faFields).toContain(labelTexts(fa).cod);
    expect(faFields).toContain(fa.recipient.phone); // a field of its own, beside the Persian word
    expect(labelZpl(fa)).toMatch(/\^FB\d+,1,\d+,R,0\^FH_\^FDگیرنده\^FS/); // right-aligned

    const zh = sampleLabel(1, "zh");
    expect(fields(labelZpl(zh))).toContain(zh.recipient.name);
    expect(fields(labelZpl(zh))).toContain("收件人");

    const vi = { ...sampleLabel(2, "vi"), recipient: { ...sampleLabel(2, "vi").recipient, name: "Đặng Thị Ằ Ẩ Ẫ Ệ Ộ Ờ Ữ Ỹ đ" } };
    const viZpl = labelZpl(vi);
    expect(fields(viZpl)).toContain("Đặng Thị Ằ Ẩ Ẫ Ệ Ộ Ờ Ữ Ỹ đ");
  });

  it("escapes ^ and ~ in field data so a name cannot end the label or send a command", () => {
    expect(zplField("Ali ^XZ~JA_x")).toBe("Ali _5EXZ_7EJA_5Fx");
    const label = { ...sampleLabel(3, "en"), recipient: { ...sampleLabel(3, "en").recipient, name: "Mal^XZ^XA~JR_ory" }, orderNumber: "VP-^FS-1" };
    const zpl = labelZpl(label);
    expect(zpl.match(/\^XA/g)).toHaveLength(1);
    expect(zpl.match(/\^XZ/g)).toHaveLength(1);
    expect(zpl).not.toContain("~JR");
    // every field is hex-escaped and reads back as it was
    expect(fields(zpl)).toContain("Mal^XZ^XA~JR_ory");
    expect(zpl).toContain("^FDMA,");
    expect(fields(zpl).some((field) => field.includes("VP-^FS-1"))).toBe(true);
    for (const line of zpl.split("\n").filter((l) => l.includes("^FD") && !l.includes("^BC"))) expect(line).toContain("^FH_^FD");
  });

  it("wraps a long address over the free rows of the box with ^FB instead of cutting it", () => {
    const long = "Số 12 ngõ 34 phố Huỳnh Thúc Kháng, phường Láng Hạ, quận Đống Đa, thành phố Hà Nội, gần chợ";
    const label = { ...sampleLabel(2, "vi"), recipient: { ...sampleLabel(2, "vi").recipient, addressLines: ["Quận Đống Đa, Hà Nội", long] } };
    const field = labelZpl(label).split("\n").find((line) => line.includes("Số 12"));
    expect(field).toMatch(/\^FB\d+,[2-9],/); // more than one row
    const rows = unescape(field!.match(/\^FD(.*)\^FS/)![1]!).split("\\&");
    expect(rows.join(" ")).toBe(long);
    expect(field).not.toContain("...");
  });

  it("cuts no field of 50 mixed labels (house numbers, service names and route days whole)", () => {
    const cuts = Array.from({ length: 50 }, (_, i) => labelZplWithCuts(sampleLabel(i)).cuts);
    expect(cuts.reduce((a, b) => a + b, 0)).toBe(0);
    const express = labelZpl({ ...sampleLabel(2, "vi"), service: "express" });
    expect(fields(express)).toContain("Chuyển phát nhanh");
  });

  it("escapes a backslash so that \\& in the data is not a line break", () => {
    expect(zplField("A\\&B")).toBe("A_5C&B");
    const label = { ...sampleLabel(2, "vi"), recipient: { ...sampleLabel(2, "vi").recipient, name: "Lê \\& Ngọc" } };
    const zpl = labelZpl(label);
    expect(zpl).toContain("Lê _5C& Ngọc");
    expect(fields(zpl)).toContain("Lê \\& Ngọc");
  });

  it("refuses an invalid label with a RangeError", () => {
    expect(() => labelZpl({ ...sampleLabel(0), trackingNumber: "CP100000000IR" })).toThrow(RangeError);
    expect(() => labelZpl({ ...sampleLabel(0), weightGrams: -1 })).toThrow(RangeError);
  });

  it("streams a batch, one format per label", async () => {
    const labels = Array.from({ length: 230 }, (_, i) => sampleLabel(i));
    const { text: zpl, chunks } = await text(labelsZplStream(labels));
    expect(chunks).toBeGreaterThan(3);
    expect(zpl.match(/\^XA/g)).toHaveLength(230);
    expect(zpl.match(/\^XZ/g)).toHaveLength(230);
    expect(zpl).toBe(labels.map((label) => labelZpl(label)).join("")); // UTF-8 bytes decode to the same text
  });
});
