import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EMPTY_SHA256, sha256Hex, signRequest } from "./sigv4";
import { isValidPhotoKey, LocalDiskStorage, newPhotoKey, S3Storage, type S3StorageConfig } from "./storage";

const PRODUCT = "3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b";
const WEBP = Buffer.from("RIFF\x10\0\0\0WEBPVP8 fake-image-bytes", "latin1");

describe("photo keys", () => {
  it("newPhotoKey makes unguessable, valid keys under the product", () => {
    const [a, b] = [newPhotoKey(PRODUCT, 800), newPhotoKey(PRODUCT, 800)];
    expect(a).toMatch(new RegExp(`^products/${PRODUCT}/[0-9a-f]{16}-800\\.webp$`));
    expect(newPhotoKey(PRODUCT, 400)).toMatch(/-400\.webp$/);
    expect(a).not.toBe(b);
    expect(isValidPhotoKey(a)).toBe(true);
  });

  it("newPhotoKey refuses unsafe product ids and sizes", () => {
    for (const id of ["", "../etc", "a/b", "ABC", "x.webp", " id"]) {
      expect(() => newPhotoKey(id, 800), id).toThrow();
    }
    for (const size of [0, -400, 1.5, Number.NaN]) expect(() => newPhotoKey(PRODUCT, size)).toThrow();
  });

  it("accepts only relative lower-case .webp keys without traversal", () => {
    expect(isValidPhotoKey("products/p1/0123456789abcdef-800.webp")).toBe(true);
    expect(isValidPhotoKey("a.webp")).toBe(true);
    const refused = [
      "../x.webp",
      "products/../x.webp",
      "a..b.webp",
      "a.jpg",
      "/abs.webp",
      "a//b.webp",
      "a/.webp",
      "A.webp",
      "a.webp/",
      "a.webp\n",
      "a\\b.webp",
      ".webp",
      `${"a".repeat(600)}.webp`,
    ];
    for (const key of refused) expect(isValidPhotoKey(key), key).toBe(false);
  });
});

describe("LocalDiskStorage", () => {
  let root: string;
  let storage: LocalDiskStorage;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), "villagepost-media-"));
    storage = new LocalDiskStorage(root, "/media/");
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it("puts a file under the root, creating folders, leaving no temp files", async () => {
    const key = newPhotoKey(PRODUCT, 800);
    await storage.put(key, WEBP, "image/webp");
    expect(await readFile(path.join(root, key))).toEqual(WEBP);
    expect(await readdir(path.join(root, "products", PRODUCT))).toEqual([path.basename(key)]);
    expect(storage.publicUrl(key)).toBe(`/media/${key}`);
  });

  it("replaces an existing file whole", async () => {
    const key = "products/p1/a-400.webp";
    await storage.put(key, Buffer.from("old old old old"), "image/webp");
    await storage.put(key, WEBP, "image/webp");
    expect(await readFile(path.join(root, key))).toEqual(WEBP);
  });

  it("deletes, and deleting a missing key is fine", async () => {
    const key = "products/p1/b-400.webp";
    await storage.put(key, WEBP, "image/webp");
    await storage.delete(key);
    expect(await readdir(path.join(root, "products", "p1"))).toEqual([]);
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("refuses invalid keys and non-WebP content without touching the disk", async () => {
    for (const key of ["../x.webp", "a.jpg", "/abs.webp"]) {
      await expect(storage.put(key, WEBP, "image/webp"), key).rejects.toThrow(/invalid photo key/);
      await expect(storage.delete(key), key).rejects.toThrow(/invalid photo key/);
      expect(() => storage.publicUrl(key), key).toThrow(/invalid photo key/);
    }
    await expect(storage.put("ok.webp", WEBP, "image/jpeg")).rejects.toThrow(/content type/);
    expect(await readdir(root)).toEqual([]);
  });

  it("cleans up its temp file when the final rename fails", async () => {
    await mkdir(path.join(root, "products", "p1", "c-800.webp"), { recursive: true }); // a directory in the way
    await expect(storage.put("products/p1/c-800.webp", WEBP, "image/webp")).rejects.toThrow();
    expect(await readdir(path.join(root, "products", "p1"))).toEqual(["c-800.webp"]);
  });
});

const S3_CONFIG: S3StorageConfig = {
  endpoint: "http://127.0.0.1:9000",
  region: "auto",
  bucket: "photos",
  accessKeyId: "AKTEST",
  secretAccessKey: "secret",
  publicBaseUrl: "https://cdn.example.org/",
};
const NOW = new Date("2026-01-02T03:04:05Z");

function fakeFetch(status = 200) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchFn = (async (input: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    return new Response(status === 204 ? null : "<Error/>", { status });
  }) as typeof fetch;
  return { calls, s3: new S3Storage(S3_CONFIG, { fetch: fetchFn, now: () => NOW }) };
}

describe("S3Storage", () => {
  const key = "products/p1/0123456789abcdef-800.webp";

  it("PUTs path-style with a SigV4 signature over the payload hash", async () => {
    const { calls, s3 } = fakeFetch();
    await s3.put(key, WEBP, "image/webp");
    const [call] = calls;
    expect(call?.url).toBe(`http://127.0.0.1:9000/photos/${key}`);
    expect(call?.init.method).toBe("PUT");
    expect(Buffer.from(call?.init.body as Uint8Array)).toEqual(WEBP);
    const headers = call?.init.headers as Record<string, string>;
    expect(headers).toMatchObject({
      "content-type": "image/webp",
      "cache-control": "public, max-age=31536000, immutable",
      "x-amz-date": "20260102T030405Z",
      "x-amz-content-sha256": sha256Hex(WEBP),
    });
    expect(headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKTEST\/20260102\/auto\/s3\/aws4_request,SignedHeaders=cache-control;content-type;host;x-amz-content-sha256;x-amz-date,Signature=[0-9a-f]{64}$/,
    );
  });

  it("DELETEs with the empty-payload hash and tolerates a missing object", async () => {
    for (const status of [204, 404]) {
      const { calls, s3 } = fakeFetch(status);
      await s3.delete(key);
      expect(calls[0]?.init.method).toBe("DELETE");
      expect((calls[0]?.init.headers as Record<string, string>)["x-amz-content-sha256"]).toBe(EMPTY_SHA256);
    }
  });

  it("throws on an error reply, and on bad keys before any request", async () => {
    const { calls, s3 } = fakeFetch(403);
    await expect(s3.put(key, WEBP, "image/webp")).rejects.toThrow(/HTTP 403/);
    await expect(s3.put("../x.webp", WEBP, "image/webp")).rejects.toThrow(/invalid photo key/);
    await expect(s3.delete("a.jpg")).rejects.toThrow(/invalid photo key/);
    expect(calls).toHaveLength(1);
  });

  it("builds public URLs and refuses an endpoint with a path", () => {
    expect(fakeFetch().s3.publicUrl(key)).toBe(`https://cdn.example.org/${key}`);
    expect(() => new S3Storage({ ...S3_CONFIG, endpoint: "https://s3.example.org/photos" })).toThrow(/bare origin/);
  });

  it("sends on the wire exactly what it signed (real fetch, local server)", async () => {
    const seen: { method?: string; url?: string; headers: Record<string, string | string[] | undefined>; body: Buffer }[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        seen.push({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks) });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
      const s3 = new S3Storage({ ...S3_CONFIG, endpoint: `http://${host}` }, { now: () => NOW });
      await s3.put(key, WEBP, "image/webp");
      const [got] = seen;
      expect([got?.method, got?.url, got?.headers.host]).toEqual(["PUT", `/photos/${key}`, host]);
      expect(got?.body).toEqual(WEBP);
      const h = (name: string) => String(got?.headers[name]);
      const expected = signRequest(
        {
          method: "PUT",
          host: h("host"),
          path: got?.url ?? "",
          headers: { "cache-control": h("cache-control"), "content-type": h("content-type") },
          payloadHash: sha256Hex(got?.body ?? Buffer.alloc(0)),
        },
        S3_CONFIG,
        NOW,
      );
      expect(h("authorization")).toBe(expected.authorization);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
