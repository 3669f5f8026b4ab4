/**
 * Text is normalised once, here, on its way in (forms, tRPC inputs, imports)
 * and on its way into search. Every user-typed string goes through `cleanText`;
 * codes and numbers through `codeText`; search keys through `foldForSearch`.
 */

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits as ASCII, so "۱۲۳" typed on a Persian keyboard reads as 123. */
export function asciiDigits(text: string): string {
  return text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

/** Arabic yeh and kaf (ي ى ك) as the Persian letters (ی ک) a Persian keyboard types. */
export function persianLetters(text: string): string {
  return text.replace(/[يى]/g, "ی").replace(/ك/g, "ک");
}

/**
 * Characters no person means to type into a form, and that break storage or
 * display: C0/C1 controls other than tab and newline, lone UTF-16 surrogates,
 * bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069),
 * the byte-order mark and non-characters.
 */
const UNWANTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes what `UNWANTED` names (the renderer uses this too, for text stored before the rule). */
export function stripUnwanted(text: string): string {
  return text.replace(UNWANTED, "");
}

/** True when the text holds something `cleanText` would remove. */
export function hasUnwanted(text: string): boolean {
  UNWANTED.lastIndex = 0;
  const found = UNWANTED.test(text);
  UNWANTED.lastIndex = 0;
  return found;
}

/**
 * A line or paragraph as a person typed it, made safe to keep: unwanted
 * characters removed, NFC, Arabic ي ك as the Persian ی ک (the marketplace's
 * Arabic-script language is Persian), trimmed. Multi-line text
 * keeps its newlines (CRLF becomes LF); single-line text folds them to spaces.
 */
export function cleanText(text: string, options: { multiline?: boolean } = {}): string {
  let value = stripUnwanted(text).normalize("NFC").replace(/\r\n?/g, "\n");
  if (!options.multiline) value = value.replace(/[\n\t]+/g, " ");
  value = persianLetters(value);
  return value.trim();
}

/** A code or number as typed (postal code, phone, tracking, order number): cleaned, digits in ASCII, no inner spaces kept twice. */
export function codeText(text: string): string {
  return asciiDigits(cleanText(text)).replace(/\s+/g, " ");
}

/**
 * The form text is indexed and searched by: NFKC, lower case, Vietnamese and
 * other Latin marks removed (đ → d), Arabic ي ك as Persian ی ک, ZWNJ, ZWJ and
 * kashida removed, digits in ASCII, runs of space folded.
 */
export function foldForSearch(text: string): string {
  return asciiDigits(persianLetters(stripUnwanted(text).normalize("NFKC").toLowerCase()))
    .replace(/[đĐ]/g, "d")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u200c\u200d\u0640]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .normalize("NFC");
}
