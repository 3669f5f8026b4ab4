import { createHash, createHmac } from "node:crypto";

/** SHA-256 of the empty body, as S3 expects in x-amz-content-sha256 for DELETE/GET. */
export const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/** Lower-case hex SHA-256 of a string (UTF-8) or bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data, "utf8").digest();
}

/** RFC 3986 encoding as SigV4 wants it: only A–Z a–z 0–9 - . _ ~ left bare ("/" too when keepSlash). */
export function uriEncode(value: string, keepSlash = false): string {
  const encoded = encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return keepSlash ? encoded.replace(/%2F/g, "/") : encoded;
}

/** The ISO 8601 basic timestamp SigV4 uses, e.g. 20130524T000000Z. */
export function amzDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** What gets signed: `path` is the decoded object path (it is URI-encoded here, once). */
export interface SigV4Request {
  method: string;
  host: string;
  path: string;
  query?: Record<string, string>;
  /** Extra headers to sign and send (content-type, cache-control…); host and x-amz-* are added. */
  headers?: Record<string, string>;
  payloadHash: string;
}

/** Who signs, where: `service` defaults to "s3". */
export interface SigV4Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  service?: string;
}

/** The canonical request and the `;`-joined signed header names, exactly as SigV4 specifies. */
export function canonicalRequest(req: SigV4Request, date: Date): { canonical: string; signedHeaders: string } {
  const headers = new Map<string, string>();
  for (const [name, value] of Object.entries(req.headers ?? {})) {
    headers.set(name.toLowerCase(), value.trim().replace(/\s+/g, " "));
  }
  headers.set("host", req.host);
  headers.set("x-amz-content-sha256", req.payloadHash);
  headers.set("x-amz-date", amzDate(date));
  const names = [...headers.keys()].sort();
  const query = Object.entries(req.query ?? {})
    .map(([k, v]) => [uriEncode(k), uriEncode(v)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const canonical = [
    req.method.toUpperCase(),
    uriEncode(req.path, true),
    query,
    ...names.map((n) => `${n}:${headers.get(n) ?? ""}`),
    "",
    names.join(";"),
    req.payloadHash,
  ].join("\n");
  return { canonical, signedHeaders: names.join(";") };
}

/**
 * Signs a request with AWS Signature Version 4 and returns every header to send with it
 * (the caller's, plus x-amz-date, x-amz-content-sha256 and authorization; host is left to fetch).
 */
export function signRequest(req: SigV4Request, creds: SigV4Credentials, date: Date): Record<string, string> {
  const service = creds.service ?? "s3";
  const stamp = amzDate(date);
  const day = stamp.slice(0, 8);
  const scope = `${day}/${creds.region}/${service}/aws4_request`;
  const { canonical, signedHeaders } = canonicalRequest(req, date);
  const stringToSign = ["AWS4-HMAC-SHA256", stamp, scope, sha256Hex(canonical)].join("\n");
  const kDate = hmac(`AWS4${creds.secretAccessKey}`, day);
  const kSigning = hmac(hmac(hmac(kDate, creds.region), service), "aws4_request");
  const signature = createHmac("sha256", kSigning).update(stringToSign, "utf8").digest("hex");
  return {
    ...req.headers,
    "x-amz-date": stamp,
    "x-amz-content-sha256": req.payloadHash,
    authorization:
      `AWS4-HMAC-SHA256 Credential=${creds.accessKeyId}/${scope},` +
      `SignedHeaders=${signedHeaders},Signature=${signature}`,
  };
}
