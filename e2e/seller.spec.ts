import type { Page } from "@playwright/test";
import sharp from "sharp";
import { demoMarkets } from "../db/seed/data";
import { codeSentTo, expect, newPhone, signInByPhone, test } from "./fixtures";

// the demo admin and agent are one person each: a new code replaces the last, so their tests take turns
test.describe.configure({ mode: "serial" });

const ADMIN = "+989120000001";
const AGENT = "+989120000002";

/** Fills the product editor in Persian with one size and saves it. */
async function addPersianProduct(page: Page, product: { name: string; category: string; size: string; price: string; weight: string; stock?: string }) {
  await page.getByRole("link", { name: "افزودن محصول" }).first().click();
  await page.getByLabel("نام محصول").fill(product.name);
  await page.getByLabel("نوع محصول").selectOption(product.category);
  await page.getByLabel("محل برداشت (روستا)").selectOption({ index: 1 });
  const size = page.getByTestId("size-row").first();
  await size.getByLabel(/اندازه/).fill(product.size);
  await size.getByLabel(/قیمت/).fill(product.price);
  await size.getByLabel(/وزن/).fill(product.weight);
  if (product.stock) await size.getByLabel(/تعداد موجود/).fill(product.stock);
  await page.getByRole("button", { name: "ذخیره" }).click();
  await expect(page).toHaveURL(/\/seller\/[0-9a-f-]+\/products\/[0-9a-f-]+$/);
}

async function jpeg(): Promise<Buffer> {
  return sharp({ create: { width: 900, height: 700, channels: 3, background: "#b45309" } }).jpeg().toBuffer();
}

test("a new seller applies, an admin approves, and a product listed in Persian with a photo reaches the storefront", async ({ page, browser }) => {
  const phone = newPhone();
  const shopName = `باغ زعفران ${phone.slice(-4)}`;
  const productName = `زعفران نگین ${phone.slice(-4)}`;

  await signInByPhone(page, "fa", phone, "/fa/seller/apply");
  await expect(page).toHaveURL(/\/fa\/seller\/apply$/);
  await page.locator('[name="name"]').fill(shopName);
  await page.locator('select[name="province"]').selectOption({ index: 1 });
  await page.locator('select[name="county"]').selectOption({ index: 1 });
  await page.locator('select[name="villageId"]').selectOption({ index: 1 });
  await page.locator('[name="story"]').fill("سه نسل است زعفران می‌کاریم.");
  await page.getByRole("radio", { name: "حساب پست‌بانک" }).check();
  await page.locator('[name="payoutAccount"]').fill("1234 5678 9012 3456");
  await page.locator('form button[type="submit"]').last().click();
  await expect(page.getByRole("status")).toBeVisible();

  // the admin approves
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInByPhone(admin, "en", ADMIN, "/en/admin");
  // the tracking numbers left per market and service, seeded well above the warning mark
  await expect(admin.getByTestId("tracking-ranges").getByRole("row").filter({ hasText: "IR" }).first()).toContainText("Parcel");
  const row = admin.getByTestId("shop-row").filter({ hasText: shopName });
  await row.getByTestId("approve").click();
  await expect(row.getByTestId("shop-status")).toHaveText(/open|approved/i);
  await adminContext.close();

  // searched for before it is listed: not there (similar names may be), and that search page is kept…
  const search = `/fa/search?q=${encodeURIComponent(productName)}`;
  await page.goto(search);
  await expect(page.getByTestId("search-summary")).toBeVisible();
  await expect(page.getByTestId("product-card").filter({ hasText: productName })).toHaveCount(0);

  // the seller lists a product in Persian
  await page.goto("/fa/seller");
  await page.getByTestId("my-shop").filter({ hasText: shopName }).getByRole("link").click();
  await expect(page.getByTestId("acting-for")).toContainText(shopName);
  await addPersianProduct(page, { name: productName, category: "saffron", size: "یک مثقال", price: "۱٬۳۰۰٬۰۰۰", weight: "40", stock: "12" });

  await page.getByTestId("photo-input").setInputFiles({ name: "saffron.jpg", mimeType: "image/jpeg", buffer: await jpeg() });
  await expect(page.getByTestId("seller-photo")).toHaveCount(1);

  // …until the listing: the same search finds it; shoppers see it in Persian, and in Chinese with a visible fallback
  await page.goto(search);
  await page.getByTestId("product-card").filter({ hasText: productName }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(productName);
  await expect(page.getByTestId("price")).toContainText("۱٬۳۰۰٬۰۰۰");
  const slug = page.url().split("/products/")[1]!;
  await page.goto(`/zh/products/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(productName);
  await expect(page.getByTestId("translation-fallback")).toBeVisible();
});

test("an agent lists a product for a shop and the owner reads it in the activity log", async ({ page, browser }) => {
  const shop = demoMarkets[0]!.shops[2]!;
  const productName = `عناب خشک ${Date.now() % 10_000}`;

  // the admin links the agent to the shop (through the admin API, signed in as admin)
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInByPhone(admin, "en", ADMIN, "/en/admin");
  const row = admin.getByTestId("shop-row").filter({ hasText: shop.name.en });
  await row.getByTestId("agent-phone").fill(AGENT);
  await row.getByTestId("link-agent").click();
  await expect(row).toContainText("989120000002");
  await adminContext.close();

  await signInByPhone(page, "fa", AGENT, "/fa/seller");
  await page.getByTestId("my-shop").filter({ hasText: shop.name.fa }).getByRole("link").click();
  await expect(page.getByTestId("acting-for")).toContainText(shop.name.fa);
  await addPersianProduct(page, { name: productName, category: "jujube", size: "۵۰۰ گرم", price: "450000", weight: "560" });
  // the activity log is the owner's: the agent gets a 403 page in their language, not a 500
  const shopPath = /\/fa\/seller\/[0-9a-f-]{36}/.exec(page.url())![0];
  const denied = await page.goto(`${shopPath}/audit`);
  expect(denied?.status()).toBe(403);
  await expect(page.getByTestId("forbidden").getByRole("heading", { level: 1 })).toHaveText("فقط مالک فروشگاه می‌تواند این را ببیند.");

  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signInByPhone(owner, "fa", shop.phone, "/fa/seller");
  await owner.getByTestId("my-shop").filter({ hasText: shop.name.fa }).getByRole("link").click();
  await owner.getByRole("link", { name: "گزارش فعالیت" }).click();
  const entry = owner.getByTestId("audit-entry").filter({ hasText: productName });
  await expect(entry).toBeVisible();
  await expect(entry.getByTestId("acting-as")).toHaveText("کارگزار، از طرف شما");
  await ownerContext.close();
});

test("too many wrong codes lock sign-in for a while, with the time to wait", async ({ page }) => {
  const phone = newPhone();
  await page.goto("/en/sign-in");
  const sentAfter = Date.now() - 1000;
  await page.getByTestId("phone-input").fill(phone);
  await page.getByTestId("send-code").click();
  const code = await codeSentTo(phone, sentAfter);
  const wrong = code === "000000" ? "111111" : "000000";
  // a full six-digit code submits by itself, as when the phone fills it from the SMS
  for (let i = 0; i < 5; i++) {
    await page.getByTestId("code-input").fill("");
    await page.getByTestId("code-input").fill(wrong);
    await expect(page.getByRole("alert").first()).toContainText(/wrong or has expired/);
    await expect(page.getByTestId("verify-code")).toBeEnabled();
  }
  await page.getByTestId("code-input").fill("");
  await page.getByTestId("code-input").fill(code);
  await expect(page.getByRole("alert").first()).toContainText(/try again in 1[45] minutes/);
  await expect(page).toHaveURL(/\/en\/sign-in/);
});

test("a fake or oversized photo is refused with a message", async ({ page }) => {
  const shop = demoMarkets[1]!.shops[0]!;
  await signInByPhone(page, "zh", shop.phone, "/zh/seller");
  await page.getByTestId("my-shop").first().getByRole("link").click();
  await page.getByTestId("seller-product").first().getByRole("link").click();
  await page.waitForURL(/\/products\/[0-9a-f-]+$/);
  await expect(page.getByTestId("seller-photo")).toHaveCount(2); // the seeded pair


  await page.getByTestId("photo-input").setInputFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: Buffer.from("this is not a picture at all") });
  await expect(page.getByTestId("photo-error")).toContainText("不是可用的照片");
  await page.getByTestId("photo-input").setInputFiles({ name: "huge.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(11 * 1024 * 1024, 1) });
  await expect(page.getByTestId("photo-error")).toContainText("超过 10 MB");
  await expect(page.getByTestId("seller-photo")).toHaveCount(2);
});
