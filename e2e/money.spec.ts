import { execFileSync } from "node:child_process";
import { createHmac, randomInt } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { demoMarkets } from "../db/seed/data";
import { formatS10 } from "../server/fulfilment/s10";
import { expect, placeCodOrder, signInByPhone, test } from "./fixtures";

const ir = demoMarkets[0]!;
const shop = ir.shops.find((s) => s.slug === "kharashad-jujube-garden")!;
const ADMIN = "+989120000001";

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
const asciiDigits = (text: string) => text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));

test("a Persian cash sale is delivered, remitted with a planted mismatch, resolved, paid out, and on the seller's Jalali statement", async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  // the seller gives the Sheba the bank transfer goes to; a wrong check digit is refused in Persian
  const seller = await actor(browser);
  await signInByPhone(seller, "fa", shop.phone, "/fa/seller");
  await seller.getByTestId("my-shop").first().getByRole("link").first().click();
  await seller.getByTestId("money-link").click();
  await expect(seller).toHaveURL(/\/fa\/seller\/[0-9a-f-]{36}\/money$/);
  const form = seller.getByTestId("bank-account-form");
  await form.locator('[name="iban"]').fill("IR07 2960 0000 0010 0324 2000 01");
  await form.locator('[name="holderName"]').fill("باغ عناب خراشاد");
  await form.getByRole("button").click();
  await expect(form.getByRole("alert")).toContainText("شبا");
  await form.locator('[name="iban"]').fill("IR06 2960 0000 0010 0324 2000 01");
  await form.getByRole("button").click();
  await expect(form).toContainText("IR06 •••• 0001");

  // a shopper orders with cash on delivery; the post delivers it and says what it collected
  const product = ir.products.find((p) => p.shop === shop.slug)!;
  const order = await placeCodOrder(page, product.slug, `0915 ${randomInt(100, 999)} ${randomInt(1000, 9999)}`);
  const tomans = Number(asciiDigits((await page.getByTestId("order-total").textContent()) ?? "").replace(/\D/g, ""));
  const due = tomans * 10;
  const delivered = JSON.stringify({ events: [{ id: `${order.tracking}-delivered`, trackingNumber: order.tracking, status: "delivered", occurredAt: new Date().toISOString(), codCollectedMinor: due }] });
  const answer = await request.post("/api/carriers/postal-operator/events", { data: delivered, headers: { "content-type": "application/json", "villagepost-signature": signature(delivered) } });
  expect(answer.status()).toBe(200);

  await seller.reload();
  const line = seller.getByTestId("money-line").filter({ hasText: order.number });
  await expect(line).toHaveAttribute("data-state", "pending");
  const pendingBefore = await amountOf(seller, "pending");
  expect(pendingBefore).toBeGreaterThan(0);

  // the admin imports the post's file: our parcel, and a number nobody knows
  const admin = await actor(browser);
  await signInByPhone(admin, "fa", ADMIN, "/fa/admin");
  await admin.getByTestId("admin-money-link").click();
  const today = new Date().toISOString().slice(0, 10);
  const unknown = formatS10("CP", randomInt(98_000_000, 98_999_999), "IR");
  const csv = ["tracking_number,amount_collected,collection_date,fee_withheld,remittance_reference", `${order.tracking},${due},${today},20000,RM-E2E-${order.number}`, `${unknown},150000,${today},0,RM-E2E-${order.number}`].join("\n");
  const upload = admin.getByTestId("remittance-upload");
  await upload.locator('select[name="market"]').selectOption("IR");
  await upload.locator('input[type="file"]').setInputFiles({ name: "remittance.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await upload.locator('button[type="submit"]').click();
  await expect(upload.getByRole("status")).toContainText("۱");
  const open = admin.getByTestId("open-line").filter({ hasText: unknown });
  await expect(open).toHaveAttribute("data-case", "unknown");
  // a bad row refuses the whole file, naming the row in Persian
  await upload.locator('input[type="file"]').setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(`${csv}\nCP123,abc,2026-13-01,0,`) });
  await upload.locator('button[type="submit"]').click();
  await expect(upload.getByRole("alert")).toContainText("ردیف ۴");

  await open.getByRole("combobox").selectOption("book_as_difference");
  await open.getByRole("textbox").fill("پست توضیح می‌دهد");
  await open.getByRole("button").click();
  await expect(admin.getByTestId("open-line").filter({ hasText: unknown })).toHaveCount(0);

  await seller.reload();
  await expect(line).toHaveAttribute("data-state", "available");
  expect(await amountOf(seller, "available")).toBeGreaterThan(0);

  // the payout run pays the shop its whole available balance
  await admin.getByTestId("run-payouts-IR").click();
  await expect(admin.getByTestId("payouts")).toContainText("تومان");
  await seller.reload();
  expect(await amountOf(seller, "available")).toBe(0);
  expect(await amountOf(seller, "paid")).toBeGreaterThan(0);
  await expect(seller.getByTestId("money-movements").locator('[data-kind="payout_sent"]')).toHaveCount(1);

  // this month's statement, in the Jalali calendar
  const link = seller.getByTestId("statements").locator("a").first();
  const pdf = await seller.request.get((await link.getAttribute("href")) ?? "");
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const file = path.join(os.tmpdir(), `statement-${order.number}.pdf`);
  fs.writeFileSync(file, await pdf.body());
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  expect(text).toContain("۱۴۰۵");
  expect(text).toContain("پرداخت");
  await seller.screenshot({ path: "test-results/money-seller-fa.png", fullPage: true });
  await admin.screenshot({ path: "test-results/money-admin-fa.png", fullPage: true });
});

test("money downloads and uploads refuse strangers and bad requests with a clear 4xx", async ({ request }) => {
  expect((await request.get("/api/admin/money/payouts")).status()).toBe(401);
  expect((await request.get("/api/admin/money/nothing")).status()).toBe(404);
  expect((await request.post("/api/admin/remittances?market=IR", { data: "x" })).status()).toBe(401);
  const body = "tracking_number,amount_collected,collection_date,fee_withheld,remittance_reference\n";
  expect((await request.post("/api/carriers/postal-operator/remittances?market=IR", { data: body, headers: { "villagepost-signature": signature(body, "wrong-secret-0123456789") } })).status()).toBe(401);
  const empty = await request.post("/api/carriers/postal-operator/remittances?market=IR", { data: body, headers: { "villagepost-signature": signature(body) } });
  expect(empty.status()).toBe(400);
  expect((await request.get("/api/shops/00000000-0000-0000-0000-000000000000/statements/1405-09")).status()).toBe(401);
  expect((await request.get("/api/shops/not-a-shop/statements/1405-99")).status()).toBe(400);
});
