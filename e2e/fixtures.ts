import fs from "node:fs";
import { randomInt } from "node:crypto";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

/** A fresh Iranian mobile number, so tests never share a person. */
export function newPhone(): string {
  return `+98915${String(randomInt(1_000_000, 9_999_999))}`;
}

/** The last sign-in code the server sent to `phone`, read from the SMS log as the phone would receive it. */
export async function codeSentTo(phone: string, after: number): Promise<string> {
  const file = process.env.E2E_SMS_LOG;
  if (!file) throw new Error("E2E_SMS_LOG is not set (see playwright.config.ts)");
  let code: string | undefined;
  await expect
    .poll(() => {
      const lines = fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim().split("\n") : [];
      const message = lines
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { to: string; text: string; at: string })
        .filter((m) => m.to === phone && Date.parse(m.at) >= after)
        .at(-1);
      code = message?.text.match(/\d{6}/)?.[0];
      return code;
    })
    .toBeTruthy();
  return code!;
}

/**
 * Sessions this test worker already has, by phone: a person signs in through
 * the page once per worker, as the per-phone limit (five codes in 15 minutes)
 * would refuse the demo admin signing in for every test.
 */
const sessions = new Map<string, Awaited<ReturnType<BrowserContext["cookies"]>>>();

/** Signs in through the sign-in page with an SMS code (once per worker and phone; later, with the same session). */
export async function signInByPhone(page: Page, locale: string, phone: string, next?: string) {
  const known = sessions.get(phone);
  if (known) {
    await page.context().addCookies(known);
    await page.goto(next ?? `/${locale}`);
    if (!page.url().includes("/sign-in")) return;
  }
  await page.goto(`/${locale}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ""}`);
  const sentAfter = Date.now() - 1000;
  await page.getByTestId("phone-input").fill(phone);
  await page.getByTestId("send-code").click();
  const code = await codeSentTo(phone, sentAfter);
  // a full code submits by itself
  await page.getByTestId("code-input").fill(code);
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));
  sessions.set(phone, (await page.context().cookies()).filter((c) => c.name.includes("session")));
}

/** Puts one of a product's first size in the cart through the product page's form. */
export async function addToCart(page: Page, locale: string, productSlug: string) {
  await page.goto(`/${locale}/products/${productSlug}`);
  await page.getByTestId("add-to-cart").getByRole("button").click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/cart\\?added=`));
}

/** Picks the first province, county and village in the checkout's address form. */
export async function chooseVillage(page: Page) {
  await page.locator('select[name="province"]').selectOption({ index: 1 });
  await page.locator('select[name="county"]').selectOption({ index: 1 });
  await page.locator('select[name="village"]').selectOption({ index: 1 });
}

/**
 * A Persian guest's cash-on-delivery order of one product to a village
 * address, through the real pages; returns the order number and its link.
 */
export async function placeCodOrder(page: Page, productSlug: string, recipientPhone = `0915 ${randomInt(100, 999)} ${randomInt(1000, 9999)}`, recipientName = "مریم رضایی") {
  await addToCart(page, "fa", productSlug);
  return checkoutCod(page, recipientPhone, recipientName);
}

/** The Persian checkout of what is in the cart, paid in cash on delivery to a village address. */
export async function checkoutCod(page: Page, recipientPhone: string, recipientName = "مریم رضایی") {
  await page.goto("/fa/checkout");
  await chooseVillage(page);
  await page.locator('[name="postalCode"]').fill("9761814567");
  await page.locator('[name="landmark"]').fill("روبه‌روی مسجد");
  await page.locator('[name="recipientName"]').fill(recipientName);
  await page.locator('[name="recipientPhone"]').fill(recipientPhone);
  await expect(page.getByTestId("quote-parcel")).toHaveCount(1);
  await page.getByTestId("place-order").click();
  await expect(page).toHaveURL(/\/fa\/orders\/VP-[0-9A-Z]{4}-[0-9A-Z]{4}\?token=/);
  const url = page.url();
  const number = /orders\/(VP-[0-9A-Z-]+)/.exec(url)?.[1] ?? "";
  const tracking = (await page.getByTestId("tracking-number").first().textContent())?.match(/[A-Z]{2}\d{9}[A-Z]{2}/)?.[0] ?? "";
  return { number, url, tracking };
}

/**
 * A Chinese shopper's card order of one product to a village address, up to
 * Stripe's page (the emulator): the caller pays or leaves there.
 */
export async function startCardOrder(page: Page, productSlug: string) {
  await addToCart(page, "zh", productSlug);
  await page.getByTestId("go-checkout").click();
  await chooseVillage(page);
  await page.locator('[name="postalCode"]').fill("550600");
  await page.locator('[name="landmark"]').fill("村委会旁边的红色大门");
  await page.locator('[name="recipientName"]').fill("王芳");
  await page.locator('[name="recipientPhone"]').fill("138 1234 5678");
  await page.getByRole("radio", { name: /银行卡/ }).check();
  await expect(page.getByTestId("quote-total")).toContainText("¥");
  await page.getByTestId("place-order").click();
}

/**
 * The end-to-end tests run on the default configuration: every browser speaks
 * from 127.0.0.1 as itself, as a post-office counter's screens would, and
 * each test makes its own people (newPhone) and orders, so no test depends on
 * another or on their order.
 */
export const test = base;

export { expect };
