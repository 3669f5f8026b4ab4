import { randomInt } from "node:crypto";

const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"; // no 0/O, 1/I: read aloud at a counter

/** A number people read aloud and type: PREFIX-XXXX-XXXX (orders VP-…, manifests MF-…, payout batches PB-…). */
export function readableNumber(prefix: "VP" | "MF" | "PB"): string {
  const pick = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${prefix}-${pick()}-${pick()}`;
}

/** Matches a readable number with its prefix, as typed or scanned (lower case and spaces allowed). */
export function parseReadableNumber(prefix: "VP" | "MF" | "PB", input: string): string | null {
  const compact = input.replace(/\s+/g, "").toUpperCase();
  return new RegExp(`^${prefix}-[${ALPHABET}]{4}-[${ALPHABET}]{4}$`).test(compact) ? compact : null;
}
