import { AppError } from "../errors";

/**
 * A request's body as text, refused with 413 once it passes `maxBytes` —
 * whatever Content-Length claims, chunked bodies included — so nobody can
 * make the server hold an unbounded body before it checks a signature.
 */
export async function readBodyLimited(request: Request, maxBytes: number): Promise<string> {
  return (await readBytesLimited(request, maxBytes)).toString("utf8");
}

/** As readBodyLimited, as bytes (uploads). */
export async function readBytesLimited(request: Request, maxBytes: number): Promise<Buffer> {
  const declared = request.headers.get("content-length");
  if (declared !== null && !/^\d+$/.test(declared)) throw new AppError("BAD_REQUEST", "badRequest");
  if (Number(declared ?? 0) > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", "bodyTooLarge", { max: Math.floor(maxBytes / 1024) });
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AppError("PAYLOAD_TOO_LARGE", "bodyTooLarge", { max: Math.floor(maxBytes / 1024) });
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** A form post's fields, its body capped as it streams like any other (a cart form is a few hundred bytes). */
export async function formDataLimited(request: Request, maxBytes: number): Promise<FormData> {
  const bytes = await readBytesLimited(request, maxBytes);
  return new Request(request.url, { method: "POST", headers: { "content-type": request.headers.get("content-type") ?? "" }, body: new Uint8Array(bytes) }).formData();
}
