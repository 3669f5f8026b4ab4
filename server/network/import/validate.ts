import { cleanText, codeText } from "@/lib/text";
import type { RawRow, RegionColumn } from "./parse";

export const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
const LOCALES = ["en", "fa", "zh", "vi"] as const;

/** What validation needs to know of a market. */
export interface MarketRules {
  code: string;
  defaultLocale: string;
  regionLevels: string[];
  postalCodePattern: string;
}

/** A region already on the map, by market and code. */
export interface ExistingRegion {
  level: string;
  slug: string;
}

/** Why a row was refused: a key under network.import.reasons, and its values. */
export interface RowError {
  line: number;
  reason: string;
  params?: Record<string, string | number>;
}

/** A row that passed every check, in the shape the database takes. */
export interface RegionRow {
  line: number;
  marketCode: string;
  level: string;
  depth: number;
  code: string;
  parentCode: string | null;
  postalCode: string | null;
  lat: number | null;
  lng: number | null;
  weekdays: number[] | null;
  name: Record<string, string>;
  validFrom: string | null;
  replaces: string[];
  slug: string;
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NAME_MAX = 120;

function validDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const PLAIN_ASCII = /^[\x21-\x7E]*$/;

/** codeText, skipped for the common cell that is already plain ASCII with no space (most cells of a large file). */
function codeCell(value: string): string {
  return PLAIN_ASCII.test(value) ? value : codeText(value);
}

/**
 * The names of a row cleaned in one pass rather than one per column: cells are
 * single-line, so they are joined on newlines, cleaned as one text and split.
 */
function cleanNames(values: string[]): string[] {
  // brackets at both ends keep the whole-text trim from eating empty first or last cells
  const joined = `[${values.map((v) => v.replace(/[\r\n\t]+/g, " ")).join("\n")}]`;
  return cleanText(joined, { multiline: true })
    .slice(1, -1)
    .split("\n")
    .map((v) => v.trim());
}

function parseNumber(value: string): number | null {
  const n = Number(codeCell(value));
  return value !== "" && Number.isFinite(n) ? n : null;
}

/** `mon;wed;fri` → [1, 3, 5]; null when a token is not a weekday. */
export function parseRouteDays(value: string): number[] | null {
  const days = new Set<number>();
  for (const token of value.split(/[;,\s]+/).filter(Boolean)) {
    const day = WEEKDAYS.indexOf(token.toLowerCase().slice(0, 3) as (typeof WEEKDAYS)[number]);
    if (day < 0 || token.length > 9) return null;
    days.add(day);
  }
  return [...days].sort((a, b) => a - b);
}

const patterns = new WeakMap<MarketRules, RegExp>();
function postalPattern(market: MarketRules): RegExp {
  let pattern = patterns.get(market);
  if (!pattern) patterns.set(market, (pattern = new RegExp(market.postalCodePattern)));
  return pattern;
}

export function regionSlug(marketCode: string, code: string): string {
  return `${marketCode}-${code}`.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/**
 * Checks every row of a file against the markets, the map as it stands and
 * the rows before it. Returns every refused row with its reason, or, when
 * there are none, the rows ready to write.
 */
export function validateRegionRows(
  rows: RawRow[],
  columnCount: number,
  markets: Map<string, MarketRules>,
  existing: Map<string, ExistingRegion>,
  takenSlugs: Map<string, string>,
): { rows: RegionRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const accepted: RegionRow[] = [];
  const seen = new Map<string, { line: number; level: string }>();

  for (const raw of rows) {
    const cell = (c: RegionColumn) => raw.cells[c] ?? "";
    const fail = (reason: string, params?: RowError["params"]) => errors.push({ line: raw.line, reason, params });
    if (raw.columnCount !== columnCount) {
      fail("columnCount", { expected: columnCount, found: raw.columnCount });
      continue;
    }
    const market = markets.get(codeCell(cell("market")).toUpperCase());
    if (!market) {
      fail("unknownMarket", { market: cleanText(cell("market")).slice(0, 20) });
      continue;
    }
    const level = cell("level").toLowerCase();
    const depth = market.regionLevels.indexOf(level);
    if (depth < 0) {
      fail("badLevel", { allowed: market.regionLevels.join(", ") });
      continue;
    }
    const code = codeCell(cell("code"));
    if (!CODE.test(code)) {
      fail("badCode");
      continue;
    }
    const key = `${market.code}:${code}`;
    const earlier = seen.get(key);
    if (earlier) {
      fail("duplicateCode", { code, line: earlier.line });
      continue;
    }
    const before = existing.get(key);
    if (before && before.level !== level) {
      fail("levelChanged", { code, level: before.level });
      continue;
    }
    const parentCode = codeCell(cell("parent_code")) || null;
    if (depth === 0 && parentCode) {
      fail("topHasParent", { level });
      continue;
    }
    if (depth > 0) {
      const wanted = market.regionLevels[depth - 1] ?? "";
      const parentKey = `${market.code}:${parentCode}`;
      const parent = parentCode ? (seen.get(parentKey) ?? existing.get(parentKey)) : undefined;
      if (!parent) {
        fail("missingParent", { code: parentCode?.slice(0, 40) ?? "—", level: wanted });
        continue;
      }
      if (parent.level !== wanted) {
        fail("parentLevel", { code: parentCode?.slice(0, 40) ?? "", level: wanted });
        continue;
      }
    }
    const postalCode = codeCell(cell("postal_code")) || null;
    const isAddressLevel = depth === market.regionLevels.length - 1;
    if (postalCode && (!/^\d{1,10}$/.test(postalCode) || (isAddressLevel && !postalPattern(market).test(postalCode)))) {
      fail("badPostalCode", { code: postalCode.slice(0, 20) });
      continue;
    }
    const latText = codeCell(cell("lat"));
    const lngText = codeCell(cell("lng"));
    const lat = parseNumber(latText);
    const lng = parseNumber(lngText);
    if ((latText || lngText) && (lat === null || lng === null || Math.abs(lat) > 90 || Math.abs(lng) > 180)) {
      fail("badCoordinates");
      continue;
    }
    const weekdays = cell("route_days") ? parseRouteDays(cell("route_days")) : null;
    if (cell("route_days") && weekdays === null) {
      fail("badRouteDays");
      continue;
    }
    const name: Record<string, string> = {};
    let badName = "";
    const [local = "", ...names] = cleanNames([cell("name_local"), ...LOCALES.map((l) => cell(`name_${l}`))]);
    LOCALES.forEach((locale, i) => {
      const value = names[i] ?? "";
      if (value.length > NAME_MAX) badName = `name_${locale}`;
      else if (value) name[locale] = value;
    });
    if (local.length > NAME_MAX) badName = "name_local";
    if (badName) {
      fail("nameTooLong", { column: badName, max: NAME_MAX });
      continue;
    }
    if (!local) {
      fail("missingLocalName", { locale: market.defaultLocale });
      continue;
    }
    name[market.defaultLocale] = local;
    const validFrom = codeCell(cell("valid_from")) || null;
    if (validFrom && !validDate(validFrom)) {
      fail("badDate");
      continue;
    }
    const replaces = codeCell(cell("replaces")).split(/[;\s]+/).filter(Boolean);
    const unknown = replaces.find((old) => old === code || !existing.has(`${market.code}:${old}`));
    if (unknown) {
      fail("unknownReplaced", { code: unknown.slice(0, 40) });
      continue;
    }
    if (replaces.length > 0 && !validFrom) {
      fail("replacesNeedsDate");
      continue;
    }
    const slug = before?.slug ?? regionSlug(market.code, code);
    const slugOwner = takenSlugs.get(slug);
    if (!before && slugOwner !== undefined && slugOwner !== key) {
      fail("slugTaken", { slug });
      continue;
    }
    takenSlugs.set(slug, key);
    seen.set(key, { line: raw.line, level });
    accepted.push({ line: raw.line, marketCode: market.code, level, depth, code, parentCode, postalCode, lat, lng, weekdays, name, validFrom, replaces, slug });
  }
  return { rows: accepted, errors };
}
