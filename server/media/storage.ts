import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { signRequest, sha256Hex, EMPTY_SHA256, uriEncode } from "./sigv4";

/** Where processed photos live; keys are server-generated (see newPhotoKey) and validated by every backend. */
export interface PhotoStorage {
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  delete(key: string): Promise<void>;
  publicUrl(key: string): string;
}

const KEY_PATTERN = /^[a-z0-9][a-z0-9/_-]*\.webp$/;
/** "..", empty segments, and a bare ".webp" file name. */
const KEY_HAZARDS = /\.\.|\/\/|\/\./;
const MAX_KEY_LENGTH = 512;
const PRODUCT_ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

/** Photos never change under a key (names are random), so caches may keep them for a year. */
const CACHE_CONTROL = "public, max-age=31536000, immutable";

/** True only for keys shaped like newPhotoKey's output: relative, lower-case, no traversal, ending .webp. */
export function isValidPhotoKey(key: string): boolean {
  return key.length <= MAX_KEY_LENGTH && KEY_PATTERN.test(key) && !KEY_HAZARDS.test(key);
}

/** Throws unless isValidPhotoKey(key). */
export function assertValidPhotoKey(key: string): void {
  if (!isValidPhotoKey(key)) throw new Error(`invalid photo key: ${JSON.stringify(key)}`);
}

/** A fresh, unguessable key `products/<productId>/<16 hex>-<size>.webp`; throws on an unsafe productId or size. */
export function newPhotoKey(productId: string, size: number): string {
  if (!PRODUCT_ID_PATTERN.test(productId) || productId.length > 128) {
    throw new Error(`invalid product id for a photo key: ${JSON.stringify(productId)}`);
  }
  if (!Number.isSafeInteger(size) || size <= 0) throw new Error(`invalid photo size: ${size}`);
  const key = `products/${productId}/${randomBytes(8).toString("hex")}-${size}.webp`;
  assertValidPhotoKey(key);
  return key;
}

function joinUrl(base: string, key: string): string {
  return `${base.replace(/\/+$/, "")}/${key}`;
}

function assertWebp(contentType: string): void {
  // every valid key ends in .webp, so anything else would be served with the wrong type
  if (contentType !== "image/webp") throw new Error(`unsupported photo content type: ${contentType}`);
}

/** Stores photos as files under rootDir; a put is atomic (temp file + fsync + rename), so no half file is ever served. */
export class LocalDiskStorage implements PhotoStorage {
  private readonly root: string;

  constructor(
    rootDir: string,
    private readonly urlPrefix: string,
  ) {
    this.root = path.resolve(rootDir);
  }

  private fileFor(key: string): string {
    assertValidPhotoKey(key);
    const file = path.resolve(this.root, key);
    // belt and braces: the key pattern already rules out escaping the root
    if (!file.startsWith(this.root + path.sep)) throw new Error(`photo key escapes storage root: ${key}`);
    return file;
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    assertWebp(contentType);
    const file = this.fileFor(key);
    await mkdir(path.dirname(file), { recursive: true });
    // dot-prefixed and not .webp: never matches a key, never served
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
    try {
      const handle = await open(tmp, "wx");
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(tmp, file);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }

  /** Removing a key that is not there is not an error. */
  async delete(key: string): Promise<void> {
    await rm(this.fileFor(key), { force: true });
  }

  publicUrl(key: string): string {
    assertValidPhotoKey(key);
    return joinUrl(this.urlPrefix, key);
  }
}

/** An S3-compatible bucket reached path-style at `${endpoint}/${bucket}/${key}`. */
export interface S3StorageConfig {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  publicBaseUrl: string;
}

/** Test seams: the fetch to call, the clock to sign with, and the per-request timeout. */
export interface S3StorageOptions {
  fetch?: typeof fetch;
  now?: () => Date;
  timeoutMs?: number;
}

/** Stores photos in an S3-compatible bucket with SigV4-signed PUT/DELETE; throws on any non-2xx reply. */
export class S3Storage implements PhotoStorage {
  private readonly endpoint: URL;
  private readonly fetchFn: typeof fetch;
  private readonly now: () => Date;
  private readonly timeoutMs: number;

  constructor(
    private readonly config: S3StorageConfig,
    options: S3StorageOptions = {},
  ) {
    this.endpoint = new URL(config.endpoint);
    if (this.endpoint.pathname !== "/" || this.endpoint.search) {
      throw new Error("S3 endpoint must be a bare origin, e.g. https://s3.example.com");
    }
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(config.bucket)) {
      throw new Error(`invalid S3 bucket name: ${JSON.stringify(config.bucket)}`);
    }
    this.fetchFn = options.fetch ?? fetch;
    this.now = options.now ?? (() => new Date());
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    assertWebp(contentType);
    await this.send("PUT", key, data, { "cache-control": CACHE_CONTROL, "content-type": contentType });
  }

  /** Deleting a key that is not there is not an error (S3 answers 204, some clones 404). */
  async delete(key: string): Promise<void> {
    await this.send("DELETE", key);
  }

  publicUrl(key: string): string {
    assertValidPhotoKey(key);
    return joinUrl(this.config.publicBaseUrl, key);
  }

  private async send(method: "PUT" | "DELETE", key: string, body?: Buffer, headers: Record<string, string> = {}) {
    assertValidPhotoKey(key);
    const objectPath = `/${this.config.bucket}/${key}`;
    const payloadHash = body ? sha256Hex(body) : EMPTY_SHA256;
    const signed = signRequest(
      { method, host: this.endpoint.host, path: objectPath, headers, payloadHash },
      this.config,
      this.now(),
    );
    const res = await this.fetchFn(`${this.endpoint.origin}${uriEncode(objectPath, true)}`, {
      method,
      headers: signed,
      body: body ? new Uint8Array(body) : undefined, // a copy typed for fetch's BodyInit
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const text = await res.text().catch(() => "");
    if (!res.ok && !(method === "DELETE" && res.status === 404)) {
      throw new Error(`S3 ${method} ${key} failed: HTTP ${res.status} ${text.slice(0, 300)}`);
    }
  }
}
