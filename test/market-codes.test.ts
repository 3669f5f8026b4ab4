import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { markets } from "@/db/seed/data/markets";

const root = path.resolve(import.meta.dirname, "..");
const CODE_DIRS = ["app", "server", "lib", "components"];

/**
 * Files that may name markets, each for a stated reason; anything else that
 * does fails the test. Markets are data: a fourth country is a seed change.
 * None is left: every market rule reads the markets table or seed data.
 */
const KNOWN: Record<string, string> = {};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.ts$/.test(name) ? [full] : [];
  });
}

describe("market codes", () => {
  const codes = markets.map((m) => m.code).join("|");
  // a quoted code ("IR", 'CN', `VN`) or an object key named after one (IR: …)
  const pattern = new RegExp(`(["'\`])(${codes})\\1|[{,]\\s*(${codes})\\s*:`);

  it("appear in code only where listed (markets are data; seed data and tests excepted)", () => {
    const offenders = CODE_DIRS.flatMap((dir) => sourceFiles(path.join(root, dir)))
      .map((file) => path.relative(root, file).split(path.sep).join("/"))
      .filter((file) => !(file in KNOWN))
      .filter((file) => pattern.test(readFileSync(path.join(root, file), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("are still named by every listed file, so the list never keeps a file that no longer needs it", () => {
    for (const file of Object.keys(KNOWN)) expect(pattern.test(readFileSync(path.join(root, file), "utf8")), file).toBe(true);
  });

  it("would be caught in a file outside the list", () => {
    expect(pattern.test('const fee = market === "VN" ? 1 : 0;')).toBe(true);
    expect(pattern.test("const dial = { IR: 98 };")).toBe(true);
    expect(pattern.test("const s10 = /^CP\\d{9}IR$/;")).toBe(false);
  });
});
