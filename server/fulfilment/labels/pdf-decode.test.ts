/**
 * PDF labels rasterised by poppler (pdftoppm) and their barcodes read back
 * from the pixels with ZXing: the Code 128 encoding and the QR mask the
 * renderer picks must scan as the tracking number and order.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BarcodeFormat, BinaryBitmap, DecodeHintType, HybridBinarizer, MultiFormatReader, RGBLuminanceSource } from "@zxing/library";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { renderLabelPart } from "./pdf";
import { DOCUMENT_INFO, FIRST_PART_OBJECT, LABELS_INFO, PdfAssembler } from "./pdf-objects";
import { sampleLabel } from "./samples";

const OUT = path.join(process.cwd(), "test-results", "labels");

async function decode(png: Buffer, format: BarcodeFormat): Promise<string> {
  const { data, info } = await sharp(png).flatten({ background: "#ffffff" }).greyscale().raw().toBuffer({ resolveWithObject: true });
  const reader = new MultiFormatReader();
  reader.setHints(new Map<DecodeHintType, unknown>([[DecodeHintType.POSSIBLE_FORMATS, [format]], [DecodeHintType.TRY_HARDER, true]]));
  return reader.decodeWithState(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(new Uint8ClampedArray(data), info.width, info.height)))).getText();
}

describe("PDF labels rendered to PNG", () => {
  it("print Code 128 and QR codes that read back as the tracking number and order", async () => {
    mkdirSync(OUT, { recursive: true });
    const labels = Array.from({ length: 12 }, (_, i) => sampleLabel(i * 7919));
    const assembler = new PdfAssembler();
    const pdf = Buffer.concat([assembler.start({ ...DOCUMENT_INFO, ...LABELS_INFO }), assembler.add(renderLabelPart(labels, "a6", FIRST_PART_OBJECT)), assembler.end()]);
    const file = path.join(OUT, "decode.pdf");
    writeFileSync(file, pdf);
    execFileSync("pdftoppm", ["-png", "-r", "200", file, path.join(OUT, "decode")]);
    for (const [i, label] of labels.entries()) {
      const png = readFileSync(path.join(OUT, `decode-${String(i + 1).padStart(2, "0")}.png`));
      const height = (await sharp(png).metadata()).height ?? 0;
      // the barcode fills the bottom of the page, the QR code sits above it
      const bottom = await sharp(png).extract({ left: 0, top: Math.round(height * 0.8), width: (await sharp(png).metadata()).width ?? 0, height: height - Math.round(height * 0.8) }).png().toBuffer();
      expect(await decode(bottom, BarcodeFormat.CODE_128), `label ${i}`).toBe(label.trackingNumber);
      expect(await decode(png, BarcodeFormat.QR_CODE), `label ${i}`).toBe(`${label.trackingNumber}/${label.orderNumber}`);
    }
  }, 120_000);
});
