/** The Unicode bidirectional algorithm (bidi-js), cut into directional runs for writers that draw left to right. */
import bidiFactory from "bidi-js";
import { Lru } from "./cache";

const bidi = bidiFactory();
/** Directional marks, embeddings and isolates: they steer the algorithm but are not drawn. */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Characters that can make any part of a line right to left (Hebrew, Arabic script, RTL marks and embeddings). */
const MAY_BE_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f\u202b\u202e\u2067\u2068]|[\ud802\ud803\ud83a\ud83b]/;

/** Marks, embeddings, overrides and isolates that start right-to-left text. */
const RTL_CONTROL = /[\u200f\u202b\u202e\u2067\u2068]/;

/** A run of one direction; `text` is in logical order (mirrored brackets already swapped in RTL runs). */
export interface BidiRun {
  readonly text: string;
  readonly rtl: boolean;
}

const runsCache = new Lru<string, readonly BidiRun[]>(512);

/**
 * Runs of one line in visual left-to-right order. Each run's text stays in
 * logical order; a writer draws an RTL run's characters right to left.
 */
export function visualRuns(text: string, baseDirection: "rtl" | "ltr"): readonly BidiRun[] {
  if (text === "") return [];
  // a left-to-right paragraph without right-to-left letters or controls reads left to right throughout
  // (Persian and Arabic-Indic digits among Latin text included: numbers never turn a run around alone)
  if (baseDirection === "ltr" && (!MAY_BE_RTL.test(text) || (!RTL_CONTROL.test(text) && !hasRtlLetter(text)))) {
    const plain = text.replace(BIDI_CONTROLS, "");
    return plain === "" ? [] : [{ text: plain, rtl: false }];
  }
  const key = `${baseDirection}|${text}`;
  const hit = runsCache.get(key);
  if (hit) return hit;
  const runs = computeRuns(text, baseDirection);
  runsCache.set(key, runs);
  return runs;
}

function computeRuns(text: string, baseDirection: "rtl" | "ltr"): readonly BidiRun[] {
  const levels = bidi.getEmbeddingLevels(text, baseDirection);
  const order = Array.from({ length: text.length }, (_, i) => i);
  for (const [start = 0, end = 0] of bidi.getReorderSegments(text, levels)) {
    const flipped = order.slice(start, end + 1).reverse();
    order.splice(start, flipped.length, ...flipped);
  }
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels);
  const runs: { indices: number[]; rtl: boolean }[] = [];
  let previous = -2;
  for (const index of order) {
    const rtl = ((levels.levels[index] ?? 0) & 1) === 1;
    const last = runs[runs.length - 1];
    const contiguous = last !== undefined && last.rtl === rtl && index === previous + (rtl ? -1 : 1);
    if (contiguous) last.indices.push(index);
    else runs.push({ indices: [index], rtl });
    previous = index;
  }
  return runs
    .map(({ indices, rtl }) => {
      // back to logical order; joining code units keeps surrogate pairs whole
      const logical = rtl ? [...indices].reverse() : indices;
      const chars = logical.map((i) => mirrored.get(i) ?? text[i] ?? "").join("");
      return { rtl, text: chars.replace(BIDI_CONTROLS, "") };
    })
    .filter((run) => run.text !== "");
}

/** True when the text has a right-to-left letter (Arabic script, Hebrew): it is shaped right to left. */
export function hasRtlLetter(text: string): boolean {
  if (!MAY_BE_RTL.test(text)) return false;
  for (const char of text) {
    const type = bidi.getBidiCharTypeName(char);
    if (type === "R" || type === "AL") return true;
  }
  return false;
}

/** Wraps text in a left-to-right isolate (LRI … PDI) so a phone number or code stays one LTR unit inside RTL text. */
export function isolateLtr(text: string): string {
  return `\u2066${text}\u2069`;
}

/** The whole line as a string in visual order (RTL runs reversed by code point), for printers without bidi and for tests. */
export function visualString(text: string, baseDirection: "rtl" | "ltr"): string {
  return visualRuns(text, baseDirection)
    .map((run) => (run.rtl ? [...run.text].reverse().join("") : run.text))
    .join("");
}
