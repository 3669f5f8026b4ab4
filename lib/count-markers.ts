/**
 * Counts finished labels in a label file while it downloads, from the bytes
 * alone: the label PDF writer ends every page object's type with "/Type /Page" and a
 * newline ("/Type /Pages" — the page tree — does not match), and every ZPL
 * label ends with "^XZ". A marker split across two chunks is counted once:
 * the counter keeps the last few bytes of a chunk and reads them again with
 * the next one.
 */
export const LABEL_MARKERS = {
  pdf: "/Type /Page\n",
  zpl: "^XZ",
} as const;

export type LabelFormat = keyof typeof LABEL_MARKERS;

export interface MarkerCounter {
  /** Reads the next chunk of the stream; returns how many markers have been seen so far. */
  push(chunk: Uint8Array): number;
  readonly count: number;
}

function matchesAt(bytes: Uint8Array, at: number, marker: Uint8Array): boolean {
  for (let i = 1; i < marker.length; i++) if (bytes[at + i] !== marker[i]) return false;
  return true;
}

export function createMarkerCounter(marker: string | Uint8Array): MarkerCounter {
  const needle = typeof marker === "string" ? new TextEncoder().encode(marker) : marker;
  const first = needle[0];
  if (first === undefined) throw new Error("an empty marker cannot be counted");
  let carry = new Uint8Array(0);
  let count = 0;
  return {
    get count() {
      return count;
    },
    push(chunk) {
      let bytes = chunk;
      if (carry.length > 0) {
        bytes = new Uint8Array(carry.length + chunk.length);
        bytes.set(carry, 0);
        bytes.set(chunk, carry.length);
      }
      // bytes before `from` belong to a marker already counted
      let from = 0;
      const last = bytes.length - needle.length;
      for (let at = bytes.indexOf(first); at !== -1 && at <= last; at = bytes.indexOf(first, at + 1)) {
        if (at < from || !matchesAt(bytes, at, needle)) continue;
        count++;
        from = at + needle.length;
      }
      // a marker's beginning may be at the very end: keep up to one byte less than a marker
      carry = bytes.slice(Math.max(from, bytes.length - (needle.length - 1)));
      return count;
    },
  };
}

/** The counter for a label file's format. */
export function labelCounter(format: LabelFormat): MarkerCounter {
  return createMarkerCounter(LABEL_MARKERS[format]);
}
