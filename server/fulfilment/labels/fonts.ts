/**
 * The label fonts and the choice of font per stretch of text: Vazirmatn for
 * Arabic script, Noto Sans SC for Chinese, and for everything else the first
 * family that has every letter (Noto Sans SC also has all precomposed
 * Vietnamese letters, Vazirmatn does not).
 */
import * as fontkit from "fontkit";
import { fontFile, FONT_FILES, type FaceName, type Family } from "./font-files";
import { hasRtlLetter } from "./bidi";
import { Lru } from "./cache";

export type { Family, Weight } from "./font-files";
export type { FaceName } from "./font-files";


/** Every face name, in a fixed order (a document's font resources are numbered by it). */
export const FACE_NAMES = Object.keys(FONT_FILES) as FaceName[];

/** One shaped run in font units, glyphs in visual order. */
export interface Shaped {
  glyphs: fontkit.Glyph[];
  positions: fontkit.GlyphPosition[];
  advanceWidth: number;
}

export interface Face {
  name: FaceName;
  family: Family;
  font: fontkit.Font;
  unitsPerEm: number;
  /** Ascender and descender in em (descender negative). */
  ascent: number;
  descent: number;
  covers(codePoint: number): boolean;
  /** Shaped text, cached: an Arabic-script run is shaped right to left and comes out in visual order. */
  shape(text: string): Shaped;
  /** Width of the text in points at the size. */
  width(text: string, size: number): number;
}

const faces = new Map<FaceName, Face>();
/** Faces by file: both weights of the fallback are one font, loaded once. */
const byFile = new Map<string, Face>();
/** A word of digits with Latin letters and signs: it joins nothing and is drawn letter by letter. */
const CODE_LIKE = /^(?=.*[0-9۰-۹٠-٩])[\x21-\x7e۰-۹٠-٩٫٬]+$/;


/** The face, loaded once per process (the fonts are read from disk once, shapes are shared by every document). */
export function face(name: FaceName): Face {
  const known = faces.get(name);
  if (known) return known;
  const loaded = byFile.get(FONT_FILES[name]);
  if (loaded) {
    faces.set(name, loaded);
    return loaded;
  }
  // the fonts are files of npm packages, read at run time: nothing for the bundler to trace
  const opened = fontkit.create(fontFile(FONT_FILES[name]));
  if (!("layout" in opened)) throw new Error(`${FONT_FILES[name]} is a font collection, not a font`);
  const created = makeFace(name, opened);
  faces.set(name, created);
  byFile.set(FONT_FILES[name], created);
  return created;
}

/** Shaped runs one after another. */
function joined(parts: readonly Shaped[]): Shaped {
  const glyphs: fontkit.Glyph[] = [];
  const positions: fontkit.GlyphPosition[] = [];
  let advanceWidth = 0;
  for (const part of parts) {
    for (let i = 0; i < part.glyphs.length; i++) {
      glyphs.push(part.glyphs[i] as fontkit.Glyph);
      positions.push(part.positions[i] as fontkit.GlyphPosition);
    }
    advanceWidth += part.advanceWidth;
  }
  return { glyphs, positions, advanceWidth };
}

function makeFace(name: FaceName, font: fontkit.Font): Face {
  // whether the font has a character, once asked: a byte per character of the basic plane (0 not asked yet)
  const basic = new Uint8Array(0x10000);
  const coverage = new Map<number, boolean>();
  const shapes = new Lru<string, Shaped>(1024);
  const words = new Lru<string, Shaped>(2048);
  const unitsPerEm = font.unitsPerEm;

  const shapeWord = (word: string): Shaped => {
    const hit = words.get(word);
    if (hit) return hit;
    if (word.length > 1 && CODE_LIKE.test(word)) {
      // numbers and codes (tracking, order, postal, phone, house numbers) are new on every label:
      // built from their characters, which needs no shaping, instead of a full layout each time
      const composed = joined(Array.from(word, (char) => shapeWord(char)));
      words.set(word, composed);
      return composed;
    }
    // Persian is shaped as Arabic script, right to left, and comes back in visual order; anything else
    // (Persian digits too, which fontkit would take for right-to-left Arabic script) is left to right
    const run = hasRtlLetter(word) ? font.layout(word, undefined, "arab", "FAR ", "rtl") : font.layout(word, undefined, undefined, undefined, "ltr");
    const positions = run.positions.map(({ xAdvance, yAdvance, xOffset, yOffset }) => ({ xAdvance, yAdvance, xOffset, yOffset }));
    const shaped = { glyphs: run.glyphs, positions, advanceWidth: positions.reduce((sum, p) => sum + p.xAdvance, 0) };
    words.set(word, shaped);
    return shaped;
  };

  // Shaped word by word (Arabic letters join only within a word), so the words of
  // addresses and names are shaped once per batch, not once per label.
  const shape = (text: string): Shaped => {
    const hit = shapes.get(text);
    if (hit) return hit;
    const tokens = text.split(/( +)/).filter((token) => token !== "");
    let shaped: Shaped;
    if (tokens.length === 1) shaped = shapeWord(text);
    else {
      const rtl = hasRtlLetter(text);
      // in a right-to-left run, words are laid right to left; a word without letters there reads reversed
      const parts = tokens.map((token) => shapeWord(rtl && !hasRtlLetter(token) ? Array.from(token).reverse().join("") : token));
      if (rtl) parts.reverse();
      shaped = joined(parts);
    }
    shapes.set(text, shaped);
    return shaped;
  };

  return {
    name,
    family: name.slice(0, name.indexOf("-")) as Family,
    font,
    unitsPerEm,
    ascent: font.ascent / unitsPerEm,
    descent: font.descent / unitsPerEm,
    covers(codePoint) {
      if (codePoint < 0x10000) {
        const known = basic[codePoint];
        if (known) return known === 1;
        const has = font.hasGlyphForCodePoint(codePoint);
        basic[codePoint] = has ? 1 : 2;
        return has;
      }
      let has = coverage.get(codePoint);
      if (has === undefined) {
        has = font.hasGlyphForCodePoint(codePoint);
        coverage.set(codePoint, has);
      }
      return has;
    },
    shape,
    width: (text, size) => (shape(text).advanceWidth * size) / unitsPerEm,
  };
}
