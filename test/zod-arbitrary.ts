import fc from "fast-check";
import type { z } from "zod";

/** Values worth trying in place of a string: real ids and slugs of the database, and hostile text. */
export interface StringPools {
  /** real values by field name (shopId → shop ids, slug → product slugs …) */
  byField: Record<string, string[]>;
  uuids: string[];
}

/** Text a careless user or an attacker would type: NUL, lone surrogates, bidi overrides, other digits, huge. */
export const HOSTILE = [
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x\uDC00y",
  "\u202Etxt.exe",
  "\u2066=cmd\u2069",
  "۰۹۱۲۳۴۵۶۷۸۹",
  "٠١٢٣٤٥",
  "زرشك",
  "'; drop table orders; --",
  "%00",
  "\uFEFF",
  "   ",
  "",
  "x".repeat(5000),
  "😀".repeat(50),
  "𠀀𡈽",
  "<script>alert(1)</script>",
];

const safeString = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 20 }), fc.constantFrom(...HOSTILE));

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/**
 * A fast-check arbitrary of inputs for a zod 4 schema: mostly of the right
 * shape (so calls reach the code behind validation), with hostile strings,
 * out-of-range numbers and, now and then, a wrong type.
 */
export function arbitraryFor(schema: z.ZodType, pools: StringPools, field = ""): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const wrong = fc.constantFrom<unknown>(null, 1e308, -1, "", [], {}, true);
  const shaped = shapedFor(def, pools, field);
  return fc.oneof({ arbitrary: shaped, weight: 12 }, { arbitrary: wrong, weight: 1 });
}

function shapedFor(def: Def, pools: StringPools, field: string): fc.Arbitrary<unknown> {
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, z.ZodType>;
      const entries = Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, arbitraryFor(value, pools, key)]));
      return fc.record(entries, { requiredKeys: Object.keys(shape).filter((key) => !["optional", "default"].includes(defOf(shape[key]).type)) });
    }
    case "string": {
      const real = pools.byField[field] ?? (def.format === "uuid" ? pools.uuids : []);
      const formatted =
        def.format === "uuid" ? fc.uuid() : def.format === "datetime" ? fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) : def.format === "date" ? fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) : safeString;
      return real.length ? fc.oneof({ arbitrary: fc.constantFrom(...real), weight: 3 }, formatted, safeString) : fc.oneof(formatted, safeString);
    }
    case "number":
      return fc.oneof(fc.integer({ min: -5, max: 200 }), fc.integer(), fc.double({ noNaN: false }), fc.constantFrom(0, 1, 99, 100_000, Number.MAX_SAFE_INTEGER));
    case "bigint":
      return fc.bigInt();
    case "boolean":
      return fc.boolean();
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "array":
      return fc.array(arbitraryFor(def.element as z.ZodType, pools, field), { maxLength: 4 });
    case "optional":
    case "default":
      return fc.option(arbitraryFor(def.innerType as z.ZodType, pools, field), { nil: undefined });
    case "nullable":
      return fc.option(arbitraryFor(def.innerType as z.ZodType, pools, field), { nil: null });
    case "union":
      return fc.oneof(...(def.options as z.ZodType[]).map((option) => arbitraryFor(option, pools, field)));
    case "pipe":
      return arbitraryFor(def.in as z.ZodType, pools, field);
    case "transform":
      return safeString;
    default:
      return fc.anything({ maxDepth: 1 });
  }
}
