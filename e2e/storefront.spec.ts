import { expect, test } from "@playwright/test";
import { demoMarkets } from "../db/seed/data";
import { locales } from "../lib/locales";

const market = demoMarkets[0]!; // Iran
const province = market.regions[0]!;
const county = province.children![0]!;
const village = county.children![0]!;
const product = market.products.find((p) => p.originVillage === village.slug) ?? market.products[0]!;
const shop = market.shops.find((s) => s.slug === product.shop)!;

// each language starts in its own market (English asks): these pages browse Iran, delivering to Iran
test.beforeEach(async ({ context, baseURL }) => {
  await context.addCookies([{ name: "market", value: market.market, url: baseURL! }]);
});

for (const locale of locales) {
  test(`a shopper browses home → region → product → shop in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "fa" ? "rtl" : "ltr");
    await expect(page.getByTestId("product-card").first()).toBeVisible();

    await page.getByTestId("province-link").filter({ hasText: province.name[locale] }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(province.name[locale]);
    await page.getByTestId("child-region").filter({ hasText: county.name[locale] }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(county.name[locale]);
    await page.getByTestId("child-region").filter({ hasText: village.name[locale] }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(village.name[locale]);

    await page.getByTestId("product-card").filter({ hasText: product.name[locale] }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(product.name[locale]);
    await expect(page.getByTestId("variant-picker").getByRole("radio")).toHaveCount(product.variants.length);
    await expect(page.getByTestId("provenance")).toContainText(village.name[locale]);
    const hero = page.getByTestId("gallery").locator("img").first();
    await expect(hero).toBeVisible();
    // the first request for a size has the server resize it; wait for it rather than racing it
    await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    await page.getByTestId("seller-card").getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(shop.name[locale]);
    await expect(page.getByTestId("product-card").filter({ hasText: product.name[locale] })).toBeVisible();
  });

  test(`a shopper searches in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}`);
    const word = product.name[locale].split(/\s+/).find((w) => w.length >= 2) ?? product.name[locale];
    await page.getByRole("searchbox").first().fill(word);
    await page.getByRole("searchbox").first().press("Enter");
    await expect(page).toHaveURL(new RegExp(`/${locale}/search\\?q=`));
    await expect(page.getByTestId("search-summary")).toBeVisible();
    await expect(page.getByTestId("product-card").filter({ hasText: product.name[locale] })).toBeVisible();
  });
}

test("Persian pages run right to left with Persian digits, toman prices and Jalali dates", async ({ page }) => {
  const dated = market.products.find((p) => p.harvestedOn) ?? product;
  await page.goto(`/fa/products/${dated.slug}`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const price = await page.getByTestId("price").innerText();
  expect(price).toMatch(/[۰-۹]/);
  expect(price).not.toMatch(/[0-9]/);
  expect(price).toContain("تومان");
  if (dated.harvestedOn) {
    const date = await page.getByTestId("harvest-date").innerText();
    expect(date).toMatch(/۱۴۰[۴۵]/); // Solar Hijri years for 2025–2026
    expect(date).not.toMatch(/[0-9]/);
  }
  // the start of a right-to-left line is on the right: the heading hugs the right edge
  const box = (await page.getByRole("heading", { level: 1 }).boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(viewport.width - (box.x + box.width)).toBeLessThan(box.x + 1);
});

test("the pictures a shopper sees first load first, the others lazily, with no client code per picture", async ({ page }) => {
  // the category with the most products, so the listing has a second row
  const categories = market.products.map((p) => p.category);
  const busiest = [...new Set(categories)].sort((a, b) => categories.filter((c) => c === b).length - categories.filter((c) => c === a).length)[0]!;
  await page.goto(`/fa/categories/${busiest}`);
  const cards = page.getByTestId("product-card").locator("img");
  expect(await cards.count()).toBeGreaterThan(2);
  for (const index of [0, 1]) {
    await expect(cards.nth(index)).toHaveAttribute("loading", "eager");
    await expect(cards.nth(index)).toHaveAttribute("fetchpriority", "high");
  }
  await expect(cards.nth(2)).toHaveAttribute("loading", "lazy");
  await expect(cards.nth(2)).not.toHaveAttribute("fetchpriority", "high");

  await page.goto(`/fa/products/${product.slug}`);
  const photos = page.getByTestId("gallery").locator("img");
  await expect(photos.first()).toHaveAttribute("loading", "eager");
  await expect(photos.first()).toHaveAttribute("fetchpriority", "high");
  // asked for from <head>, before the page's layout finds it
  const preload = page.locator('head link[rel="preload"][as="image"]');
  await expect(preload).toHaveCount(1);
  expect(await preload.getAttribute("imagesrcset")).toContain(encodeURIComponent(`${product.slug}-1.webp`));
  await expect(photos.nth(1)).toHaveAttribute("loading", "lazy"); // every demo product has two photos
  // pictures are plain HTML: the page's scripts do not carry next/image
  const scripts = await page.locator("script[src]").evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).src));
  const code = (await Promise.all(scripts.map(async (src) => (await page.request.get(src)).text()))).join("\n");
  expect(code).toContain("CartCount");
  expect(code).not.toContain("useImageConfig");
});

test("switching language keeps the shopper on the same page", async ({ page }) => {
  await page.goto(`/en/products/${product.slug}`);
  await page.getByRole("link", { name: "中文" }).click();
  await expect(page).toHaveURL(`/zh/products/${product.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(product.name.zh);
  await page.getByRole("link", { name: "فارسی" }).click();
  await expect(page).toHaveURL(`/fa/products/${product.slug}`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("the bare address sends the shopper to their language", async ({ browser }) => {
  const context = await browser.newContext({ locale: "vi-VN", extraHTTPHeaders: { "accept-language": "vi-VN,vi;q=0.9" } });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/vi$/);
  await context.close();
});

test("unknown pages are a proper 404 in the shopper's language", async ({ page }) => {
  for (const path of ["/fa/products/no-such-product", "/fa/regions/Not_A_Slug", "/fa/anything/else"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("این صفحه را پیدا نکردیم");
  }
  const response = await page.goto("/de");
  expect(response?.status()).toBe(404);
});

test("the API answers bad input with a 4xx and a message, never a 500", async ({ request }) => {
  const input = (value: unknown) => encodeURIComponent(JSON.stringify({ json: value }));
  const cases: [string, number][] = [
    [`catalog.product?input=${input({ locale: "en", slug: "no-such-product" })}`, 404],
    [`catalog.product?input=${input({ locale: "xx", slug: product.slug })}`, 400],
    [`catalog.region?input=${input({ locale: "en", slug: "../x", page: 1 })}`, 400],
    [`catalog.search?input=${input({ locale: "en", q: "x".repeat(10_000), page: 1 })}`, 400],
    ["catalog.home?input=%7B%7B%7B", 400],
  ];
  for (const [url, status] of cases) {
    const response = await request.get(`/api/trpc/${url}`, { headers: { "x-locale": "zh" } });
    expect(response.status(), url).toBe(status);
    const body = (await response.json()) as { error: { json: { message: string } } };
    expect(body.error.json.message.length, url).toBeGreaterThan(0);
  }
  const ok = await request.get(`/api/trpc/catalog.product?input=${input({ locale: "en", slug: product.slug })}`);
  expect(ok.status()).toBe(200);

  // a mutation posted as a plain form (what a cross-site page can send without asking) is refused
  const form = await request.post("/api/trpc/auth.requestCode", { form: { phone: "+989151234567" }, headers: { "x-locale": "fa" } });
  expect(form.status()).toBe(415);
  expect(((await form.json()) as { error: { json: { message: string } } }).error.json.message).toContain("JSON");
});
