import { z } from "zod";
import { cleanText, codeText } from "./text";

interface TextOptions {
  min?: number;
  max: number;
  multiline?: boolean;
}

/**
 * The one schema for text a person typed, used by every procedure and form:
 * control characters, lone surrogates and bidi overrides removed, NFC, Persian
 * letters, trimmed — then the length checked on what will be kept. The raw
 * length is bounded first so nobody makes the server clean a megabyte.
 */
export function text({ min = 0, max, multiline = false }: TextOptions) {
  return z
    .string()
    .max(max * 4 + 64)
    .transform((value) => cleanText(value, { multiline }))
    .pipe(z.string().min(min).max(max));
}

/** A code or number a person typed (postal code, phone, tracking or order number): as `text`, with ASCII digits. */
export function code({ min = 0, max }: Omit<TextOptions, "multiline">) {
  return z
    .string()
    .max(max * 4 + 64)
    .transform(codeText)
    .pipe(z.string().min(min).max(max));
}
