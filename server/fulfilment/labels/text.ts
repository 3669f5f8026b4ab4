/**
 * One line of label text: bidi runs in visual order, each cut into stretches
 * of one font, measured, fitted into a box (smaller type, then an ellipsis)
 * and drawn left to right.
 */
import LineBreaker from "linebreak";
import { hasRtlLetter, visualRuns } from "./bidi";
import { cached, Lru } from "./cache";
import type { Canvas } from "./canvas";
import { face, type Face, type Family, type Shaped, type Weight } from "./fonts";

export interface TextStyle {
  /** Paragraph direction: the label's (RTL for Persian). */
  direction: "rtl" | "ltr";
  /** The family for text that is neither Arabic script nor Chinese, when it has every letter. */
  family: Family;
  weight?: Weight;
}

/** A stretch of one font, in visual order, drawn left to right; width in points at size 1. */
export interface Piece {
  text: string;
  face: Face;
  /** Its glyphs as shaped for the width: drawn as they are, not shaped again. */
  shaped: Shaped;
  width: number;
}

export interface LineLayout {
  pieces: readonly Piece[];
  /** Width in points at size 1. */
  width: number;
}

type Script = "arabic" | "han" | "other";

function scriptOf(codePoint: number): Script {
  if ((codePoint >= 0x0600 && codePoint <= 0x06ff) || (codePoint >= 0x0750 && codePoint <= 0x077f) || (codePoint >= 0x08a0 && codePoint <= 0x08ff)) return "arabic";
  if ((codePoint >= 0xfb50 && codePoint <= 0xfdff) || (codePoint >= 0xfe70 && codePoint <= 0xfeff)) return "arabic";
  if ((codePoint >= 0x2e80 && codePoint <= 0x9fff) || (codePoint >= 0xf900 && codePoint <= 0xfaff) || (codePoint >= 0xff00 && codePoint <= 0xffef)) return "han";
  if (codePoint >= 0x20000 && codePoint <= 0x3ffff) return "han";
  return "other";
}

const FAMILY_OF_SCRIPT: Record<Exclude<Script, "other">, Family> = { arabic: "vazirmatn", han: "notoSansSc" };
const FAMILIES: readonly Family[] = ["vazirmatn", "notoSansSc", "unifontex"];

function coversAll(f: Face, codePoints: readonly number[]): boolean {
  return codePoints.every((cp) => f.covers(cp) || isInvisible(cp));
}

/** Joiners and marks a font may lack without harm (they draw nothing). */
function isInvisible(codePoint: number): boolean {
  return codePoint === 0x200c || codePoint === 0x200d || codePoint === 0xfeff;
}

/** Stretches of one family in logical order: Arabic script and Chinese keep their family, other text joins a neighbour that has its letters. */
function familyStretches(text: string, primary: Family): { text: string; family: Family }[] {
  const whole = oneFamily(text, primary);
  if (whole) return [{ text, family: whole }];
  return withFallback(scriptStretches(text, primary), primary);
}

/**
 * The family of a text that is all one stretch, found in one pass (most lines
 * are): text of one script, or of none, whose family has every letter — what
 * the stretches below would come to. Null when the text needs them.
 */
function oneFamily(text: string, primary: Family): Family | null {
  let script: Script = "other";
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) ?? 0;
    if (cp > 0xffff) i++;
    const own = scriptOf(cp);
    if (own === "other") continue;
    if (script !== "other" && own !== script) return null;
    script = own;
  }
  const family = script === "other" ? primary : FAMILY_OF_SCRIPT[script];
  const f = face(`${family}-regular`);
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) ?? 0;
    if (cp > 0xffff) i++;
    if (!f.covers(cp) && !isInvisible(cp)) return null;
  }
  return family;
}

/** A character no label font has, written as its code point so the clerk sees which one it is (never an empty box). */
export function missingGlyphText(char: string): string {
  return `[U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}]`;
}

/** The label fonts for whole words; the last family is the fallback, a plain design with the rarest characters. */
const MAIN_FAMILIES: readonly Family[] = ["vazirmatn", "notoSansSc"];

/**
 * How a label prints a character: in one of its own fonts ("font"), in the
 * plain fallback font ("fallback": a rare Chinese character of CJK Extension B,
 * for example) or, when no font has it, as its code point ("missing").
 */
export function glyphCoverage(char: string): "font" | "fallback" | "missing" {
  const cp = char.codePointAt(0) ?? 0;
  if ((cp >= 0x20 && cp < 0x7f) || isInvisible(cp) || /\s/.test(char)) return "font";
  if (MAIN_FAMILIES.some((family) => face(`${family}-regular`).covers(cp))) return "font";
  return face("unifontex-regular").covers(cp) ? "fallback" : "missing";
}

/** True when no label font has the character: the label prints its code point instead (see `missingGlyphText`). */
export function isMissingGlyph(char: string): boolean {
  const cp = char.codePointAt(0) ?? 0;
  return !isInvisible(cp) && cp > 0x20 && !FAMILIES.some((family) => face(`${family}-regular`).covers(cp));
}

/** Letters a stretch's family lacks go to the first family that has them (the fallback font for rare Chinese characters), or are written as code points. */
function withFallback(stretches: { text: string; family: Family }[], primary: Family): { text: string; family: Family }[] {
  const out: { text: string; family: Family }[] = [];
  const push = (chunk: string, family: Family) => {
    const last = out[out.length - 1];
    if (last && last.family === family) last.text += chunk;
    else out.push({ text: chunk, family });
  };
  for (const stretch of stretches) {
    const own = face(`${stretch.family}-regular`);
    if (coversAll(own, Array.from(stretch.text, (c) => c.codePointAt(0) ?? 0))) {
      push(stretch.text, stretch.family);
      continue;
    }
    for (const char of stretch.text) {
      const cp = char.codePointAt(0) ?? 0;
      if (own.covers(cp) || isInvisible(cp) || cp === 0x20) push(char, stretch.family);
      else {
        const family = FAMILIES.find((f) => face(`${f}-regular`).covers(cp));
        if (family) push(char, family);
        else push(missingGlyphText(char), primary);
      }
    }
  }
  return out;
}

function scriptStretches(text: string, primary: Family): { text: string; family: Family }[] {
  const chars = Array.from(text);
  const groups: { chars: string[]; script: Script }[] = [];
  for (const char of chars) {
    const script = scriptOf(char.codePointAt(0) ?? 0);
    const last = groups[groups.length - 1];
    if (last && last.script === script) last.chars.push(char);
    else groups.push({ chars: [char], script });
  }
  const out: { text: string; family: Family }[] = [];
  const push = (chunk: string, family: Family) => {
    const last = out[out.length - 1];
    if (last && last.family === family) last.text += chunk;
    else out.push({ text: chunk, family });
  };
  groups.forEach((group, i) => {
    if (group.script !== "other") return push(group.chars.join(""), FAMILY_OF_SCRIPT[group.script]);
    const codePoints = group.chars.map((c) => c.codePointAt(0) ?? 0);
    const neighbours = [groups[i - 1]?.script, groups[i + 1]?.script].flatMap((s) => (s && s !== "other" ? [FAMILY_OF_SCRIPT[s]] : []));
    const candidates = [...neighbours, primary, ...FAMILIES];
    const whole = candidates.find((family) => coversAll(face(`${family}-regular`), codePoints));
    if (whole) return push(group.chars.join(""), whole);
    // no family has every letter: letter by letter, the primary family first
    for (const char of group.chars) {
      const cp = char.codePointAt(0) ?? 0;
      push(char, FAMILIES.find((family) => family === primary && face(`${family}-regular`).covers(cp)) ?? FAMILIES.find((family) => face(`${family}-regular`).covers(cp)) ?? primary);
    }
  });
  return out;
}

const layouts = new Lru<string, LineLayout>(1024);

/** A line ending in a left-to-right isolate without right-to-left letters: a label word and its code ("Postal code: ⁦1234567890⁩"). */
const TRAILING_CODE = /^([^\u2066-\u2069]*)\u2066([^\u2066-\u2069]+)\u2069$/;

/** The line's pieces in visual order and its width at size 1 (cached: label words and dates repeat). */
export function layoutLine(text: string, style: TextStyle): LineLayout {
  const code = TRAILING_CODE.exec(text);
  if (code && !hasRtlLetter(code[2] ?? "")) {
    // an isolate is one neutral at the paragraph's end: its text goes to the end of the line in the
    // paragraph's direction (the right end, or the left in a right-to-left field) and takes nothing
    // from the words before it; so the words are laid out once for every label, the code on its own
    const head = layoutLine(code[1] ?? "", style);
    const tail = layoutLine(code[2] ?? "", { ...style, direction: "ltr" });
    return { pieces: style.direction === "ltr" ? [...head.pieces, ...tail.pieces] : [...tail.pieces, ...head.pieces], width: head.width + tail.width };
  }
  const weight = style.weight ?? "regular";
  return cached(layouts, `${style.direction}|${style.family}|${weight}|${text}`, () => {
    const pieces: Piece[] = [];
    for (const run of visualRuns(text, style.direction)) {
      const stretches = familyStretches(run.text, style.family);
      if (run.rtl) stretches.reverse();
      for (const stretch of stretches) {
        const f = face(`${stretch.family}-${weight}`);
        // a right-to-left stretch without letters (brackets, punctuation) needs no shaping: reversed, it reads right
        const drawn = run.rtl && !hasRtlLetter(stretch.text) ? Array.from(stretch.text).reverse().join("") : stretch.text;
        const shaped = f.shape(drawn);
        pieces.push({ text: drawn, face: f, shaped, width: shaped.advanceWidth / f.unitsPerEm });
      }
    }
    return { pieces, width: pieces.reduce((sum, p) => sum + p.width, 0) };
  });
}

/** A line fitted into a width: the text as drawn (perhaps cut, with an ellipsis), its layout and its size. */
export interface FittedLine {
  text: string;
  layout: LineLayout;
  size: number;
  /** Width in points at the fitted size. */
  width: number;
}

const ELLIPSIS = "…";
const TRAILING_SEPARATORS = /[\s,،;:·\-–—/]+$/u;
const MARK = /^\p{M}/u;

/**
 * Fits a line into `maxWidth`: at `size` when it fits, else smaller down to
 * `minSize`, else cut at the end (in reading order) with an ellipsis.
 */
export function fitLine(text: string, style: TextStyle, maxWidth: number, size: number, minSize = size * 0.75): FittedLine {
  const layout = layoutLine(text, style);
  if (layout.width * size <= maxWidth) return { text, layout, size, width: layout.width * size };
  if (layout.width * minSize <= maxWidth) {
    const shrunk = Math.floor((maxWidth / layout.width) * 4) / 4;
    const fittedSize = Math.max(minSize, Math.min(size, shrunk));
    return { text, layout, size: fittedSize, width: layout.width * fittedSize };
  }
  const chars = Array.from(text);
  let low = 0;
  let high = chars.length - 1;
  let best: FittedLine | null = null;
  while (low <= high) {
    const middle = (low + high) >> 1;
    let cut = middle;
    while (cut > 0 && MARK.test(chars[cut] ?? "")) cut--; // never split a letter from its marks
    const candidate = chars.slice(0, cut).join("").replace(TRAILING_SEPARATORS, "") + ELLIPSIS;
    const candidateLayout = layoutLine(candidate, style);
    if (candidateLayout.width * minSize <= maxWidth) {
      best = { text: candidate, layout: candidateLayout, size: minSize, width: candidateLayout.width * minSize };
      low = middle + 1;
    } else high = middle - 1;
  }
  if (best) return best;
  const nothing = layoutLine(ELLIPSIS, style);
  return { text: ELLIPSIS, layout: nothing, size: minSize, width: nothing.width * minSize };
}

export type Align = "start" | "end" | "center";

/** Draws a fitted line on its baseline inside [x, x + width]; start is the right edge in a right-to-left label. */
export function drawLine(canvas: Canvas, line: FittedLine, x: number, baseline: number, width: number, align: Align, direction: "rtl" | "ltr"): void {
  const side = align === "center" ? "center" : (align === "start") === (direction === "ltr") ? "left" : "right";
  let pen = side === "left" ? x : side === "right" ? x + width - line.width : x + (width - line.width) / 2;
  for (const piece of line.layout.pieces) {
    if (piece.text.trim() !== "") {
      canvas.text(piece.face.name, piece.text, line.size, pen, baseline, piece.shaped);
    }
    pen += piece.width * line.size;
  }
}

/** Fits and draws in one step; returns the size used. */
export function textLine(
  canvas: Canvas,
  text: string,
  style: TextStyle,
  box: { x: number; baseline: number; width: number; size: number; minSize?: number; align?: Align },
): FittedLine {
  const line = fitLine(text, style, box.width, box.size, box.minSize);
  drawLine(canvas, line, box.x, box.baseline, box.width, box.align ?? "start", style.direction);
  return line;
}

/** The pieces of a line between Unicode line-break opportunities (UAX #14), in logical order, spaces kept at their ends. */
export function breakPieces(text: string): string[] {
  const breaker = new LineBreaker(text);
  const pieces: string[] = [];
  let last = 0;
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
    if (next.position > last) pieces.push(text.slice(last, next.position));
    last = next.position;
  }
  return pieces;
}

/**
 * Breaks a line where Unicode allows (UAX #14: between Chinese characters,
 * after spaces and hyphens, never inside a number or before closing
 * punctuation) into at most `maxLines` lines that fit the width at the size, in
 * reading order before the bidi reordering of each line; the last line takes
 * the rest and is fitted when drawn.
 */
export function wrapLine(text: string, style: TextStyle, maxWidth: number, size: number, maxLines: number): string[] {
  if (maxLines <= 1 || layoutLine(text, style).width * size <= maxWidth) return [text];
  const pieces = breakPieces(text);
  // a line's width is the sum of its pieces' (text is shaped word by word): measured piece by
  // piece, each line laid out whole only once, to confirm it
  const widths = pieces.map((piece) => layoutLine(piece, style).width * size);
  const trailing = pieces.map((piece, i) => (piece.endsWith(" ") ? (widths[i] ?? 0) - layoutLine(piece.trimEnd(), style).width * size : 0));
  const lines: string[] = [];
  let start = 0;
  while (start < pieces.length) {
    if (lines.length === maxLines - 1) {
      lines.push(pieces.slice(start).join("").trim());
      break;
    }
    let end = start + 1;
    let width = widths[start] ?? 0;
    while (end < pieces.length && width + (widths[end] ?? 0) - (trailing[end] ?? 0) <= maxWidth) width += widths[end++] ?? 0;
    // shaping across a break (a rare kern) may make the whole a little wider than its parts
    while (end - start > 1 && layoutLine(pieces.slice(start, end).join("").trimEnd(), style).width * size > maxWidth) end--;
    const line = pieces.slice(start, end).join("").trim();
    if (line !== "") lines.push(line);
    start = end;
  }
  return lines;
}
