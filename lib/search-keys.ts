import { pinyin } from "pinyin-pro";
import { foldForSearch } from "./text";

/** Han ideographs are words on their own: spaced, each becomes a trigram "word" pg_trgm can match. */
const HAN = /(\p{Script=Han})/gu;

/**
 * The form both the indexed text and the shopper's query take before pg_trgm
 * compares them: `foldForSearch` (NFKC, case, Vietnamese marks, Arabic ي ك,
 * ZWNJ and kashida, digits), then each Chinese character as its own word, so
 * "米粉" matches inside "惠水米粉" although Chinese writes no spaces.
 */
export function searchForm(text: string): string {
  return foldForSearch(text).replace(HAN, " $1 ").replace(/\s+/g, " ").trim();
}

function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/**
 * Toneless pinyin of Chinese text, syllable by syllable and each neighbouring
 * pair joined ("hui shui mi fen huishui shuimi mifen"): shoppers type a
 * two-character word either way.
 */
export function pinyinForms(text: string): string {
  if (!hasHan(text)) return "";
  const syllables = pinyin(text, { toneType: "none", type: "array", nonZh: "removed", v: true }).filter(Boolean);
  if (syllables.length === 0) return "";
  const pairs = syllables.slice(1).map((syllable, i) => `${syllables[i]}${syllable}`);
  return [...syllables, ...pairs].join(" ");
}

export interface SearchKeys {
  /** the name in search form */
  searchName: string;
  /** the pinyin of a Chinese name, empty for other names */
  searchPinyin: string;
  /** the summary and description in search form */
  searchText: string;
}

/** The stored search columns of one product translation, computed when it is saved (and by the seed). */
export function searchKeys(text: { name: string; summary?: string | null; description?: string | null }): SearchKeys {
  return {
    searchName: searchForm(text.name),
    searchPinyin: searchForm(pinyinForms(text.name)),
    searchText: searchForm(`${text.summary ?? ""} ${text.description ?? ""}`),
  };
}
