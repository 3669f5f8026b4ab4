import type { Page } from "@playwright/test";
import { demoMarkets } from "../db/seed/data";
import { jalaliInputValue } from "../lib/jalali";
import { expect, newPhone, placeCodOrder, signInByPhone, test } from "./fixtures";

// the demo postal operator is one person: a new sign-in code replaces the last, so tests take turns
test.describe.configure({ mode: "serial" });

const OPERATOR = "+989120000003";
const ir = demoMarkets[0]!;
// shops whose parcels no other spec orders, moves along or hands over (see e2e/dispatch.spec.ts)
const deliveredShop = ir.shops.find((s) => s.slug === "chaparkhaneh-hashemi-paddies")!;
const manifestShop = ir.shops.find((s) => s.slug === "sheykhanbar-tea-garden")!;
const fa = (n: number) => new Intl.NumberFormat("fa-IR").format(n);

/** Calls a tRPC procedure over HTTP as the signed-in person of `page` (superjson's plain-JSON envelope). */
async function callTrpc<T>(page: Page, path: string, input: unknown, kind: "query" | "mutation" = "query"): Promise<T> {
  const body = JSON.stringify({ json: input });
  const response =
    kind === "query"
      ? await page.request.get(`/api/trpc/${path}?input=${encodeURIComponent(body)}`)
      : await page.request.post(`/api/trpc/${path}`, { data: body, headers: { "content-type": "application/json" } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

/** Runs in the page: a camera that films a grey card and a barcode reader that always reads `code` (Chromium on Linux has neither). */
function fakeCameraReading(code: string) {
  Object.defineProperty(window, "BarcodeDetector", {
    value: class {
      static async getSupportedFormats() {
        return ["code_128", "qr_code"];
      }
      async detect() {
        return [{ rawValue: code, format: "qr_code" }];
      }
    },
  });
  Object.defineProperty(navigator.mediaDevices, "getUserMedia", {
    value: async () => {
      const canvas = document.createElement("canvas");
      canvas.width = 320;
      canvas.height = 240;
      const context = canvas.getContext("2d")!;
      const paint = () => {
        context.fillStyle = `hsl(0 0% ${40 + Math.random() * 20}%)`;
        context.fillRect(0, 0, canvas.width, canvas.height);
      };
      paint();
      setInterval(paint, 100);
      return canvas.captureStream(10);
    },
  });
}

test("postal staff look up a cash-on-delivery parcel in Persian, record its arrival, and deliver it only with the cash collected", async ({ page, browser }) => {
  const product = ir.products.find((p) => p.shop === deliveredShop.slug)!;
  const order = await placeCodOrder(page, product.slug);
  expect(order.tracking).toMatch(/^CP\d{9}IR$/);

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  // after signing in, staff land on the portal's home, which links to their screen
  await signInByPhone(staff, "fa", OPERATOR);
  await staff.getByTestId("operator-link").click();
  await expect(staff).toHaveURL(/\/fa\/operator$/);
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("باجهٔ پست");

  // this browser has no barcode reader or camera: the screen says so, and typing still works
  await staff.getByTestId("scan-camera").click();
  await expect(staff.getByTestId("camera-notice")).toBeVisible();
  await expect(staff.getByTestId("code-input")).toBeEditable();

  // a mistyped number (wrong check digit) is caught before anything is looked up
  const input = staff.getByTestId("code-input");
  await input.fill("CP123456789IR");
  await input.press("Enter");
  await expect(staff.getByTestId("lookup-error")).toContainText("رقم کنترل «CP123456789IR» درست نیست");
  await expect(staff.getByTestId("parcel-card")).toHaveCount(0);

  // typed in lower case, as a phone keyboard might; the QR's "TRACKING/ORDER" form reads the same
  await input.fill(`${order.tracking.toLowerCase()}/${order.number}`);
  await input.press("Enter");
  const card = staff.getByTestId("parcel-card");
  await expect(card.getByTestId("parcel-tracking")).toHaveText(order.tracking);
  await expect(staff.getByTestId("lookup-error")).toHaveCount(0);
  await expect(card).toContainText(order.number);
  await expect(card).toContainText("مریم رضایی");
  await expect(card).toContainText("روبه‌روی مسجد");
  await expect(card.getByTestId("cod-due")).toContainText("تومان");
  await expect(card.getByTestId("parcel-status")).toHaveText("برچسب صادر شد");

  await card.getByRole("button", { name: "رسیده به دفتر پستی", exact: true }).click();
  await expect(card.getByTestId("scan-result")).toHaveText("ثبت شد: رسیده به دفتر پستی.");
  await expect(card.getByTestId("parcel-status")).toHaveText("رسیده به دفتر پستی");

  // delivered asks once more, with the cash to collect filled in; without it the server refuses
  await card.getByRole("button", { name: "تحویل شد", exact: true }).click();
  const cash = card.getByLabel(/مبلغ نقدی دریافت‌شده/);
  await expect(cash).not.toHaveValue("");
  const due = await cash.inputValue();
  await cash.fill("");
  await card.getByRole("button", { name: "تأیید: تحویل شد" }).click();
  await expect(card.getByTestId("scan-error")).toHaveText("مبلغ نقدی دریافت‌شده برای این مرسولهٔ پرداخت در محل را وارد کنید.");
  await expect(card.getByTestId("parcel-status")).toHaveText("رسیده به دفتر پستی");

  await cash.fill(due);
  await card.getByRole("button", { name: "تأیید: تحویل شد" }).click();
  await expect(card.getByTestId("scan-result")).toHaveText("ثبت شد: تحویل شد.");
  await expect(card.getByTestId("parcel-status")).toHaveText("تحویل شد");
  await expect(card.getByTestId("cod-collected")).toContainText("تومان");
  await expect(card.getByTestId("parcel-closed")).toBeVisible();
  await expect(card.getByTestId("parcel-actions")).toHaveCount(0);
  await expect(card.getByTestId("timeline-event")).toHaveText([/برچسب صادر شد/, /رسیده به دفتر پستی/, /تحویل شد/]);

  // the day's pickups are listed below (none booked in this run, or some from other tests)
  await expect(staff.getByTestId("pickups")).toBeVisible();
  await staffContext.close();
});

test("a seller's drop-off manifest is taken at the counter in one confirmation, and its parcels become accepted", async ({ page, browser }) => {
  const product = ir.products.find((p) => p.shop === manifestShop.slug)!;
  const order = await placeCodOrder(page, product.slug);

  // the seller books a drop-off for the parcels ready (through the API: the dispatch screen has its own spec)
  const sellerContext = await browser.newContext();
  const seller = await sellerContext.newPage();
  await signInByPhone(seller, "fa", manifestShop.phone, "/fa/seller");
  const href = await seller.getByTestId("my-shop").filter({ hasText: manifestShop.name.fa }).getByRole("link").first().getAttribute("href");
  const shopId = /\/seller\/([0-9a-f-]{36})/.exec(href ?? "")?.[1];
  expect(shopId).toBeTruthy();
  const options = await callTrpc<{ dropOffDates: string[]; servicePoints: { id: string }[] }>(seller, "seller.pickupOptions", { shopId, locale: "fa" });
  const date = options.dropOffDates[0]!;
  const booked = await callTrpc<{ manifestNumber: string; parcels: number }>(
    seller,
    "seller.requestPickup",
    { shopId, kind: "drop_off", date, servicePointId: options.servicePoints[0]!.id },
    "mutation",
  );
  expect(booked.parcels).toBeGreaterThanOrEqual(1);
  await sellerContext.close();

  const staffContext = await browser.newContext();
  // a stand-in for a phone's camera and barcode reader, which see the label's QR code
  await staffContext.addInitScript(fakeCameraReading, `${order.tracking}/${order.number}`);
  const staff = await staffContext.newPage();
  await signInByPhone(staff, "fa", OPERATOR, "/fa/operator");
  // a Persian page takes the day in the Jalali calendar
  await staff.getByTestId("pickups-date").fill(jalaliInputValue(date));
  const pickup = staff.getByTestId("pickup").filter({ hasText: booked.manifestNumber });
  await expect(pickup).toContainText(manifestShop.name.fa);
  await expect(pickup).toContainText("تحویل در باجه");
  await pickup.getByTestId("pickup-manifest").click();

  const card = staff.getByTestId("manifest-card");
  await expect(card).toContainText(booked.manifestNumber);
  await expect(card.getByTestId("manifest-parcels")).toHaveText(`${fa(booked.parcels)} مرسوله`);
  await expect(card.getByTestId("manifest-state")).toHaveText("هنوز پذیرفته نشده");
  await card.getByTestId("accept-manifest").click();
  await expect(card.getByTestId("manifest-result")).toHaveText(`${fa(booked.parcels)} مرسوله پذیرفته شد`);
  await expect(card.getByTestId("manifest-state")).toContainText("پذیرفته شد:");
  await expect(card.getByTestId("accept-manifest")).toHaveCount(0);
  await expect(pickup).toContainText("تحویل گرفته شد");

  // the order's parcel was on it: scanned with the camera, it shows as accepted by the post
  await staff.getByTestId("scan-camera").click();
  await expect(staff.getByTestId("parcel-tracking")).toHaveText(order.tracking);
  await expect(staff.getByTestId("parcel-status")).toHaveText("پذیرش در پست");
  await expect(staff.getByTestId("stop-camera")).toHaveCount(0);
  await staffContext.close();
});

test("the whole journey: the seller prints labels and books a collection, the counter scans the manifest, a parcel is delivered for cash, another is held and rescheduled by the shopper", async ({ page, browser }) => {
  test.setTimeout(150_000);
  // after the drop-off test above, which handed this shop's parcels over: these two are new
  const product = ir.products.find((p) => p.shop === manifestShop.slug)!;
  const delivered = await placeCodOrder(page, product.slug);
  const held = await placeCodOrder(page, product.slug);

  // the seller prints today's labels and asks the post to come on the village's next route day
  const sellerContext = await browser.newContext();
  const seller = await sellerContext.newPage();
  await signInByPhone(seller, "fa", manifestShop.phone, "/fa/seller");
  await seller.getByTestId("my-shop").filter({ hasText: manifestShop.name.fa }).getByRole("link").first().click();
  await seller.getByRole("navigation").getByRole("link", { name: "برچسب‌ها و جمع‌آوری" }).click();
  const downloaded = seller.waitForEvent("download");
  await seller.getByTestId("print-labels").click();
  await expect(seller.getByTestId("labels-ready")).toBeVisible({ timeout: 60_000 });
  expect((await downloaded).suggestedFilename()).toMatch(/\.pdf$/);
  await seller.getByRole("radio", { name: /جمع‌آوری از محل من/ }).check();
  await seller.getByTestId("route-day").first().getByRole("radio").check();
  await seller.getByTestId("time-window").first().getByRole("radio").check();
  await seller.getByTestId("request-pickup").click();
  const manifestNumber = (await seller.getByTestId("pickup-booked").getByTestId("manifest-number").textContent())?.trim() ?? "";
  expect(manifestNumber).toMatch(/^MF-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await sellerContext.close();

  // at the counter: the manifest's barcode, typed here as a scanner would type it, takes both parcels
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInByPhone(staff, "fa", OPERATOR, "/fa/operator");
  const input = staff.getByTestId("code-input");
  await input.fill(manifestNumber);
  await input.press("Enter");
  const manifest = staff.getByTestId("manifest-card");
  await expect(manifest.getByTestId("manifest-parcels")).toHaveText(`${fa(2)} مرسوله`);
  await manifest.getByTestId("accept-manifest").click();
  await expect(manifest.getByTestId("manifest-result")).toHaveText(`${fa(2)} مرسوله پذیرفته شد`);

  // on the route: one parcel is delivered and paid in cash, the other waits at the counter
  await input.fill(delivered.tracking);
  await input.press("Enter");
  const card = staff.getByTestId("parcel-card");
  await expect(card.getByTestId("parcel-status")).toHaveText("پذیرش در پست");
  await card.getByRole("button", { name: "تحویل شد", exact: true }).click();
  await card.getByRole("button", { name: "تأیید: تحویل شد" }).click();
  await expect(card.getByTestId("parcel-status")).toHaveText("تحویل شد");
  await input.fill(held.tracking);
  await input.press("Enter");
  await expect(card.getByTestId("parcel-tracking")).toHaveText(held.tracking);
  await card.getByRole("button", { name: "نگهداری در باجه", exact: true }).click();
  await expect(card.getByTestId("parcel-status")).toHaveText("نگهداری در باجه");
  await staffContext.close();

  // the shopper follows both parcels on their order pages
  await page.goto(delivered.url);
  await expect(page.getByTestId("parcel-status")).toHaveText("تحویل شد");
  expect(await page.getByTestId("timeline-event").evaluateAll((items) => items.map((i) => i.getAttribute("data-status")))).toEqual([
    "delivered",
    "accepted",
    "label_created",
  ]);
  await expect(page.getByTestId("order-parcel")).toContainText("پرداخت نقدی هنگام تحویل");
  await page.goto(held.url);
  await expect(page.getByTestId("parcel-status")).toHaveText("نگهداری در باجه");
  await page.getByTestId("redelivery-form").getByRole("radio").first().check();
  await page.getByTestId("request-redelivery").click();
  // the slot in Persian digits, as every time on a Persian page
  await expect(page.getByTestId("redelivery-requested")).toContainText("۰۹:۰۰–۱۲:۰۰");
});

test("a shopper who opens the postal staff screen is told it is for postal staff only", async ({ page }) => {
  await signInByPhone(page, "en", newPhone(), "/en/operator");
  await expect(page).toHaveURL(/\/en\/operator$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("For postal staff only");
  await expect(page.getByTestId("code-input")).toHaveCount(0);
});
