import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/**
 * One HTTP request to the app from a chosen loopback address (127.0.0.0/8 is
 * all ours on Linux), so a test can be a different client without any header
 * the server is not supposed to believe.
 */
export function call(
  baseUrl: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; from?: string } = {},
): Promise<Answer> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: options.method ?? "GET", headers: options.headers, localAddress: options.from ?? "127.0.0.1" },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

/** A tRPC mutation (one call, or a batch of the same call) from a loopback address. */
export function mutate(baseUrl: string, procedure: string, input: unknown, options: { from?: string; batch?: number; headers?: Record<string, string> } = {}) {
  const batch = options.batch ?? 0;
  const path = batch ? `/api/trpc/${Array(batch).fill(procedure).join(",")}?batch=1` : `/api/trpc/${procedure}`;
  const body = batch ? Object.fromEntries(Array.from({ length: batch }, (_, i) => [String(i), { json: input }])) : { json: input };
  return call(baseUrl, path, {
    method: "POST",
    from: options.from,
    headers: { "content-type": "application/json", ...options.headers },
    body: JSON.stringify(body),
  });
}

/**
 * Streams `megabytes` of a body (chunked, no length announced) until the
 * server answers or hangs up; resolves with the status (0: cut off).
 */
export function streamHuge(baseUrl: string, path: string, megabytes: number, headers: Record<string, string> = {}): Promise<number> {
  const url = new URL(path, baseUrl);
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  return new Promise((resolve) => {
    let answered = false;
    const request = http.request(url, { method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked", ...headers } }, (response) => {
      answered = true;
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("error", () => {
      if (!answered) resolve(0);
    });
    let sent = 0;
    const total = megabytes * 1024 * 1024;
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!request.write(chunk)) {
          request.once("drain", pump);
          return;
        }
      }
      request.end();
    };
    pump();
  });
}

/** The pid of the process listening on a TCP port of this machine. */
export function listenerPid(port: number): number {
  const out = execFileSync("ss", ["-Htlnp", `sport = :${port}`], { encoding: "utf8" });
  const pid = /pid=(\d+)/.exec(out)?.[1];
  if (!pid) throw new Error(`nothing listens on port ${port}:\n${out}`);
  return Number(pid);
}

/** A process's resident memory in MB. */
export function rssMB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return kb / 1024;
}

/** The SMS the e2e server has sent, from its log file, as a phone would receive them. */
export function smsLog(): { to: string; text: string; at: string }[] {
  const file = process.env.E2E_SMS_LOG;
  if (!file || !fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { to: string; text: string; at: string });
}
