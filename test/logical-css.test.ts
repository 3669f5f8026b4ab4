import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Physical-direction utilities that would not turn around for right-to-left Persian. */
const PHYSICAL = /(?<![\w-])-?(ml|mr|pl|pr|left|right|border-l|border-r|rounded-l|rounded-r|rounded-tl|rounded-tr|rounded-bl|rounded-br|text-left|text-right|float-left|float-right|scroll-ml|scroll-mr)(-[\w./[\]]+)?(?![\w-])/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.(tsx|css)$/.test(entry.name) ? [full] : [];
  });
}

describe("layout uses logical (start/end) CSS only", () => {
  it.each([...sources("app"), ...sources("components")])("%s", (file) => {
    const text = fs.readFileSync(file, "utf8");
    const classNames = [...text.matchAll(/className=(?:"([^"]*)"|\{`([^`]*)`\})/g)].map((m) => m[1] ?? m[2] ?? "");
    const offending = classNames.flatMap((value) => value.split(/\s+/)).filter((cls) => PHYSICAL.test(cls.replace(/^[\w-]+:/, "")));
    expect(offending).toEqual([]);
    expect(text).not.toMatch(/(margin|padding)-(left|right)\s*:|\b(left|right)\s*:\s*\d/);
  });
});
