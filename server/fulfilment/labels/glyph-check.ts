/**
 * Characters of a label that its fonts cannot print as typed: the seller is
 * told before printing, so a rare character in a name or village (CJK
 * Extension B, common in rural names) can be checked on the label, or written
 * another way when no font has it at all.
 */
import { printable } from "./field-text";
import { glyphCoverage } from "./text";

export interface LabelCharacters {
  /** Printed in the plain fallback font: readable, but worth a look. */
  fallback: string[];
  /** No label font has them: the label prints their code point, e.g. [U+2A6D6]. */
  missing: string[];
}

/** The characters of the texts (as a label prints them) that need the fallback font or no font has; null when every one prints in the label fonts. */
export function labelCharacters(texts: readonly (string | null | undefined)[]): LabelCharacters | null {
  const fallback = new Set<string>();
  const missing = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const char of printable(text)) {
      const coverage = glyphCoverage(char);
      if (coverage === "fallback") fallback.add(char);
      else if (coverage === "missing") missing.add(char);
    }
  }
  return fallback.size === 0 && missing.size === 0 ? null : { fallback: [...fallback], missing: [...missing] };
}
