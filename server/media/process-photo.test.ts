import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import {
  MAX_PHOTO_BYTES,
  MAX_PHOTO_PIXELS,
  PHOTO_SIZES,
  PhotoError,
  processPhoto,
  type PhotoErrorReason,
} from "./process-photo";

const FAKE_GPS = {
  GPSLatitudeRef: "N",
  GPSLatitude: "35/1 41/1 22/1",
  GPSLongitudeRef: "E",
  GPSLongitude: "51/1 25/1 44/1",
};

/** A landscape photo, left half red and right half blue, so the crop and rotation can be seen. */
async function twoToneJpeg(width: number, height: number, orientation?: number): Promise<Buffer> {
  const half = Math.floor(width / 2);
  const pipeline = sharp({ create: { width, height, channels: 3, background: "#ff0000" } })
    .composite([
      {
        input: { create: { width: width - half, height, channels: 3, background: "#0000ff" } },
        left: half,
        top: 0,
      },
    ])
    .jpeg({ quality: 90 });
  if (orientation === undefined) return pipeline.toBuffer();
  return pipeline
    .withMetadata({ orientation, exif: { IFD0: { Make: "CheapPhone" }, IFD3: FAKE_GPS } })
    .toBuffer();
}

function isWebp(b: Buffer): boolean {
  return b.toString("latin1", 0, 4) === "RIFF" && b.toString("latin1", 8, 12) === "WEBP";
}

/** True when an EXIF block contains the GPSInfo pointer tag (0x8825), in either byte order. */
function hasGpsPointer(exif: Buffer): boolean {
  return exif.includes(Buffer.from([0x25, 0x88])) || exif.includes(Buffer.from([0x88, 0x25]));
}

async function rejection(input: Buffer): Promise<PhotoError> {
  const err: unknown = await processPhoto(input).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PhotoError);
  return err as PhotoError;
}

async function expectReason(input: Buffer, reason: PhotoErrorReason): Promise<void> {
  expect((await rejection(input)).reason).toBe(reason);
}

async function pixel(image: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i] ?? -1, data[i + 1] ?? -1, data[i + 2] ?? -1];
}

describe("processPhoto", () => {
  let rotatedJpeg: Buffer;
  beforeAll(async () => {
    rotatedJpeg = await twoToneJpeg(1200, 900, 6);
  });

  it("test input carries orientation 6 and GPS EXIF", async () => {
    const meta = await sharp(rotatedJpeg).metadata();
    expect(meta).toMatchObject({ format: "jpeg", width: 1200, height: 900, orientation: 6 });
    expect(meta.exif && hasGpsPointer(meta.exif)).toBe(true);
  });

  it("returns square WebP variants at PHOTO_SIZES with the upright source size", async () => {
    const photo = await processPhoto(rotatedJpeg);
    expect(photo.width).toBe(900);
    expect(photo.height).toBe(1200);
    expect(photo.variants.map((v) => v.size)).toEqual([...PHOTO_SIZES]);
    for (const v of photo.variants) {
      expect(isWebp(v.buffer)).toBe(true);
      expect([v.width, v.height]).toEqual([v.size, v.size]);
      const meta = await sharp(v.buffer).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(["webp", v.size, v.size]);
    }
  });

  it("strips all metadata, GPS included", async () => {
    const photo = await processPhoto(rotatedJpeg);
    for (const v of photo.variants) {
      const meta = await sharp(v.buffer).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.iptc).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(v.buffer.includes("Exif")).toBe(false);
      expect(v.buffer.includes("CheapPhone")).toBe(false);
    }
  });

  it("applies the EXIF rotation before cropping the centre square", async () => {
    // red|blue landscape turned 90° clockwise is red-over-blue portrait
    const [large] = (await processPhoto(rotatedJpeg)).variants;
    const img = large!.buffer;
    const [top, bottom] = [await pixel(img, 400, 80), await pixel(img, 400, 720)];
    expect(top[0]).toBeGreaterThan(200);
    expect(top[2]).toBeLessThan(60);
    expect(bottom[0]).toBeLessThan(60);
    expect(bottom[2]).toBeGreaterThan(200);
    // a centre crop of the unrotated landscape would be red left, blue right instead
    const [left, right] = [await pixel(img, 80, 100), await pixel(img, 720, 100)];
    expect(left[0]).toBeGreaterThan(200);
    expect(right[0]).toBeGreaterThan(200);
  });

  it("does not upscale beyond the source's short side", async () => {
    const tiny = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#0f0" } })
      .png()
      .toBuffer();
    const wide = await sharp({ create: { width: 600, height: 300, channels: 4, background: "#0f08" } })
      .png()
      .toBuffer();
    const [a, b] = [await processPhoto(tiny), await processPhoto(wide)];
    expect(a.variants.map((v) => [v.size, v.width, v.height])).toEqual([[800, 10, 10], [400, 10, 10]]);
    expect(b.variants.map((v) => [v.size, v.width, v.height])).toEqual([[800, 300, 300], [400, 300, 300]]);
    for (const v of [...a.variants, ...b.variants]) expect(isWebp(v.buffer)).toBe(true);
  });

  it("accepts WebP and AVIF uploads", async () => {
    const src = sharp({ create: { width: 1000, height: 1000, channels: 3, background: "#123456" } });
    for (const input of [await src.clone().webp().toBuffer(), await src.clone().avif().toBuffer()]) {
      const photo = await processPhoto(input);
      expect(photo.variants.map((v) => v.width)).toEqual([800, 400]);
    }
  });
});

describe("processPhoto rejections", () => {
  const solid = () => sharp({ create: { width: 64, height: 64, channels: 3, background: "#abc" } });

  it("refuses formats other than JPEG, PNG, WebP, HEIF/AVIF as notAnImage", async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64"/></svg>';
    await expectReason(await solid().gif().toBuffer(), "notAnImage");
    await expectReason(await solid().tiff().toBuffer(), "notAnImage");
    await expectReason(Buffer.from(svg), "notAnImage");
    await expectReason(Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"), "notAnImage");
  });

  it("refuses random, empty and truncated bytes as notAnImage", async () => {
    await expectReason(randomBytes(4096), "notAnImage");
    await expectReason(Buffer.alloc(0), "notAnImage");
    // right magic bytes, garbage after them ("photo.jpg" that is not one)
    await expectReason(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), randomBytes(2048)]), "notAnImage");
    // an ISO-BMFF box that is not a decodable HEIC/AVIF
    await expectReason(Buffer.concat([Buffer.from("\0\0\0\x18ftypheic", "latin1"), randomBytes(512)]), "notAnImage");
    // an upload cut short by a dropped connection
    const jpeg = await twoToneJpeg(400, 300);
    await expectReason(jpeg.subarray(0, Math.floor(jpeg.length / 2)), "notAnImage");
  });

  it("refuses files over MAX_PHOTO_BYTES as tooLarge before decoding", async () => {
    const err = await rejection(Buffer.alloc(MAX_PHOTO_BYTES + 1));
    expect([err.reason, err.limit]).toEqual(["tooLarge", MAX_PHOTO_BYTES]);
  });

  it("refuses images over MAX_PHOTO_PIXELS as tooManyPixels", async () => {
    const huge = await sharp({ create: { width: 7000, height: 6000, channels: 3, background: "#fff" } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(huge.length).toBeLessThan(MAX_PHOTO_BYTES);
    const err = await rejection(huge);
    expect([err.reason, err.limit]).toEqual(["tooManyPixels", MAX_PHOTO_PIXELS]);
  });

  it("is a real Error subclass with a readable message", () => {
    const err = new PhotoError("tooLarge", 5);
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe("PhotoError");
    expect(err.message).toContain("tooLarge");
  });
});
