import fs from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/locales";

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

/** The argument names a message uses, read with the ICU parser (plural and select branches included). */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ("value" in element && typeof element.value === "string" && element.type !== TYPE.literal) names.add(element.value);
      if ("options" in element) for (const option of Object.values(element.options)) walk(option.value);
      if ("children" in element) walk(element.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

function read(file: string): Tree {
  return JSON.parse(fs.readFileSync(path.join("messages", file), "utf8")) as Tree;
}

// each locale's catalog is the storefront file plus the portal's files, as lib/messages.ts assembles it
const catalogs = Object.fromEntries(
  locales.map((locale) => [locale, { ...read(`${locale}.json`), ...read(`account/${locale}.json`), ...read(`seller/${locale}.json`), ...read(`shop/${locale}.json`), ...read(`operator/${locale}.json`), ...read(`dispatch/${locale}.json`), ...read(`money/${locale}.json`) }]),
);

function lookup(tree: Tree, key: string): string {
  return key.split(".").reduce<Tree | string>((node, part) => (node as Tree)[part]!, tree) as string;
}

describe("message catalogs", () => {
  it("portal files never redefine a storefront namespace", () => {
    for (const locale of locales) {
      const base = Object.keys(read(`${locale}.json`));
      const portal = [...Object.keys(read(`account/${locale}.json`)), ...Object.keys(read(`seller/${locale}.json`)), ...Object.keys(read(`shop/${locale}.json`))];
      expect(portal.filter((ns) => base.includes(ns))).toEqual([]);
      expect(new Set(portal).size).toBe(portal.length);
    }
  });

  const all = new Set(locales.flatMap((locale) => keys(catalogs[locale]!)));

  it.each(locales)("%s has every key another catalog has", (locale) => {
    const own = new Set(keys(catalogs[locale]!));
    expect([...all].filter((key) => !own.has(key))).toEqual([]);
  });

  it.each(locales)("%s messages are non-empty and use the same placeholders as English", (locale) => {
    for (const key of keys(catalogs.en!)) {
      const message = lookup(catalogs[locale]!, key);
      expect(message.trim(), key).not.toBe("");
      expect(new Set(placeholders(message)), `${locale}:${key}`).toEqual(new Set(placeholders(lookup(catalogs.en!, key))));
    }
  });
});
