import { asciiDigits } from "@/lib/digits";
import { parseS10 } from "@/server/fulfilment/s10";

/**
 * A code as the camera read it or staff typed it, ready to look up: the QR
 * on a label holds `TRACKING/ORDER` (older prints `TRACKING|ORDER`), so only the part before the separator counts;
 * Persian digits from a Persian keyboard become ASCII.
 */
export function codeFromInput(raw: string): string {
  return asciiDigits(raw.split(/[|/]/)[0] ?? "").trim();
}

/**
 * Whether a code has the shape of a tracking number (CP123456785IR) but a
 * wrong check digit — a letter or digit mistyped — so the screen can say so
 * without asking the server.
 */
export function isMistypedTrackingNumber(code: string): boolean {
  const compact = code.replace(/\s+/g, "").toUpperCase();
  return /^[A-Z]{2}\d{9}[A-Z]{2}$/.test(compact) && parseS10(compact) === null;
}

/** A v4 UUID for one submitted scan; crypto.randomUUID is missing outside secure contexts. */
export function newScanId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Today's date where the phone is, as an ISO date (YYYY-MM-DD). */
export function localIsoDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
