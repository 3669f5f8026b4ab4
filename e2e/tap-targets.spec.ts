import type { Page } from "@playwright/test";
import { demoMarkets } from "../db/seed/data";
import { addToCart, expect, signInByPhone, test } from "./fixtures";

const ir = demoMarkets[0]!;

interface Small {
  what: string;
  width: number;
  height: number;
}

/**
 * WCAG 2.2, 2.5.8 (target size, minimum): every link, button and form control
 * is at least 24 × 24 CSS px, unless a 24 px circle centred on it touches no
 * other target (the spacing exception) or it is a link inside a sentence.
 */
async function smallTargets(page: Page): Promise<Small[]> {
  return page.evaluate(() => {
    const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link]";
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== "hidden" && style.display !== "none" && !el.closest("[hidden],[aria-hidden=true]");
    };
    const targets = [...document.querySelectorAll(selector)].filter(visible);
    const boxes = targets.map((el) => el.getBoundingClientRect());
    const inSentence = (el: Element) => {
      if (el.tagName !== "A" || getComputedStyle(el).display !== "inline") return false;
      const parentText = (el.parentElement?.textContent ?? "").trim();
      return parentText.length > (el.textContent ?? "").trim().length + 1;
    };
    const small: { what: string; width: number; height: number }[] = [];
    targets.forEach((el, i) => {
      const r = boxes[i]!;
      if ((r.width >= 24 && r.height >= 24) || inSentence(el)) return;
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      // the spacing exception: the 24 px circle around it meets no other target
      const touches = boxes.some((o, j) => {
        if (j === i || targets[j]!.contains(el) || el.contains(targets[j]!)) return false;
        const nx = Math.max(o.left, Math.min(cx, o.right));
        const ny = Math.max(o.top, Math.min(cy, o.bottom));
        return Math.hypot(nx - cx, ny - cy) < 12;
      });
      if (touches) small.push({ what: `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute("aria-label") || el.getAttribute("name") || "").trim().slice(0, 40)}"`, width: Math.round(r.width), height: Math.round(r.height) });
    });
    return small;
  });
}

test.use({ viewport: { width: 360, height: 740 } });

test("every tap target on the key pages is at least 24 × 24 px at 360 px wide", async ({ page }) => {
  const product = ir.products.find((p) => p.category === "saffron")!;
  const shop = ir.shops.find((s) => s.slug === product.shop)!;
  const found: Record<string, Small[]> = {};
  const check = async (name: string) => {
    await page.waitForLoadState("networkidle");
    const small = await smallTargets(page);
    if (small.length) found[name] = small;
  };
  for (const locale of ["fa", "en"]) {
    await page.goto(`/${locale}`);
    await check(`/${locale}`);
    await page.goto(`/${locale}/products/${product.slug}`);
    await check(`/${locale}/products`);
    await page.goto(`/${locale}/search?q=saffron`);
    await check(`/${locale}/search`);
  }
  await addToCart(page, "fa", product.slug);
  await check("/fa/cart");
  await page.goto("/fa/checkout");
  await expect(page.getByTestId("place-order")).toBeEnabled();
  await check("/fa/checkout");

  // the seller's pages: sign out, remove size, a photo's ×
  await signInByPhone(page, "fa", shop.phone, "/fa/seller");
  await page.getByTestId("my-shop").filter({ hasText: shop.name.fa }).getByRole("link").click();
  await check("/fa/seller/shop");
  await page.getByRole("link", { name: "افزودن محصول" }).first().click();
  await page.getByRole("button", { name: /اندازهٔ دیگر|افزودن اندازه/ }).click();
  await check("/fa/seller/products/new");
  expect(found).toEqual({});
});
