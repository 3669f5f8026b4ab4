import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { validateXML } from "xmllint-wasm";
import { demoMarkets } from "../db/seed/data";
import { locales } from "../lib/locales";

const schema = fs.readFileSync(path.join(import.meta.dirname, "schemas", "sitemap.xsd"), "utf8");
const [ir] = [demoMarkets[0]!];
const product = ir.products[0]!;

test("robots.txt names a sitemap per language, each valid against the sitemaps.org schema", async ({ request, baseURL }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /en/checkout");
  for (const locale of locales) {
    const address = `${baseURL}/${locale}/sitemap.xml`;
    expect(robots).toContain(`Sitemap: ${address}`);
    const response = await request.get(address);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("xml");
    const xml = await response.text();
    const result = await validateXML({ xml: { fileName: `${locale}.xml`, contents: xml }, schema: { fileName: "sitemap.xsd", contents: schema } });
    expect(result.errors, `sitemap ${locale}`).toEqual([]);
    expect(result.valid).toBe(true);
    expect(xml).toContain(`<loc>${baseURL}/${locale}/products/${product.slug}</loc>`);
    expect(xml).toContain(`<loc>${baseURL}/${locale}/categories/${product.category}</loc>`);
  }
  expect((await request.get("/de/sitemap.xml")).status()).toBe(404);
});

test("a product page has its canonical, hreflang to the same page, Open Graph and a parseable Product with offers", async ({ page, baseURL }) => {
  await page.context().addCookies([{ name: "market", value: ir.market, url: baseURL! }]);
  await page.goto(`/fa/products/${product.slug}`);
  const head = page.locator("head");
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/fa/products/${product.slug}`);
  for (const locale of locales) {
    await expect(head.locator(`link[rel="alternate"][hreflang="${locale}"]`)).toHaveAttribute("href", `${baseURL}/${locale}/products/${product.slug}`);
  }
  await expect(head.locator('meta[property="og:title"]')).toHaveAttribute("content", product.name.fa);
  await expect(head.locator('meta[property="og:image"]').first()).toHaveAttribute("content", new RegExp(`^${baseURL}/images/`));
  await expect(head.locator('meta[property="og:locale"]')).toHaveAttribute("content", "fa_IR");

  const json = await page.locator('script[type="application/ld+json"]').textContent();
  const data = JSON.parse(json ?? "null") as { "@type": string; name: string; offers: { "@type": string; price: string; priceCurrency: string; availability: string }[] };
  expect(data["@type"]).toBe("Product");
  expect(data.name).toBe(product.name.fa);
  expect(data.offers).toHaveLength(product.variants.length);
  for (const offer of data.offers) {
    expect(offer["@type"]).toBe("Offer");
    expect(offer.priceCurrency).toBe("IRR");
    expect(offer.price).toMatch(/^\d+$/);
    expect(offer.availability).toMatch(/^https:\/\/schema\.org\/(InStock|OutOfStock)$/);
  }
});

test("every storefront page has Open Graph tags and the favicon is served", async ({ page, request }) => {
  for (const path of ["/en", "/vi/categories/tea", `/zh/regions/${ir.regions[0]!.slug}`, `/fa/shops/${ir.shops[0]!.slug}`, "/en/search?q=tea"]) {
    await page.goto(path);
    await expect(page.locator('head meta[property="og:title"]'), path).toHaveCount(1);
    await expect(page.locator('head meta[property="og:site_name"]'), path).toHaveCount(1);
  }
  expect((await request.get("/favicon.ico")).status()).toBe(200);
  await page.goto("/en");
  await expect(page.locator('head link[rel="icon"]').first()).toHaveAttribute("href", /icon/);
});
