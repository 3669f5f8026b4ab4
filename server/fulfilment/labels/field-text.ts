/**
 * What a label does to stored text before it is laid out: bidi controls a
 * person typed are removed (they would reorder the line), Arabic ي ك become
 * Persian ی ک, numbers inside free text are kept left to right as one unit, and
 * every field finds its own paragraph direction from its first strong letter.
 */
import bidiFactory from "bidi-js";
import { asciiDigits, persianLetters, stripUnwanted } from "@/lib/text";

const bidi = bidiFactory();

/** One printable line: no controls or bidi overrides, composed Unicode (Vietnamese letters as single code points), Persian letters, one space between words. */
export function printable(text: string): string {
  return persianLetters(
    stripUnwanted(text)
      .normalize("NFC")
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " "),
  )
    .replace(/\s+/g, " ")
    .trim();
}

const LRI = "\u2066";
const PDI = "\u2069";
const ISOLATE_START = /[\u2066-\u2068]/;
/**
 * A number the reader takes as one: digits (ASCII, Persian or Arabic-Indic)
 * joined by hyphens, slashes, dots or single spaces, perhaps after a plus sign
 * — phone numbers, postal codes, house numbers like 12/3.
 */
const NUMBER_GROUPS = /\+?[0-9۰-۹٠-٩]+(?:[-/. ][0-9۰-۹٠-٩]+)+/g;
/** Characters that make a line right to left somewhere. */
const RTL_CHARACTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]/;

/**
 * Free text as a label prints it: cleaned, Arabic-Indic digits written as
 * Persian ones (which the bidi algorithm treats as European numbers, so they
 * no longer reverse), and in right-to-left text every multi-group number
 * isolated left to right so "0912-345-6789" keeps its order.
 */
export function freeText(text: string): string {
  const clean = printable(text).replace(/[٠-٩]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x0660 + 0x06f0));
  return RTL_CHARACTER.test(clean) ? clean.replace(NUMBER_GROUPS, (match) => `${LRI}${match}${PDI}`) : clean;
}

/** Digits a market writes numbers with on a printed label. */
export type Digits = "latn" | "arabext";

/**
 * A code or number (postal code, phone): stored with ASCII digits, printed in
 * the market's digits, always as one left-to-right unit.
 */
export function codeField(text: string, digits: Digits): string {
  const ascii = asciiDigits(printable(text));
  const shown = digits === "arabext" ? ascii.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d))) : ascii;
  return `${LRI}${shown}${PDI}`;
}

/**
 * The paragraph direction of a field (UAX #9 rules P2–P3): that of its first
 * strong letter outside isolates; a field without one takes the fallback.
 */
export function paragraphDirection(text: string, fallback: "rtl" | "ltr"): "rtl" | "ltr" {
  let depth = 0;
  for (const char of text) {
    if (ISOLATE_START.test(char)) depth++;
    else if (char === PDI) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const type = bidi.getBidiCharTypeName(char);
      if (type === "L") return "ltr";
      if (type === "R" || type === "AL") return "rtl";
    }
  }
  return fallback;
}
