import sharp, { type Metadata } from "sharp";

/** Largest upload accepted, in bytes; bigger buffers are refused before any parsing. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/** Largest image accepted, in pixels (width × height); checked from the header and enforced again while decoding. */
export const MAX_PHOTO_PIXELS = 40_000_000;

/** Square edge lengths, in px, of the variants every processed photo yields, in this order. */
export const PHOTO_SIZES = [800, 400] as const;

const WEBP_QUALITY = 75;

/** Formats sharp reports that we accept ("heif" covers both HEIC and AVIF). */
const ACCEPTED_FORMATS: ReadonlySet<string> = new Set(["jpeg", "png", "webp", "heif"]);

/** Why a photo was refused. */
export type PhotoErrorReason = "notAnImage" | "tooLarge" | "tooManyPixels";

/** The only error processPhoto throws for a bad upload; `limit` is the bound that was exceeded, if any. */
export class PhotoError extends Error {
  constructor(
    readonly reason: PhotoErrorReason,
    readonly limit?: number,
  ) {
    super(limit === undefined ? `photo rejected: ${reason}` : `photo rejected: ${reason} (limit ${limit})`);
    this.name = "PhotoError";
  }
}

/** One re-encoded square WebP; `size` is the nominal PHOTO_SIZES entry, width = height ≤ size. */
export interface PhotoVariant {
  size: number;
  buffer: Buffer;
  width: number;
  height: number;
}

/** Source dimensions (after EXIF rotation) and one variant per PHOTO_SIZES entry, in that order. */
export interface ProcessedPhoto {
  width: number;
  height: number;
  variants: PhotoVariant[];
}

/** Cheap magic-byte sniff so SVG, GIF, TIFF, PDF… never even reach a sharp parser. */
function hasAcceptedSignature(b: Buffer): boolean {
  const ascii = (start: number, end: number) => b.toString("latin1", start, end);
  return (
    (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) || // JPEG
    ascii(0, 8) === "\x89PNG\r\n\x1a\n" || // PNG
    (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") || // WebP
    ascii(4, 8) === "ftyp" // ISO-BMFF: HEIC / AVIF (sharp confirms below)
  );
}

/** Reads the header only; the real format comes from the bytes, never from a name or MIME type. */
async function readDimensions(input: Buffer): Promise<{ width: number; height: number }> {
  if (!hasAcceptedSignature(input)) throw new PhotoError("notAnImage");
  let meta: Metadata;
  try {
    // metadata() parses headers without decoding pixels; no pixel limit here so that an
    // oversized image is reported as tooManyPixels rather than as an unreadable file
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw new PhotoError("notAnImage");
  }
  if (!ACCEPTED_FORMATS.has(meta.format) || !(meta.width > 0) || !(meta.height > 0)) {
    throw new PhotoError("notAnImage");
  }
  if (meta.width * meta.height > MAX_PHOTO_PIXELS) {
    throw new PhotoError("tooManyPixels", MAX_PHOTO_PIXELS);
  }
  // autoOrient holds the dimensions once EXIF orientation is applied (swapped for 5–8)
  return { width: meta.autoOrient.width, height: meta.autoOrient.height };
}

/** Decodes, rotates upright, centre-crops to an edge×edge square and encodes as metadata-free WebP. */
async function encodeSquare(input: Buffer, edge: number): Promise<Omit<PhotoVariant, "size">> {
  try {
    const { data, info } = await sharp(input, { limitInputPixels: MAX_PHOTO_PIXELS, autoOrient: true })
      .resize(edge, edge, { fit: "cover", position: "centre" })
      .webp({ quality: WEBP_QUALITY }) // no withMetadata/keepExif: EXIF, GPS, XMP, IPTC are dropped
      .toBuffer({ resolveWithObject: true });
    return { buffer: data, width: info.width, height: info.height };
  } catch (err) {
    // the header passed, so a failure here means a lying header or corrupt/undecodable pixel data
    if (err instanceof Error && /pixel limit/i.test(err.message)) {
      throw new PhotoError("tooManyPixels", MAX_PHOTO_PIXELS);
    }
    throw new PhotoError("notAnImage");
  }
}

/**
 * Validates an untrusted upload and returns upright, metadata-free square WebP variants at
 * PHOTO_SIZES (never upscaled past the source's short side); throws PhotoError otherwise.
 */
export async function processPhoto(input: Buffer): Promise<ProcessedPhoto> {
  if (input.length > MAX_PHOTO_BYTES) throw new PhotoError("tooLarge", MAX_PHOTO_BYTES);
  const { width, height } = await readDimensions(input);
  const shortSide = Math.min(width, height);
  const variants: PhotoVariant[] = [];
  // one at a time: decoding a 40 MP photo can need ~120 MB, and uploads run concurrently
  for (const size of PHOTO_SIZES) {
    const encoded = await encodeSquare(input, Math.min(size, shortSide));
    variants.push({ size, ...encoded });
  }
  return { width, height, variants };
}
