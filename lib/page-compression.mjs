// @ts-check
// Plain JavaScript: the HTTP server (server.mjs) loads it before anything is compiled.
import { Duplex } from "node:stream";
import { gzipSync } from "node:zlib";
import { byteLru } from "./image-cache.mjs";
// the compression middleware Next.js itself uses when it compresses (next.config `compress`)
import compression from "next/dist/compiled/compression/index.js";

/** Below this many bytes a body goes out as it is (the compression middleware's own threshold). */
const THRESHOLD = 1024;

/** Types worth compressing among the bodies Next.js sends whole: pages, their RSC payloads, JSON. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml)|image\/svg\+xml)/i;

/**
 * Whether an Accept-Encoding header takes gzip (named, or `*`, with a quality above zero).
 * @param {string | string[] | undefined} header
 */
export function acceptsGzip(header) {
  if (typeof header !== "string") return false;
  let star = false;
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)).find(Boolean);
    const accepted = !q || Number(q[1]) > 0;
    if (name.trim() === "gzip") return accepted;
    if (name.trim() === "*") star = accepted;
  }
  return star;
}

/**
 * gzip bodies kept by their ETag, least recently used first out, within `maxBytes`.
 * @param {number} maxBytes
 */
export function gzipCache(maxBytes) {
  /** @type {ReturnType<typeof byteLru<Buffer>>} */
  const entries = byteLru(maxBytes);
  return {
    /** @param {string} key @param {() => Buffer} make */
    get(key, make) {
      const kept = entries.get(key);
      if (kept) return kept;
      const made = make();
      entries.set(key, made, made.length);
      return made;
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return entries.bytes;
    },
  };
}

/** @param {import("node:http").ServerResponse} res @param {string} name */
function header(res, name) {
  const value = res.getHeader(name);
  return Array.isArray(value) ? value.join(", ") : value === undefined ? undefined : String(value);
}

/**
 * The response compression of the HTTP server, in place of Next.js's own
 * (next.config sets `compress: false`): the same middleware for everything,
 * but a page Next.js answers from its page cache (a whole body with an ETag,
 * marked x-nextjs-cache) is compressed once per version and the gzip kept, so
 * a cached page costs no compression per request. The ETag names the body
 * (Next.js answers 304 on it), so one ETag is one body.
 * @param {{ maxBytes: number }} options
 */
export function createCompression({ maxBytes }) {
  const middleware = compression();
  const kept = gzipCache(maxBytes);
  /**
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   */
  return function compress(req, res) {
    // @ts-expect-error an Express middleware on Node's own request and response
    middleware(req, res, () => {});
    // a client that goes away mid-response leaves the middleware's zlib stream open: end it (as Next.js does)
    res.once("close", () => {
      if (res.writableFinished) return;
      const noop = () => {};
      const stream = res.on("drain", noop);
      if (stream === res || !(stream instanceof Duplex)) res.off("drain", noop);
      else stream.destroy();
    });
    if (req.method !== "GET" || !acceptsGzip(req.headers["accept-encoding"])) return;
    const end = res.end;
    /** @type {any} */ (res).end = function endCached(/** @type {unknown[]} */ ...args) {
      const [body] = args;
      const etag = header(res, "etag");
      const type = header(res, "content-type");
      if (
        !res.headersSent &&
        res.statusCode === 200 &&
        (typeof body === "string" || Buffer.isBuffer(body)) &&
        Buffer.byteLength(body) >= THRESHOLD &&
        etag &&
        type &&
        COMPRESSIBLE.test(type) &&
        header(res, "x-nextjs-cache") !== undefined &&
        header(res, "content-encoding") === undefined &&
        !/(?:^|,)\s*no-transform\s*(?:,|$)/i.test(header(res, "cache-control") ?? "")
      ) {
        const gzip = kept.get(`${type}\n${etag}`, () => gzipSync(body, { level: 9 }));
        // the middleware sees an encoded body and passes it on untouched (adding Vary: Accept-Encoding)
        res.setHeader("Content-Encoding", "gzip");
        res.setHeader("Content-Length", gzip.length);
        return end.call(res, gzip, ...args.slice(typeof args[1] === "string" ? 2 : 1));
      }
      return end.apply(res, /** @type {any} */ (args));
    };
  };
}
