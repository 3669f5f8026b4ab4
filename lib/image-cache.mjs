// @ts-check
// Plain JavaScript: the HTTP server (server.mjs) loads it before anything is compiled.

/** The address of Next.js's picture optimizer. */
const OPTIMIZER = "/_next/image?";

/** Headers of an optimized picture worth answering again (not Next.js's own cache marker). */
const KEPT_HEADERS = ["content-type", "cache-control", "etag", "vary", "content-disposition", "content-security-policy"];

/**
 * Values kept by key, least recently used first out, within `maxBytes` (a
 * value larger than that is not kept).
 * @template T
 * @param {number} maxBytes
 */
export function byteLru(maxBytes) {
  /** @type {Map<string, { value: T; bytes: number }>} */
  const entries = new Map();
  let bytes = 0;
  return {
    /** @param {string} key @returns {T | undefined} */
    get(key) {
      const kept = entries.get(key);
      if (!kept) return undefined;
      entries.delete(key);
      entries.set(key, kept);
      return kept.value;
    },
    /** @param {string} key @param {T} value @param {number} size */
    set(key, value, size) {
      if (size > maxBytes) return;
      const old = entries.get(key);
      if (old) {
        entries.delete(key);
        bytes -= old.bytes;
      }
      entries.set(key, { value, bytes: size });
      bytes += size;
      for (const [oldKey, entry] of entries) {
        if (bytes <= maxBytes) break;
        entries.delete(oldKey);
        bytes -= entry.bytes;
      }
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}

/**
 * Optimized pictures kept in memory, by address and by whether the browser
 * takes WebP (what the optimizer chooses by). Next.js keeps them only on disk,
 * and not at all while pages are kept in memory only (`isrFlushToDisk: false`),
 * so without this every request for a picture is resized and encoded again.
 * Picture addresses name immutable files (uploads get new random names), so
 * an address is one picture; a restart forgets them.
 * Returns a function that answers a request from what is kept (true) or
 * notes the picture Next.js answers, to keep it (false).
 * @param {{ maxBytes: number }} options
 */
export function createImageCache({ maxBytes }) {
  /** @type {ReturnType<typeof byteLru<{ headers: Record<string, string | number | string[]>; body: Buffer }>>} */
  const kept = byteLru(maxBytes);
  /**
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   * @returns {boolean}
   */
  return function images(req, res) {
    if ((req.method !== "GET" && req.method !== "HEAD") || !req.url?.startsWith(OPTIMIZER)) return false;
    const key = `${/\bimage\/webp\b/i.test(String(req.headers.accept ?? "")) ? "webp" : "any"} ${req.url}`;
    const hit = kept.get(key);
    if (hit) {
      const etag = hit.headers.etag;
      if (etag !== undefined && req.headers["if-none-match"] === etag) {
        res.writeHead(304, { etag, "cache-control": hit.headers["cache-control"] ?? "no-cache", vary: "Accept" });
        res.end();
      } else {
        res.writeHead(200, { ...hit.headers, "content-length": hit.body.length });
        res.end(req.method === "HEAD" ? undefined : hit.body);
      }
      return true;
    }
    const end = res.end;
    /** @type {any} */ (res).end = function endKept(/** @type {unknown[]} */ ...args) {
      const [body] = args;
      if (res.statusCode === 200 && Buffer.isBuffer(body) && /^image\//.test(String(res.getHeader("content-type") ?? ""))) {
        /** @type {Record<string, string | number | string[]>} */
        const headers = {};
        for (const name of KEPT_HEADERS) {
          const value = res.getHeader(name);
          if (value !== undefined) headers[name] = value;
        }
        kept.set(key, { headers, body: Buffer.from(body) }, body.length);
      }
      return end.apply(res, /** @type {any} */ (args));
    };
    return false;
  };
}
