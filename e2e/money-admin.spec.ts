import { randomInt } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { demoMarkets } from "../db/seed/data";
import { expect, signInByPhone, test } from "./fixtures";

const ADMIN = "+989120000001";

async function actor(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, extraHTTPHeaders: { "x-forwarded-for": `10.${randomInt(0, 255)}.${randomInt(0, 255)}.${randomInt(1, 254)}` } });
  return context.newPage();
}

test("an admin adds a commission rule in Persian, is told per field what is wrong, sees it listed and ends it; sees the next payout run; a wrong bank results file names its rows", async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await actor(browser);
  await signInByPhone(admin, "fa", ADMIN, "/fa/admin");
  await admin.getByTestId("admin-money-link").click();
  await expect(admin).toHaveURL(/\/fa\/admin\/money$/);

  const form = admin.getByTestId("add-commission-rule");
  await form.getByLabel("بازار").selectOption("VN");
  await form.getByLabel("نرخ (درصد)").fill("دوازده");
  await form.getByRole("button", { name: "افزودن قاعده" }).click();
  await expect(form.getByLabel("نرخ (درصد)")).toHaveAttribute("aria-invalid", "true");

  // a cap below the floor: the server's answer, in Persian, under the cap
  await form.getByLabel("نرخ (درصد)").fill("۱۲٫۵");
  await form.getByLabel(/^کف برای هر ردیف/).fill("5000");
  await form.getByLabel(/^سقف برای هر ردیف/).fill("100");
  await form.getByLabel("معتبر از").fill("2031-01-05");
  await form.getByRole("button", { name: "افزودن قاعده" }).click();
  await expect(form.getByText("سقف نباید کمتر از کف باشد.")).toBeVisible();
  await expect(form.getByLabel(/^سقف برای هر ردیف/)).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel(/^سقف برای هر ردیف/).fill("20000");
  await form.getByRole("button", { name: "افزودن قاعده" }).click();
  await expect(form.getByRole("status")).toContainText("قاعده ذخیره شد");
  const row = admin.getByTestId("commission-rule").filter({ hasText: "VN" }).filter({ hasText: "۱۲٫۵" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("از ");
  await row.getByRole("button", { name: "پایان" }).click();
  await expect(row).toHaveCount(0);

  // each market's next payout run waits in the outbox, on its weekday
  await expect(admin.getByTestId("next-run-VN")).toContainText("پرداخت بعدی");

  // the bank's results: a payout id nobody has and a status the bank does not use; nothing imported, each row named
  const bank = admin.getByTestId("bank-results-upload");
  const csv = ["payout_id,status,reason", "00000000-0000-4000-8000-000000000001,paid,", "not-an-id,maybe,"].join("\n");
  await bank.locator('input[type="file"]').setInputFiles({ name: "results.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await bank.locator('button[type="submit"]').click();
  const alert = bank.getByRole("alert");
  await expect(alert).toContainText("هیچ چیزی وارد نشد");
  await expect(alert).toContainText("ردیف ۲: هیچ پرداختی این شناسه را ندارد");
  await expect(alert).toContainText("ردیف ۳: payout_id شناسهٔ یک پرداخت نیست");
});

test("a seller sees, before listing, what each size's price leaves them after commission, in tomans and Persian digits", async ({ page }) => {
  const shop = demoMarkets[0]!.shops[0]!;
  await signInByPhone(page, "fa", shop.phone, "/fa/seller");
  await page.getByTestId("my-shop").first().getByRole("link").first().click();
  await page.getByRole("link", { name: "افزودن محصول" }).first().click();
  await page.getByLabel("نوع محصول").selectOption({ index: 1 });
  const size = page.getByTestId("size-row").first();
  await size.getByLabel(/قیمت/).fill("1300000");
  const net = size.getByTestId("net-per-sale");
  await expect(net).toContainText("تومان");
  await expect(net).toContainText("کارمزد");
  await expect(net).toHaveText(/[۰-۹]/);
});
