import { labelCounter, type LabelFormat } from "@/lib/count-markers";

export type LabelSize = "a6" | "4x6";
export type LabelSelection = { select: "unprinted" | "all" } | { shipmentIds: string[] };

export interface LabelRequest {
  shopId: string;
  locale: string;
  format: LabelFormat;
  size: LabelSize;
  selection: LabelSelection;
}

export type LabelResult =
  | { ok: true; blob: Blob; filename: string; count: number }
  /** refused: the server's (translated) message, when it gave one */
  | { ok: false; reason: "refused"; message: string | null }
  /** the request or the download broke off */
  | { ok: false; reason: "connection" }
  | { ok: false; reason: "aborted" };

/** `attachment; filename="labels.pdf"` or `filename*=UTF-8''…` → the name. */
export function filenameOf(disposition: string | null, format: LabelFormat): string {
  const fallback = `labels.${format}`;
  if (!disposition) return fallback;
  const encoded = /filename\*\s*=\s*(?:UTF-8'[^']*')?([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim().replace(/^"|"$/g, ""));
    } catch {
      // not percent-encoded after all: use the plain name
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)?.[1]?.trim() || fallback;
}

async function refusal(response: Response): Promise<string | null> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } };
    return typeof body.error?.message === "string" ? body.error.message : null;
  } catch {
    return null;
  }
}

/**
 * Asks for a label file and reads it as it streams in, reporting how many
 * labels are finished (`total` from X-Label-Count, null when not sent). A file
 * that ends before its labels are all there counts as a lost connection.
 */
export async function fetchLabels(
  request: LabelRequest,
  onProgress: (done: number, total: number | null) => void,
  signal: AbortSignal,
): Promise<LabelResult> {
  const { shopId, locale, format, size, selection } = request;
  let response: Response;
  try {
    response = await fetch(`/api/shops/${encodeURIComponent(shopId)}/labels`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-locale": locale },
      body: JSON.stringify({ format, size, locale, ...selection }),
      signal,
    });
  } catch {
    return signal.aborted ? { ok: false, reason: "aborted" } : { ok: false, reason: "connection" };
  }
  if (!response.ok) return { ok: false, reason: "refused", message: await refusal(response) };

  const header = response.headers.get("x-label-count");
  const total = header !== null && /^\d+$/.test(header.trim()) ? Number(header) : null;
  onProgress(0, total);
  const counter = labelCounter(format);
  const chunks: BlobPart[] = [];
  try {
    if (response.body) {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        const before = counter.count;
        if (counter.push(value) !== before) onProgress(counter.count, total);
      }
    } else {
      const whole = new Uint8Array(await response.arrayBuffer());
      chunks.push(whole);
      onProgress(counter.push(whole), total);
    }
  } catch {
    return signal.aborted ? { ok: false, reason: "aborted" } : { ok: false, reason: "connection" };
  }
  if (total !== null && counter.count < total) return { ok: false, reason: "connection" };
  const type = response.headers.get("content-type") ?? (format === "pdf" ? "application/pdf" : "application/x-zpl");
  return {
    ok: true,
    blob: new Blob(chunks, { type }),
    filename: filenameOf(response.headers.get("content-disposition"), format),
    count: counter.count,
  };
}
