import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { demoMarkets } from "../db/seed/data";
import { addToCart, checkoutCod, expect, newPhone, signInByPhone, test } from "./fixtures";

const ir = demoMarkets[0]!;
const saffron = ir.products.find((p) => p.category === "saffron")!;

/** Full-page screenshots for people to look at (SCREENSHOT_DIR, else the test's output folder). */
async function shot(page: Page, name: string, outputPath: (name: string) => string) {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: dir ? path.join(dir, `${name}.png`) : outputPath(`${name}.png`), fullPage: true });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

  test("a Persian shopper completes a cash-on-delivery order, region chosen step by step, errors shown at each field", async ({ page }, info) => {
    await addToCart(page, "fa", saffron.slug);
    await page.goto("/fa/checkout");
    const plain = page.getByTestId("plain-checkout");
    await expect(plain).toBeVisible();
    // quantities in Persian digits
    await expect(plain).toContainText("× ۱");

    // province → county → village, each a plain GET form that keeps the earlier choices
    const step = page.getByTestId("plain-region-step");
    for (let level = 0; level < 4 && (await step.count()) > 0; level++) {
      const before = page.url();
      await step.locator("select").selectOption({ index: 0 });
      await step.getByRole("button").click();
      await page.waitForURL((url) => url.href !== before);
    }
    await expect(step).toHaveCount(0);
    await expect(page.getByTestId("plain-chosen").locator("li")).toHaveCount(3);
    await expect(page).toHaveURL(/\/fa\/checkout\?region=/);
    await shot(page, "checkout-fa-nojs", (n) => info.outputPath(n));

    // nothing filled in: one message per field, a summary linking to them
    const form = page.getByTestId("plain-order-form");
    await form.getByTestId("plain-place-order").click();
    const summary = page.getByTestId("error-summary");
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("link")).toHaveCount(4);
    await expect(summary.getByRole("link").first()).toHaveAttribute("href", "#nojs-postalCode");
    for (const field of ["postalCode", "landmark", "recipientName", "recipientPhone"]) {
      const input = page.locator(`#nojs-${field}`);
      await expect(input).toHaveAttribute("aria-invalid", "true");
      await expect(input).toHaveAttribute("aria-describedby", new RegExp(`nojs-${field}-error`));
      await expect(page.locator(`#nojs-${field}-error`)).toHaveText("لطفاً این را پر کنید.");
    }
    // ids are unique on the page (the interactive form is there too, hidden)
    expect(await page.evaluate(() => {
      const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
      return ids.filter((id, i) => ids.indexOf(id) !== i);
    })).toEqual([]);
    await shot(page, "checkout-fa-nojs-errors", (n) => info.outputPath(n));

    // a postal code of the wrong form: the server's message at that field, what was typed kept
    await page.locator("#nojs-postalCode").fill("۱۲۳۴۵");
    await page.locator("#nojs-landmark").fill("درِ سبز کنار مدرسه");
    await page.locator("#nojs-recipientName").fill("زهرا احمدی");
    await page.locator("#nojs-recipientPhone").fill(`0915 ${String(Date.now()).slice(-7, -4)} ${String(Date.now()).slice(-4)}`);
    await form.getByTestId("plain-place-order").click();
    await expect(page.locator("#nojs-postalCode")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#nojs-postalCode-error")).toContainText("کد پستی");
    await expect(page.locator("#nojs-landmark")).toHaveValue("درِ سبز کنار مدرسه");
    await expect(page.locator("#nojs-recipientName")).not.toHaveAttribute("aria-invalid", "true");

    await page.locator("#nojs-postalCode").fill("۹۷۶۱۸-۱۴۵۶۷");
    await page.getByTestId("plain-order-form").getByTestId("plain-place-order").click();
    await expect(page).toHaveURL(/\/fa\/orders\/VP-[0-9A-Z]{4}-[0-9A-Z]{4}\?token=/);
    await expect(page.getByTestId("order-status")).toContainText("تأیید شد");
    await expect(page.getByText("درِ سبز کنار مدرسه")).toBeVisible();
    await expect(page.getByText("× ۱").first()).toBeVisible();
  });

  test("checkout with an empty cart says so, with a way back", async ({ page }) => {
    await page.goto("/fa/checkout");
    await expect(page.getByTestId("checkout-empty")).toHaveText("سبد خرید شما خالی است و هنوز چیزی برای تسویه نیست.");
    await page.getByTestId("checkout-back").click();
    await expect(page).toHaveURL(/\/fa$/);
  });
});

test.describe("with JavaScript", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("checkout with an empty cart says so", async ({ page }) => {
    await page.goto("/en/checkout");
    await expect(page.getByTestId("checkout-empty")).toContainText("Your cart is empty");
    await expect(page.getByTestId("checkout-back")).toHaveAttribute("href", "/en");
  });

  test("each field shows its own error and focus moves to the first", async ({ page }, info) => {
    await addToCart(page, "fa", saffron.slug);
    await page.goto("/fa/checkout");
    await expect(page.getByTestId("plain-checkout")).toHaveCount(0);
    const place = page.getByTestId("place-order");
    await expect(place).toBeEnabled();
    await place.click();
    await expect(page.locator("#checkout-villageId")).toBeFocused();
    await expect(page.locator("#checkout-villageId")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("error-villageId")).toHaveText("روستای خود را انتخاب کنید.");
    for (const field of ["postalCode", "landmark", "recipientName", "recipientPhone"]) {
      await expect(page.locator(`#checkout-${field}`)).toHaveAttribute("aria-invalid", "true");
      await expect(page.locator(`#checkout-${field}`)).toHaveAttribute("aria-describedby", new RegExp(`checkout-${field}-error`));
    }
    await shot(page, "checkout-fa-js-errors", (n) => info.outputPath(n));

    // choosing the village clears its message; the rest stay until changed
    await page.locator('select[name="province"]').selectOption({ index: 1 });
    await page.locator('select[name="county"]').selectOption({ index: 1 });
    await page.locator('select[name="village"]').selectOption({ index: 1 });
    await expect(page.getByTestId("error-villageId")).toHaveCount(0);
    await expect(page.getByTestId("error-landmark")).toBeVisible();

    // a postal code of the wrong form: the server names the field, and the message stands next to it
    await page.locator('[name="postalCode"]').fill("12345");
    await page.locator('[name="landmark"]').fill("روبه‌روی مسجد");
    await page.locator('[name="recipientName"]').fill("مریم رضایی");
    await page.locator('[name="recipientPhone"]').fill("0915 123 4567");
    await expect(page.getByTestId("error-postalCode")).toContainText("کد پستی");
    await expect(page.locator("#checkout-postalCode")).toHaveAttribute("aria-invalid", "true");
    await shot(page, "checkout-fa-js", (n) => info.outputPath(n));
  });

  test("English checkout at 360 px", async ({ page }, info) => {
    await addToCart(page, "en", saffron.slug);
    await page.goto("/en/checkout");
    await expect(page.getByTestId("place-order")).toBeEnabled();
    await shot(page, "checkout-en-js", (n) => info.outputPath(n));
  });

  test("a signed-in shopper is offered their saved address again", async ({ page }) => {
    const phone = newPhone();
    await signInByPhone(page, "fa", phone, "/fa");
    await addToCart(page, "fa", saffron.slug);
    await checkoutCod(page, "0915 765 4321");

    await addToCart(page, "fa", saffron.slug);
    await page.goto("/fa/checkout");
    const saved = page.getByTestId("saved-addresses").locator("select");
    await expect(saved.locator("option")).toHaveCount(2);
    await expect(saved.locator("option").nth(1)).toContainText("روبه‌روی مسجد");
    await saved.selectOption({ index: 1 });
    await expect(page.locator('[name="landmark"]')).toHaveValue("روبه‌روی مسجد");
    await expect(page.locator('[name="recipientName"]')).toHaveValue("مریم رضایی");
    await expect(page.locator('select[name="village"]')).not.toHaveValue("");
    await expect(page.getByTestId("quote-total")).toContainText("تومان");
    await page.getByTestId("place-order").click();
    await expect(page).toHaveURL(/\/fa\/orders\/VP-/);

    // the same address ordered to twice is offered once
    await addToCart(page, "fa", saffron.slug);
    await page.goto("/fa/checkout");
    await expect(page.getByTestId("saved-addresses").locator("option")).toHaveCount(2);
  });
});

test("a page the person's role does not allow answers 403 in their language", async ({ page }) => {
  await signInByPhone(page, "fa", newPhone(), "/fa");
  const pages = { "/fa/admin": "فقط برای مدیران", "/fa/admin/network": "فقط برای مدیران", "/fa/admin/money": "فقط برای مدیران", "/fa/operator": "فقط برای کارکنان پست", "/en/operator": "For postal staff only" };
  for (const [path, title] of Object.entries(pages)) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByTestId("forbidden").getByRole("heading", { level: 1 })).toHaveText(title);
  }
});
