import { createHmac, randomInt } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { demoMarkets } from "../db/seed/data";
import { expect, signInByPhone, startCardOrder, test } from "./fixtures";

const cn = demoMarkets[1]!;
const shop = cn.shops.find((s) => s.slug === "tuanshan-maojian-tea-garden")!;
const product = cn.products.find((p) => p.shop === shop.slug)!;
const ADMIN = "+989120000001";
const emulator = () => `http://127.0.0.1:${process.env.E2E_STRIPE_PORT}`;

type Transfer = { id: string; amount: number; amount_reversed: number; currency: string; destination: string; metadata: Record<string, string> };
type Account = { id: string; payouts_enabled: boolean; metadata: Record<string, string> };

function signature(body: string, secret = process.env.E2E_POSTAL_WEBHOOK_SECRET ?? "") {
  const t = Math.floor(Date.now() / 1000);
  return `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`;
}

/** A person of their own, on their own connection. */
async function actor(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, extraHTTPHeaders: { "x-forwarded-for": `10.${randomInt(0, 255)}.${randomInt(0, 255)}.${randomInt(1, 254)}` } });
  return context.newPage();
}

const amountOf = async (page: Page, figure: "pending" | "available" | "paid") => Number(await page.getByTestId(`balance-${figure}`).locator("[data-amount]").getAttribute("data-amount"));

/** Sets China's card return window through the admin money screen. */
async function returnWindow(admin: Page, days: number) {
  const form = admin.getByTestId("settings-CN");
  await form.locator('[name="returnWindowDays"]').fill(String(days));
  await form.getByRole("button").click();
  await expect(form.getByRole("status")).toBeVisible();
}

test("a Chinese card sale is paid out to the seller's Connect account, refunded after payout, reversed, and on the seller's statement", async ({ page, browser, request }) => {
  test.setTimeout(240_000);
  // the seller sets up payouts on the emulator's Express onboarding page and comes back enabled
  const seller = await actor(browser);
  await signInByPhone(seller, "zh", shop.phone, "/zh/seller");
  await seller.getByTestId("my-shop").filter({ hasText: shop.name.zh }).getByRole("link").first().click();
  await seller.getByTestId("money-link").click();
  await expect(seller).toHaveURL(/\/zh\/seller\/[0-9a-f-]{36}\/money$/);
  const shopId = /seller\/([0-9a-f-]{36})\/money/.exec(seller.url())![1]!;
  const setup = seller.getByTestId("payout-setup");
  await expect(setup).toHaveAttribute("data-status", "not_started");
  await expect(seller.getByTestId("bank-account-form")).toHaveCount(0);
  await seller.getByTestId("connect-setup").click();
  await expect(seller).toHaveURL(/\/connect\/onboarding\//);
  const accountId = (await seller.getByTestId("stripe-account-id").textContent()) ?? "";
  await seller.getByTestId("stripe-onboarding-complete").click();
  await expect(seller).toHaveURL(new RegExp(`/zh/seller/${shopId}/money\\?onboarded=1$`));
  await expect(setup).toHaveAttribute("data-status", "enabled");
  const accounts = (await (await request.get(`${emulator()}/__emulator/accounts`)).json()) as Account[];
  expect(accounts.find((a) => a.id === accountId)).toMatchObject({ payouts_enabled: true, metadata: { shop_id: shopId } });

  // card sales in China become payable at delivery for this test: the admin sets a return window of 0 days
  const admin = await actor(browser);
  await signInByPhone(admin, "fa", ADMIN, "/fa/admin");
  await admin.goto("/zh/admin/money");
  await returnWindow(admin, 0);

  try {
    // a shopper pays by card on the emulator's hosted page
    await startCardOrder(page, product.slug);
    await page.getByTestId("stripe-pay").click();
    await expect(page).toHaveURL(/paid=1/);
    await expect(page.getByTestId("order-status")).toContainText("已确认");
    const number = /orders\/(VP-[0-9A-Z-]+)/.exec(page.url())![1]!;
    const tracking = (await page.getByTestId("tracking-number").first().textContent())?.match(/[A-Z]{2}\d{9}[A-Z]{2}/)?.[0] ?? "";
    expect(tracking).not.toBe("");

    // the post delivers it
    const delivered = JSON.stringify({ events: [{ id: `${tracking}-delivered`, trackingNumber: tracking, status: "delivered", occurredAt: new Date().toISOString() }] });
    const answer = await request.post("/api/carriers/postal-operator/events", { data: delivered, headers: { "content-type": "application/json", "villagepost-signature": signature(delivered) } });
    expect(answer.status()).toBe(200);

    // the payout run sends a transfer to the seller's connected account
    await admin.getByTestId("run-payouts-CN").click();
    await expect(admin.getByTestId("payouts").getByRole("status")).toBeVisible();
    const transfers = (await (await request.get(`${emulator()}/__emulator/transfers`)).json()) as Transfer[];
    const transfer = transfers.find((t) => t.destination === accountId);
    expect(transfer).toMatchObject({ currency: "cny", amount_reversed: 0 });
    expect(transfer!.amount).toBeGreaterThan(0);
    await seller.reload();
    await expect(seller.getByTestId("money-line").filter({ hasText: number })).toHaveAttribute("data-state", "available");
    expect(await amountOf(seller, "available")).toBe(0);
    expect(await amountOf(seller, "paid")).toBe(transfer!.amount);

    // the order is refunded after the payout: the money is taken back from the transfer
    const refund = admin.getByTestId("refund-order");
    await refund.locator('[name="orderNumber"]').fill(number);
    await refund.getByRole("button").click();
    await expect(refund.getByRole("status")).toContainText("¥");
    const after = ((await (await request.get(`${emulator()}/__emulator/transfers`)).json()) as Transfer[]).find((t) => t.id === transfer!.id)!;
    expect(after.amount_reversed).toBeGreaterThan(0);
    expect(after.amount_reversed).toBeLessThanOrEqual(transfer!.amount);
    // a second refund of the same order is refused in the admin's language
    await refund.getByRole("button").click();
    await expect(refund.getByRole("alert")).toContainText("已经退款");

    // the seller sees the reversal among their movements and on this month's statement
    await seller.reload();
    await expect(seller.getByTestId("money-movements").locator('[data-kind="payout_reversed"]')).toHaveCount(1);
    expect(await amountOf(seller, "available")).toBe(0);
    expect(await amountOf(seller, "paid")).toBe(transfer!.amount - after.amount_reversed);
    const csvLink = seller.getByTestId("statements").locator('a[href*="format=csv"]').first();
    const csv = await seller.request.get((await csvLink.getAttribute("href")) ?? "");
    expect(csv.status()).toBe(200);
    const text = await csv.text();
    const reversal = text.split(/\r?\n/).find((line) => line.includes("付款撤回"));
    expect(reversal).toContain(number);
    await seller.screenshot({ path: "test-results/money-connect-seller-zh.png", fullPage: true });
    await admin.screenshot({ path: "test-results/money-connect-admin-zh.png", fullPage: true });
  } finally {
    await returnWindow(admin, 7);
  }
});
