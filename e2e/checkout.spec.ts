import { demoMarkets } from "../db/seed/data";
import { addToCart, chooseVillage, expect, signInByPhone, startCardOrder, test } from "./fixtures";

const [ir, cn, vn] = [demoMarkets[0]!, demoMarkets[1]!, demoMarkets[2]!];

test("a Persian shopper buys from two shops, cash on delivery, to a village address that has only a landmark", async ({ page, browser }) => {
  const saffron = ir.products.find((p) => p.category === "saffron")!;
  const barberry = ir.products.find((p) => p.category === "barberry" && p.shop !== saffron.shop)!;
  await addToCart(page, "fa", saffron.slug);
  await addToCart(page, "fa", barberry.slug);
  await expect(page.getByTestId("cart-parcel")).toHaveCount(2);
  await page.getByTestId("go-checkout").click();

  await chooseVillage(page);
  await page.locator('[name="postalCode"]').fill("۹۷۶۱۸-۱۴۵۶۷");
  await page.locator('[name="landmark"]').fill("درِ آبیِ روبه‌روی مسجد، کنار نانوایی");
  await page.locator('[name="recipientName"]').fill("مریم رضایی");
  await page.locator('[name="recipientPhone"]').fill("0915 123 4567");
  await expect(page.getByTestId("quote-parcel")).toHaveCount(2);
  await expect(page.getByTestId("quote-total")).toContainText("تومان");
  await expect(page.getByTestId("route-days")).toBeVisible();
  await page.getByTestId("place-order").click();

  await expect(page).toHaveURL(/\/fa\/orders\/VP-[0-9A-Z]{4}-[0-9A-Z]{4}\?token=/);
  await expect(page.getByTestId("order-status")).toContainText("تأیید شد");
  await expect(page.getByTestId("order-parcel")).toHaveCount(2);
  await expect(page.getByTestId("tracking-number")).toHaveCount(2);
  await expect(page.getByTestId("tracking-number").first()).toContainText(/CP\d{9}IR/);
  await expect(page.getByText("روبه‌روی مسجد")).toBeVisible();
  const number = page.url().match(/orders\/(VP-[0-9A-Z-]+)/)![1]!;

  // the saffron seller sees the parcel to pack, and the week's sales
  const shop = ir.shops.find((s) => s.slug === saffron.shop)!;
  const sellerContext = await browser.newContext();
  const seller = await sellerContext.newPage();
  await signInByPhone(seller, "fa", shop.phone, "/fa/seller");
  await seller.getByTestId("my-shop").filter({ hasText: shop.name.fa }).getByRole("link").click();
  await expect(seller.getByTestId("shipment").filter({ hasText: number })).toBeVisible();
  await expect(seller.getByTestId("sales-chart")).toBeVisible();
  await sellerContext.close();
});

test("a Chinese shopper pays by card on the hosted page; the order turns paid only after the webhook; cancelling refunds it", async ({ page }) => {
  const tea = cn.products.find((p) => p.category === "tea")!;
  await startCardOrder(page, tea.slug);

  // Stripe's page (the emulator): leave without paying — the order waits, unpaid
  await page.getByTestId("stripe-cancel").click();
  await expect(page).toHaveURL(/\/zh\/orders\/VP-/);
  await expect(page.getByTestId("order-status")).toContainText("等待付款");

  await page.getByTestId("pay-order").click();
  await page.getByTestId("stripe-pay").click();
  await expect(page).toHaveURL(/paid=1/);
  await expect(page.getByTestId("order-status")).toContainText("已确认");

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByTestId("cancel-order").click();
  await expect(page.getByTestId("order-status")).toContainText("已取消");
  await expect(page.getByTestId("refunded")).toBeVisible();
});

test("a shopper collects at a service point instead of home delivery", async ({ page }) => {
  const product = vn.products.find((p) => p.category === "coffee")!;
  await addToCart(page, "vi", product.slug);
  await page.getByTestId("go-checkout").click();
  // on a slow phone the first tap can land before the form is interactive: tap until it holds
  const pickUp = page.getByRole("radio", { name: /bưu điện hoặc điểm dịch vụ/ });
  await expect(async () => {
    await pickUp.check();
    await expect(pickUp).toBeChecked({ timeout: 1000 });
  }).toPass();
  await chooseVillage(page);
  const point = page.getByTestId("service-point").filter({ hasNotText: "không thu tiền" }).first();
  const pointName = (await point.locator("span.font-medium").innerText()).trim();
  await point.getByRole("radio").check();
  await page.locator('[name="recipientName"]').fill("Nguyễn Thị Hoa");
  await page.locator('[name="recipientPhone"]').fill("0912 345 678");
  await expect(page.getByTestId("quote-total")).toContainText("₫");
  await page.getByTestId("place-order").click();
  await expect(page.getByTestId("order-status")).toContainText("Đã xác nhận");
  await expect(page.getByText(pointName)).toBeVisible();
});
