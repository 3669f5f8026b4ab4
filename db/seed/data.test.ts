import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { categories } from "./data/categories";
import { demoMarkets } from "./data";
import type { L10n, SeedRegion } from "./types";

const products = demoMarkets.flatMap((m) => m.products);
const shops = demoMarkets.flatMap((m) => m.shops);
const provinces = demoMarkets.flatMap((m) => m.regions);

function walk(region: SeedRegion, depth = 0): { region: SeedRegion; depth: number }[] {
  return [{ region, depth }, ...(region.children ?? []).flatMap((child) => walk(child, depth + 1))];
}
const regions = provinces.flatMap((p) => walk(p));
const villages = new Set(regions.filter((r) => r.depth === 2).map((r) => r.region.slug));

function l10nValues(): { where: string; value: L10n }[] {
  return [
    ...regions.map((r) => ({ where: `region ${r.region.slug}`, value: r.region.name })),
    ...shops.flatMap((s) => [
      { where: `shop ${s.slug} name`, value: s.name },
      { where: `shop ${s.slug} story`, value: s.story },
    ]),
    ...products.flatMap((p) => [
      { where: `product ${p.slug} name`, value: p.name },
      { where: `product ${p.slug} summary`, value: p.summary },
      { where: `product ${p.slug} description`, value: p.description },
      ...p.variants.map((v) => ({ where: `variant ${v.sku}`, value: v.label })),
    ]),
  ];
}

describe("demo seed data", () => {
  it("has the size the storefront is demonstrated with", () => {
    expect(provinces.length).toBeGreaterThanOrEqual(6);
    expect(shops.length).toBeGreaterThanOrEqual(20);
    expect(products.length).toBeGreaterThanOrEqual(80);
    expect(demoMarkets.map((m) => m.market).sort()).toEqual(["CN", "IR", "VN"]);
  });

  it("uses unique lowercase ascii slugs and SKUs", () => {
    const slugs = [...regions.map((r) => r.region.slug), ...shops.map((s) => s.slug), ...products.map((p) => p.slug)];
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(regions.map((r) => r.region.slug)).size).toBe(regions.length);
    expect(new Set(shops.map((s) => s.slug)).size).toBe(shops.length);
    expect(new Set(products.map((p) => p.slug)).size).toBe(products.length);
    const skus = products.flatMap((p) => p.variants.map((v) => v.sku));
    expect(new Set(skus).size).toBe(skus.length);
  });

  it("points at villages, shops and categories that exist", () => {
    const shopSlugs = new Set(shops.map((s) => s.slug));
    const categorySlugs = new Set(categories.map((c) => c.slug));
    for (const shop of shops) expect(villages.has(shop.village), shop.slug).toBe(true);
    for (const product of products) {
      expect(villages.has(product.originVillage), product.slug).toBe(true);
      expect(shopSlugs.has(product.shop), product.slug).toBe(true);
      expect(categorySlugs.has(product.category), product.slug).toBe(true);
    }
  });

  it("is written in all four languages, each in its own script", () => {
    for (const { where, value } of l10nValues()) {
      for (const locale of ["fa", "zh", "vi", "en"] as const) expect(value[locale].trim(), `${where} ${locale}`).not.toBe("");
    }
    for (const product of products) {
      expect(product.description.fa, product.slug).toMatch(/[\u0600-\u06FF]/);
      expect(product.description.zh, product.slug).toMatch(/[\u4E00-\u9FFF]/);
      expect(product.description.vi, product.slug).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
      expect(product.description.vi, product.slug).not.toBe(product.description.en);
      expect(product.summary.en.length, product.slug).toBeLessThanOrEqual(120);
    }
  });

  it("prices are positive integers in the minor unit, with stock and weight", () => {
    for (const product of products) {
      expect(product.variants.length, product.slug).toBeGreaterThanOrEqual(1);
      for (const v of product.variants) {
        expect(Number.isSafeInteger(v.priceMinor) && v.priceMinor > 0, v.sku).toBe(true);
        expect(Number.isInteger(v.stock) && v.stock >= 0, v.sku).toBe(true);
        expect(Number.isInteger(v.weightGrams) && v.weightGrams > 0, v.sku).toBe(true);
      }
    }
  });

  it("ships an image file for every product", () => {
    for (const product of products) {
      for (const n of [1, 2]) {
        const file = path.join("public", "images", "products", `${product.slug}-${n}.webp`);
        expect(fs.existsSync(file), file).toBe(true);
      }
    }
  });
});
