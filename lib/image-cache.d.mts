import type { IncomingMessage, ServerResponse } from "node:http";

/** Values kept by key, least recently used first out, within `maxBytes`. */
export function byteLru<T>(maxBytes: number): {
  get(key: string): T | undefined;
  set(key: string, value: T, size: number): void;
  readonly size: number;
  readonly bytes: number;
};

/** Optimized pictures kept in memory by address and format: answers from them (true) or keeps what Next.js answers (false). */
export function createImageCache(options: { maxBytes: number }): (req: IncomingMessage, res: ServerResponse) => boolean;
