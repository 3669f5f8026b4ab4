import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { byteLru, createImageCache } from "./image-cache.mjs";

/** A server answering pictures as Next.js's optimizer does, behind the cache; counts what reached it. */
async function serve(maxBytes = 1024 * 1024) {
  const reached: string[] = [];
  const images = createImageCache({ maxBytes });
  const server = http.createServer((req, res) => {
    if (images(req, res)) return;
    reached.push(`${req.headers.accept ?? ""} ${req.url ?? ""}`);
    const url = new URL(req.url ?? "/", "http://x");
    if (url.searchParams.get("url") === "/missing.png") {
      res.statusCode = 404;
      return res.end("not found");
    }
    const webp = /image\/webp/.test(req.headers.accept ?? "");
    const body = Buffer.alloc(Number(url.searchParams.get("w") ?? 100), webp ? 1 : 2);
    res.setHeader("Content-Type", webp ? "image/webp" : "image/png");
    res.setHeader("ETag", `"${url.searchParams.get("w")}-${webp ? "w" : "p"}"`);
    res.setHeader("Cache-Control", "public, max-age=14400, must-revalidate");
    res.setHeader("Vary", "Accept");
    res.setHeader("X-Nextjs-Cache", "MISS");
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push(server);
  return { base, reached };
}

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

const WEBP = { accept: "image/avif,image/webp,*/*" };

describe("optimized pictures kept in memory", () => {
  it("answers the same picture again without the optimizer, with its type, caching and body", async () => {
    const { base, reached } = await serve();
    const first = await fetch(`${base}/_next/image?url=%2Fa.png&w=360&q=75`, { headers: WEBP });
    const again = await fetch(`${base}/_next/image?url=%2Fa.png&w=360&q=75`, { headers: WEBP });
    expect(reached).toHaveLength(1);
    expect(again.status).toBe(200);
    expect(again.headers.get("content-type")).toBe("image/webp");
    expect(again.headers.get("cache-control")).toBe(first.headers.get("cache-control"));
    expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(again.headers.get("x-nextjs-cache")).toBeNull();
    expect(Buffer.from(await again.arrayBuffer())).toEqual(Buffer.from(await first.arrayBuffer()));
  });

  it("keeps each size and each format apart, answers a revalidation with 304, and never keeps a failure", async () => {
    const { base, reached } = await serve();
    await fetch(`${base}/_next/image?url=%2Fa.png&w=360&q=75`, { headers: WEBP });
    await fetch(`${base}/_next/image?url=%2Fa.png&w=480&q=75`, { headers: WEBP });
    const png = await fetch(`${base}/_next/image?url=%2Fa.png&w=360&q=75`, { headers: { accept: "image/png" } });
    expect(png.headers.get("content-type")).toBe("image/png");
    expect(reached).toHaveLength(3);
    const etag = (await fetch(`${base}/_next/image?url=%2Fa.png&w=360&q=75`, { headers: WEBP })).headers.get("etag") ?? "";
    const revalidated = await fetch(`${base}/_next/image?url=%2Fa.png&w=360&q=75`, { headers: { ...WEBP, "if-none-match": etag } });
    expect(revalidated.status).toBe(304);
    expect(reached).toHaveLength(3);
    for (let i = 0; i < 2; i++) expect((await fetch(`${base}/_next/image?url=%2Fmissing.png&w=360&q=75`, { headers: WEBP })).status).toBe(404);
    expect(reached).toHaveLength(5);
    // other addresses are none of its business
    await fetch(`${base}/en/products/x`).catch(() => null);
    await fetch(`${base}/en/products/x`).catch(() => null);
    expect(reached).toHaveLength(7);
  });

  it("stays within its bytes, the least recently used picture first out", async () => {
    const { base, reached } = await serve(1000);
    for (const w of [400, 400, 500, 400, 300, 500]) await fetch(`${base}/_next/image?url=%2Fa.png&w=${w}&q=75`, { headers: WEBP });
    // 400 kept, 500 kept (900), 400 again from memory, 300 pushes out 500 (the older), so 500 is drawn again
    expect(reached.map((r) => /w=(\d+)/.exec(r)?.[1])).toEqual(["400", "500", "300", "500"]);
    const lru = byteLru<string>(10);
    lru.set("a", "a", 6);
    lru.set("b", "b", 11);
    expect([lru.get("a"), lru.get("b"), lru.bytes]).toEqual(["a", undefined, 6]);
  });
});
