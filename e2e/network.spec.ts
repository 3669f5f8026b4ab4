import { randomInt, randomUUID } from "node:crypto";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { demoMarkets } from "../db/seed/data";
import { jalaliInputValue } from "../lib/jalali";
import { addToCart, expect, newPhone, placeCodOrder, signInByPhone, test } from "./fixtures";

// the admin is one person (a new sign-in code replaces the last) and the map is shared: one test at a time
test.describe.configure({ mode: "serial" });

const ADMIN = "+989120000001";
const [ir, , vn] = demoMarkets as unknown as [(typeof demoMarkets)[number], (typeof demoMarkets)[number], (typeof demoMarkets)[number]];
// recipients' phones of their own: order SMS are limited per phone, and other specs order too
const vnPhone = () => `09${randomInt(10_000_000, 99_999_999)}`;
const sample = (name: string) => path.resolve(import.meta.dirname, "../docs/network", name);

async function newPhonePage(browser: Browser, ip: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, extraHTTPHeaders: { "x-forwarded-for": ip } });
  return context.newPage();
}

async function openNetworkAdmin(browser: Browser, ip: string, locale = "en"): Promise<Page> {
  const admin = await newPhonePage(browser, ip);
  await signInByPhone(admin, locale, ADMIN, `/${locale}/admin`);
  await admin.getByTestId("network-link").click();
  await expect(admin).toHaveURL(new RegExp(`/${locale}/admin/network$`));
  return admin;
}

/** A Vietnamese guest's cash-on-delivery order to a commune of Long An (the map before July 2025). */
async function placeLongAnOrder(page: Page) {
  const product = vn.products.find((p) => p.category === "coffee") ?? vn.products[0]!;
  await addToCart(page, "vi", product.slug);
  await page.goto("/vi/checkout");
  await page.locator('select[name="province"]').selectOption({ label: "Long An" });
  await page.locator('select[name="county"]').selectOption({ label: "Cần Đước" });
  await page.locator('select[name="village"]').selectOption({ index: 1 });
  await page.locator('[name="postalCode"]').fill("82711");
  await page.locator('[name="landmark"]').fill("Gần chợ xã");
  await page.locator('[name="recipientName"]').fill("Nguyễn Thị Hoa");
  await page.locator('[name="recipientPhone"]').fill(vnPhone());
  await page.getByRole("radio", { name: /tiền mặt/i }).check();
  await expect(page.getByTestId("quote-parcel")).toHaveCount(1);
  await page.getByTestId("place-order").click();
  await expect(page).toHaveURL(/\/vi\/orders\/VP-[0-9A-Z]{4}-[0-9A-Z]{4}\?token=/);
  const tracking = (await page.getByTestId("tracking-number").first().textContent())?.match(/[A-Z]{2}\d{9}[A-Z]{2}/)?.[0] ?? "";
  return { url: page.url(), tracking };
}

test("an admin uploads Vietnam's new map: a bad file changes nothing, the new one is offered at checkout while an old order keeps its address", async ({ page, browser }) => {
  const old = await placeLongAnOrder(page);
  await expect(page.getByText(/Long An/).first()).toBeVisible();

  const admin = await openNetworkAdmin(browser, "10.213.0.1", "vi");
  const upload = admin.getByTestId("network-import-regions");
  // three bad rows: nothing is imported, each is named by its line in the admin's language
  await upload.getByTestId("network-file").setInputFiles(sample("vn-bad-rows.csv"));
  await upload.getByTestId("network-import-submit").click();
  const errors = upload.getByTestId("network-import-error");
  await expect(errors).toHaveCount(3);
  await expect(errors.nth(0)).toContainText("Dòng 3");
  await expect(errors.nth(0)).toContainText("Cấp phải là một trong: province, commune");
  await expect(errors.nth(1)).toContainText("Dòng 4");
  await expect(errors.nth(2)).toContainText("Dòng 5");
  await expect(errors.nth(2)).toContainText("VN-99");
  await admin.screenshot({ path: "test-results/network/import-errors-vi-360.png", fullPage: true });

  await upload.getByTestId("network-file").setInputFiles(sample("vn-2025-two-level.csv"));
  await upload.getByTestId("network-import-submit").click();
  await expect(upload.getByTestId("network-import-result")).toContainText("Đã đọc 10 dòng: thêm 10");
  await expect(admin.getByTestId("network-changes").locator('[data-action="regions.import"]').first()).toContainText("Nhập vùng");

  // a new shopper's checkout offers Tây Ninh, not Long An
  const shopper = await newPhonePage(browser, "10.213.0.2");
  await addToCart(shopper, "vi", vn.products[0]!.slug);
  await shopper.goto("/vi/checkout");
  const provinces = shopper.locator('select[name="province"] option');
  await expect(provinces.filter({ hasText: "Tây Ninh" })).toHaveCount(1);
  await expect(provinces.filter({ hasText: "Long An" })).toHaveCount(0);
  await shopper.locator('select[name="province"]').selectOption({ label: "Tây Ninh" });
  await shopper.locator('select[name="county"]').selectOption({ index: 1 });
  await expect(shopper.locator('select[name="village"] option').filter({ hasText: "Cần Đước" })).toHaveCount(1);

  // the old order still shows the address as it was written; the old province's page leads to the new one
  await page.goto(old.url);
  await expect(page.getByText(/Long An/).first()).toBeVisible();
  await shopper.goto("/vi/regions/vn-long-an");
  await expect(shopper).toHaveURL(/\/vi\/regions\/vn-vn-72$/);
  await expect(shopper.getByRole("heading", { level: 1 })).toHaveText("Tây Ninh");
});

test("a clerk of an Iranian counter cannot see or scan another market's parcel", async ({ page, browser }) => {
  const irOrder = await placeCodOrder(page, ir.products.find((p) => p.shop === "harzevil-olive-women-coop")?.slug ?? ir.products[0]!.slug, newPhone());
  const vnPage = await newPhonePage(browser, "10.213.0.3");
  const product = vn.products[1]!;
  await addToCart(vnPage, "vi", product.slug);
  await vnPage.goto("/vi/checkout");
  await vnPage.locator('select[name="province"]').selectOption({ index: 1 });
  await vnPage.locator('select[name="county"]').selectOption({ index: 1 });
  await vnPage.locator('select[name="village"]').selectOption({ index: 1 });
  await vnPage.locator('[name="postalCode"]').fill("82711");
  await vnPage.locator('[name="landmark"]').fill("Gần chợ xã");
  await vnPage.locator('[name="recipientName"]').fill("Trần Văn Nam");
  await vnPage.locator('[name="recipientPhone"]').fill(vnPhone());
  await vnPage.getByRole("radio", { name: /tiền mặt/i }).check();
  await vnPage.getByTestId("place-order").click();
  await expect(vnPage).toHaveURL(/\/vi\/orders\//);
  const vnTracking = (await vnPage.getByTestId("tracking-number").first().textContent())?.match(/[A-Z]{2}\d{9}[A-Z]{2}/)?.[0] ?? "";
  expect(vnTracking).toMatch(/VN$/);

  // a new clerk signs in once, then the admin binds them to Rasht's post office
  const clerkPhone = newPhone();
  const clerk = await newPhonePage(browser, "10.213.0.4");
  await signInByPhone(clerk, "fa", clerkPhone, "/fa/operator");
  const admin = await openNetworkAdmin(browser, "10.213.0.5", "fa");
  const form = admin.getByTestId("staff-form");
  await form.locator('[name="phone"]').fill(clerkPhone);
  await form.locator('select[name="market"]').selectOption("IR");
  await form.locator('select[name="counter"]').selectOption("IR-GL-RASHT-PO");
  await admin.getByTestId("staff-submit").click();
  await expect(admin.getByTestId("staff-list")).toContainText(clerkPhone);
  await admin.screenshot({ path: "test-results/network/admin-network-fa-360.png", fullPage: true });

  await clerk.goto("/fa/operator");
  const input = clerk.getByTestId("code-input");
  await input.fill(vnTracking);
  await input.press("Enter");
  await expect(clerk.getByTestId("lookup-error")).toBeVisible();
  await expect(clerk.getByTestId("parcel-card")).toHaveCount(0);
  // a scan sent straight to the server is refused too, and changes nothing
  const scan = await clerk.request.post("/api/trpc/fulfilment.recordEvent", {
    data: JSON.stringify({ json: { trackingNumber: vnTracking, status: "accepted", scanId: randomUUID() } }),
    headers: { "content-type": "application/json" },
  });
  expect(scan.status()).toBe(404);
  await vnPage.reload();
  await expect(vnPage.getByTestId("tracking-number").first()).toBeVisible();

  await input.fill(irOrder.tracking);
  await input.press("Enter");
  await expect(clerk.getByTestId("parcel-card")).toContainText(irOrder.tracking);
});

test("a Nowruz holiday on a village's route day moves its collection to the next route day", async ({ browser }) => {
  const shop = ir.shops.find((s) => s.slug === "afin-barberry-women-coop")!;
  const seller = await newPhonePage(browser, "10.213.0.6");
  await signInByPhone(seller, "fa", shop.phone, "/fa/seller");
  await seller.getByTestId("my-shop").filter({ hasText: shop.name.fa }).getByRole("link").click();
  await seller.getByRole("navigation").getByRole("link", { name: "برچسب‌ها و جمع‌آوری" }).click();
  const days = seller.getByTestId("route-day").locator("input");
  await expect(days.first()).toBeAttached();
  const before = await days.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(before.length).toBeGreaterThan(1);

  const admin = await openNetworkAdmin(browser, "10.213.0.7", "fa");
  const form = admin.getByTestId("calendar-form");
  await form.locator('select[name="market"]').selectOption("IR");
  await form.locator('select[name="kind"]').selectOption("holiday");
  // a Persian page takes the day in the Jalali calendar
  await form.locator('[name="day"]').fill(jalaliInputValue(before[0]!));
  await form.locator('[name="region"]').fill(shop.village);
  await form.locator('[name="name"]').fill("نوروز");
  await admin.getByTestId("calendar-submit").click();
  await expect(admin.getByTestId("calendar-days").locator(`[data-day="${before[0]}"]`)).toContainText("نوروز");

  await seller.reload();
  await expect(days.first()).toHaveAttribute("value", before[1]!);
  const after = await days.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(after).not.toContain(before[0]);
  await seller.screenshot({ path: "test-results/network/route-days-fa-360.png", fullPage: true });
});

test("the postman's route sheet lists the day's stops with the cash to collect", async ({ page, browser }) => {
  // a Persian guest's cash order to Kharashad, a village Birjand's post office serves
  const province = ir.regions.find((r) => r.slug === "ir-south-khorasan")!;
  const county = province.children!.find((r) => r.slug === "ir-sk-birjand")!;
  const village = county.children!.find((r) => r.slug === "ir-sk-birjand-kharashad")!;
  await addToCart(page, "fa", ir.products[0]!.slug);
  await page.goto("/fa/checkout");
  await page.locator('select[name="province"]').selectOption({ label: province.name.fa });
  await page.locator('select[name="county"]').selectOption({ label: county.name.fa });
  await page.locator('select[name="village"]').selectOption({ label: village.name.fa });
  await page.locator('[name="postalCode"]').fill("9761814567");
  await page.locator('[name="landmark"]').fill("روبه‌روی مسجد");
  await page.locator('[name="recipientName"]').fill("زهرا کریمی");
  await page.locator('[name="recipientPhone"]').fill(newPhone());
  await expect(page.getByTestId("quote-parcel")).toHaveCount(1);
  await page.getByTestId("place-order").click();
  await expect(page).toHaveURL(/\/fa\/orders\/VP-[0-9A-Z]{4}-[0-9A-Z]{4}\?token=/);
  const tracking = (await page.getByTestId("tracking-number").first().textContent())?.match(/[A-Z]{2}\d{9}[A-Z]{2}/)?.[0] ?? "";
  expect(tracking).toMatch(/IR$/);
  // one parcel, paid in cash: the postman collects the order's total
  const total = ((await page.getByTestId("order-total").textContent()) ?? "").trim();
  expect(total).not.toBe("");

  // the parcel goes out on the round
  const admin = await newPhonePage(browser, "10.213.0.9");
  await signInByPhone(admin, "fa", ADMIN, "/fa/operator");
  const moved = await admin.request.post("/api/trpc/fulfilment.recordEvent", {
    data: JSON.stringify({ json: { trackingNumber: tracking, status: "out_for_delivery", scanId: randomUUID() } }),
    headers: { "content-type": "application/json" },
  });
  expect(moved.status(), await moved.text()).toBe(200);

  await admin.goto("/fa/operator");
  await admin.getByTestId("route-sheet-link").click();
  await expect(admin).toHaveURL(/\/fa\/operator\/route$/);
  // an admin has no counter of their own: the screen asks for one
  await expect(admin.getByRole("alert").filter({ hasText: "باجه‌ای را که می‌خواهید مسیرش را ببینید انتخاب کنید" })).toBeVisible();
  await admin.getByTestId("route-counter").fill("IR-SK-BIRJAND-PO");
  await admin.getByTestId("route-show").click();

  const stop = admin.getByTestId("route-stop").filter({ hasText: village.name.fa });
  await expect(stop).toHaveCount(1);
  const delivery = stop.getByTestId("route-delivery").filter({ hasText: tracking });
  await expect(delivery).toContainText("زهرا کریمی");
  await expect(delivery.getByTestId("delivery-cash")).toHaveText(total);
  await expect(stop.getByTestId("stop-cash")).toContainText("وجه قابل دریافت");
  await expect(admin.getByTestId("route-total")).toContainText("وجه قابل تحویل به باجه");
  // the page fits a 360 px phone: nothing wider than the screen
  expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await admin.screenshot({ path: "test-results/network/route-sheet-fa-360.png", fullPage: true });

  // the same round as a PDF
  const href = await admin.getByTestId("route-pdf").getAttribute("href");
  expect(href).toContain("counter=IR-SK-BIRJAND-PO");
  const pdf = await admin.request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
});
