/**
 * ZPL labels rendered to PNG by a ZPL renderer (zpl-renderer-js, a build of
 * Zebrash) at 203 dpi, and their barcodes read back from the pixels with ZXing.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BarcodeFormat, BinaryBitmap, DecodeHintType, HybridBinarizer, MultiFormatReader, RGBLuminanceSource } from "@zxing/library";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { ready } from "zpl-renderer-js";
import { sampleLabel } from "./samples";
import { labelZpl } from "./zpl";

const OUT = path.join(process.cwd(), "test-results", "labels");

/** Reads one barcode of the format from a region of the image. */
async function decode(png: Buffer, format: BarcodeFormat, region: { left: number; top: number; width: number; height: number }): Promise<string> {
  const { data, info } = await sharp(png).extract(region).extend({ top: 20, bottom: 20, left: 20, right: 20, background: "#ffffff" }).flatten({ background: "#ffffff" }).greyscale().raw().toBuffer({ resolveWithObject: true });
  const luminance = new Uint8ClampedArray(data);
  const source = new RGBLuminanceSource(luminance, info.width, info.height);
  const reader = new MultiFormatReader();
  reader.setHints(new Map<DecodeHintType, unknown>([[DecodeHintType.POSSIBLE_FORMATS, [format]], [DecodeHintType.TRY_HARDER, true]]));
  return reader.decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
}

describe("ZPL rendered to PNG", () => {
  it("prints Code 128 and QR codes that read back as the tracking number and order", async () => {
    const { api } = await ready;
    mkdirSync(OUT, { recursive: true });
    for (const [i, locale] of [[0, "fa"], [1, "zh"], [2, "vi"]] as const) {
      const label = sampleLabel(i * 3 + i, locale);
      const png = Buffer.from(await api.zplToBase64Async(labelZpl(label), 101.6, 152.4, 8), "base64");
      writeFileSync(path.join(OUT, `zpl-${locale}.png`), png);
      const meta = await sharp(png).metadata();
      expect(meta.width).toBeGreaterThanOrEqual(812); // 101.6 mm at 8 dots a millimetre
      // the barcode below y = 990, the QR code at y = 780 on the reading-start side
      expect(await decode(png, BarcodeFormat.CODE_128, { left: 0, top: 980, width: 812, height: 170 })).toBe(label.trackingNumber);
      const qrLeft = locale === "fa" ? 0 : 812 - 260;
      expect(await decode(png, BarcodeFormat.QR_CODE, { left: qrLeft, top: 770, width: 260, height: 200 })).toBe(`${label.trackingNumber}/${label.orderNumber}`);
    }
  }, 120_000);
});
