import "server-only";
import path from "node:path";
import { dataDir, env } from "../env";
import { LocalDiskStorage, S3Storage, type PhotoStorage } from "./storage";

/** Uploaded photos on local disk live here and are served under MEDIA_URL_PREFIX. */
export const uploadsDir = path.join(dataDir, "uploads");
export const MEDIA_URL_PREFIX = "/media";

let storage: PhotoStorage | undefined;

/** The configured photo storage: local disk by default, an S3-compatible bucket with PHOTO_STORAGE=s3. */
export function photoStorage(): PhotoStorage {
  if (storage) return storage;
  if (env.PHOTO_STORAGE === "s3" && env.S3_ENDPOINT && env.S3_BUCKET && env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY && env.S3_PUBLIC_URL) {
    storage = new S3Storage({
      endpoint: env.S3_ENDPOINT,
      region: env.S3_REGION,
      bucket: env.S3_BUCKET,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
      publicBaseUrl: env.S3_PUBLIC_URL,
    });
  } else {
    storage = new LocalDiskStorage(uploadsDir, MEDIA_URL_PREFIX);
  }
  return storage;
}

/** The storage key behind a public photo URL we issued, or null for seeded images and foreign URLs. */
export function photoKeyOf(publicPath: string): string | null {
  const prefixes = [`${MEDIA_URL_PREFIX}/`, env.S3_PUBLIC_URL ? `${env.S3_PUBLIC_URL.replace(/\/$/, "")}/` : null];
  for (const prefix of prefixes) if (prefix && publicPath.startsWith(prefix)) return publicPath.slice(prefix.length);
  return null;
}
