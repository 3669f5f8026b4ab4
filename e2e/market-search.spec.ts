import { expect, test } from "@playwright/test";
import { demoMarkets } from "../db/seed/data";

const [ir, cn, vn] = [demoMarkets[0]!, demoMarkets[1]!, demoMarkets[2]!];

test("a Vietnamese shopper finds gạo by typing gao, filters by certification and sorts by price", async ({ page }) => {
  await page.goto("/vi");
  await expect(page.locator("#deliver-to")).toHaveValue("VN");
  await page.getByRole("searchbox").first().fill("gao");
  await page.getByRole("searchbox").first().press("Enter");
  await expect(page).toHaveURL(/\/vi\/search\?q=gao/);
  const cards = page.getByTestId("product-card");
  await expect(cards.filter({ hasText: "Gạo ST25 Mỹ Lệ" })).toBeVisible();
  // every price is in đồng: the Vietnamese market only
  for (const price of await page.getByTestId("card-price").allInnerTexts()) expect(price).toContain("₫");

  // certification, as a plain GET form with counts
  const gi = vn.products.filter((p) => p.slug.startsWith("gao-") && p.certificationKind === "gi");
  await page.getByTestId("filter-certification").selectOption("gi");
  await page.getByTestId("search-filters").getByRole("button").click();
  await expect(page).toHaveURL(/certification=gi/);
  await expect(cards).toHaveCount(gi.length);
  await expect(cards.first()).toContainText(gi[0]!.name.vi);

  // back to every certification, cheapest first
  await page.getByTestId("filter-certification").selectOption("");
  await page.getByTestId("sort").selectOption("price");
  await page.getByTestId("search-filters").getByRole("button").click();
  await expect(page).toHaveURL(/sort=price/);
  const amounts = (await page.getByTestId("card-price").allInnerTexts()).map((text) => Number(text.replace(/\D/g, "")));
  expect(amounts.length).toBeGreaterThan(2);
  expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
});

test("a Persian shopper in Iran never sees a foreign price", async ({ page }) => {
  const foreignPrice = /[¥₫]|CN¥|VND|CNY/;
  const paths = ["/fa", "/fa/categories/tea", "/fa/categories/rice", `/fa/search?q=${encodeURIComponent("چای")}`, "/fa/search?q=rice"];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    expect(await page.locator("main").innerText(), path).not.toMatch(foreignPrice);
  }
  // a Vietnamese product opened by link: where it ships and a switch, no price
  const coffee = vn.products.find((p) => p.category === "coffee")!;
  await page.goto(`/fa/products/${coffee.slug}`);
  await expect(page.getByTestId("foreign-market")).toBeVisible();
  await expect(page.getByTestId("price")).toHaveCount(0);
  await expect(page.getByTestId("add-to-cart")).toHaveCount(0);
  expect(await page.locator("main").innerText()).not.toMatch(foreignPrice);

  // a Chinese shop's page says where it sends parcels
  await page.goto(`/fa/shops/${cn.shops[0]!.slug}`);
  await expect(page.getByTestId("foreign-market")).toBeVisible();
  expect(await page.locator("main").innerText()).not.toMatch(foreignPrice);

  // switching is one tap, kept in a cookie, and the page is the same one
  await page.goto(`/fa/products/${coffee.slug}`);
  await page.getByTestId("foreign-market").getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/fa/products/${coffee.slug}$`));
  await expect(page.getByTestId("price")).toContainText("₫");
  await expect(page.locator("#deliver-to")).toHaveValue("VN");
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === "market")?.value).toBe("VN");
});

test("one search address answers each market with its own products and prices", async ({ page }) => {
  // the same address, kept once per market: the "Deliver to" choice picks which
  for (const [market, currency] of [
    [ir.market, "toman"],
    [cn.market, "¥"],
    [ir.market, "toman"],
  ] as const) {
    await page.goto(`/en/search?q=tea&market=${market}`);
    await expect(page).toHaveURL(/\/en\/search\?q=tea$/);
    await expect(page.getByTestId("product-card").first()).toBeVisible();
    for (const price of await page.getByTestId("card-price").allInnerTexts()) expect(price, market).toContain(currency);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("English asks where to deliver, and a shared link carries the market", async ({ page }) => {
    await page.goto("/en");
    await expect(page.getByTestId("market-question")).toBeVisible();
    await page.goto(`/en/categories/saffron?market=${ir.market}`);
    await expect(page).toHaveURL(/\/en\/categories\/saffron$/);
    await expect(page.getByTestId("market-question")).toHaveCount(0);
    for (const price of await page.getByTestId("card-price").allInnerTexts()) expect(price).toContain("toman");

    // the header's "Deliver to" works without JavaScript too
    await page.locator("#deliver-to").selectOption(cn.market);
    await page.getByTestId("market-picker").getByRole("button").click();
    await expect(page).toHaveURL(/\/en\/categories\/saffron$/);
    await expect(page.locator("#deliver-to")).toHaveValue(cn.market);
  });
});
