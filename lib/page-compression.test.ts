import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptsGzip, createCompression, gzipCache } from "./page-compression.mjs";

describe("acceptsGzip", () => {
  it("reads gzip or * with a quality above zero", () => {
    expect(acceptsGzip("gzip")).toBe(true);
    expect(acceptsGzip("br, gzip;q=0.5, deflate")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("gzip;q=0, *")).toBe(false);
    expect(acceptsGzip("br, deflate")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe("gzipCache", () => {
  it("makes each body once and drops the least recently used past its size", () => {
    const cache = gzipCache(10);
    let made = 0;
    const make = (n: number) => () => (made++, Buffer.alloc(n));
    cache.get("a", make(4));
    cache.get("b", make(4));
    expect(cache.get("a", make(4)).length).toBe(4);
    expect(made).toBe(2);
    cache.get("c", make(4)); // over 10 bytes: b (least recently used) goes
    expect(cache.size).toBe(2);
    cache.get("a", make(4));
    expect(made).toBe(3);
    cache.get("b", make(4));
    expect(made).toBe(4);
    expect(cache.bytes).toBeLessThanOrEqual(10);
  });
});

/** A server answering as Next.js does: a whole body with an ETag, marked as from its page cache, or streamed. */
describe("createCompression", () => {
  const page = (n: number) => `<!DOCTYPE html><p>${"زعفران saffron ".repeat(200)}${n}</p>`;
  let version = 1;
  let server: http.Server;
  let base = "";
  beforeAll(async () => {
    const compress = createCompression({ maxBytes: 1024 * 1024 });
    server = http.createServer((req, res) => {
      compress(req, res);
      res.setHeader("Content-Type", req.url === "/json" ? "application/json" : "text/html; charset=utf-8");
      if (req.url === "/streamed") {
        res.write(page(0).slice(0, 500));
        res.end(page(0).slice(500));
        return;
      }
      const body = req.url === "/json" ? JSON.stringify({ text: page(version) }) : page(version);
      res.setHeader("ETag", `"v${version}${req.url}"`);
      if (req.url !== "/uncached") res.setHeader("x-nextjs-cache", "HIT");
      res.setHeader("Content-Length", Buffer.byteLength(body));
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** The raw response: fetch would decode it. */
  function get(path: string, encoding?: string): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      http
        .get(`${base}${path}`, { headers: encoding ? { "accept-encoding": encoding } : {} }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on("error", reject);
    });
  }

  it("sends a cached page as gzip with its length, the same body each time", async () => {
    const first = await get("/", "gzip, deflate, br");
    const second = await get("/", "gzip");
    expect(first.headers["content-encoding"]).toBe("gzip");
    expect(first.headers["content-length"]).toBe(String(first.body.length));
    expect(first.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(first.body).toString("utf8")).toBe(page(version));
    expect(second.body.equals(first.body)).toBe(true);
  });

  it("sends a new version of the page, not the gzip of the old one", async () => {
    version = 2;
    const response = await get("/", "gzip");
    expect(gunzipSync(response.body).toString("utf8")).toBe(page(2));
  });

  it("sends the body as it is to a client that takes no gzip", async () => {
    const response = await get("/", "identity");
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.body.toString("utf8")).toBe(page(version));
  });

  it("still compresses what is streamed or not from the page cache, and other types", async () => {
    for (const path of ["/streamed", "/uncached", "/json"]) {
      const response = await get(path, "gzip");
      expect(response.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(response.body).length).toBeGreaterThan(1000);
    }
    expect(gunzipSync((await get("/streamed", "gzip")).body).toString("utf8")).toBe(page(0));
  });
});
