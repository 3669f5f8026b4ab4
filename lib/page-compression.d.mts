import type { IncomingMessage, ServerResponse } from "node:http";

/** Whether an Accept-Encoding header takes gzip (named, or `*`, with a quality above zero). */
export function acceptsGzip(header: string | string[] | undefined): boolean;

/** gzip bodies kept by their ETag, least recently used first out, within `maxBytes`. */
export function gzipCache(maxBytes: number): {
  get(key: string, make: () => Buffer): Buffer;
  readonly size: number;
  readonly bytes: number;
};

/** The response compression of the HTTP server: a page from Next.js's page cache is compressed once per version. */
export function createCompression(options: { maxBytes: number }): (req: IncomingMessage, res: ServerResponse) => void;
