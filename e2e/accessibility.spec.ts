import { createRequire } from "node:module";
import { expect, test, type Page } from "@playwright/test";
import { demoMarkets } from "../db/seed/data";

/**
 * axe-core (the engine Lighthouse and @axe-core/playwright run) on every
 * storefront page in Persian and English: no serious or critical finding.
 */
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

const [ir, cn] = [demoMarkets[0]!, demoMarkets[1]!];
const product = ir.products.find((p) => p.featured) ?? ir.products[0]!;
const foreignProduct = cn.products[0]!;
const shop = ir.shops.find((s) => s.slug === product.shop)!;
const province = ir.regions[0]!;

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

async function seriousFindings(page: Page): Promise<Finding[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Finding[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ ...v, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
}

const pages = (locale: string) => [
  `/${locale}`,
  `/${locale}/categories/${product.category}`,
  `/${locale}/regions/${province.slug}`,
  `/${locale}/shops/${shop.slug}`,
  `/${locale}/products/${product.slug}`,
  // a product of another market: where it ships, and a switch
  `/${locale}/products/${foreignProduct.slug}`,
  `/${locale}/search?q=${encodeURIComponent(locale === "fa" ? "زرشک" : "saffron")}`,
  `/${locale}/search?q=rice&sort=price&stock=1`,
  `/${locale}/search?q=zzzzzzzz`,
  `/${locale}/cart`,
  `/${locale}/no-such-page`,
];

for (const locale of ["fa", "en"]) {
  test(`axe finds nothing serious or critical on the storefront in ${locale}`, async ({ page, baseURL }) => {
    // a dozen pages, each rendered for the first time and then analysed
    test.setTimeout(300_000);
    await page.context().addCookies([{ name: "market", value: ir.market, url: baseURL! }]);
    const found: Record<string, Finding[]> = {};
    for (const path of pages(locale)) {
      await page.goto(path);
      await expect(page.locator("main")).toBeVisible();
      const findings = await seriousFindings(page);
      if (findings.length > 0) found[path] = findings;
    }
    // a cart with something in it, the way a shopper gets there
    await page.goto(`/${locale}/products/${product.slug}`);
    await page.getByTestId("add-to-cart").getByRole("button").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/cart`));
    await expect(page.getByTestId("cart-line").first()).toBeVisible();
    const cart = await seriousFindings(page);
    if (cart.length > 0) found[`/${locale}/cart (with a line)`] = cart;
    expect(found).toEqual({});
  });
}

test("English without a chosen market: the question where to deliver passes axe too", async ({ page }) => {
  await page.goto("/en");
  await expect(page.getByTestId("market-question")).toBeVisible();
  expect(await seriousFindings(page)).toEqual([]);
});
