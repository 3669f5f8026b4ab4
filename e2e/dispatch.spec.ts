import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { devices } from "@playwright/test";
import { demoMarkets } from "../db/seed/data";
import { expect, placeCodOrder, signInByPhone, test } from "./fixtures";

const ir = demoMarkets[0]!;
// a shop whose parcels no other spec orders, moves along or hands over (checkout: Esfeden and Afin; tracking: Harzevil; seller: Kharashad)
const shop = ir.shops.find((s) => s.slug === "nowferest-qanat-garden")!;
const product = ir.products.find((p) => p.shop === shop.slug)!;
const fa = (n: number) => new Intl.NumberFormat("fa-IR").format(n);

test("a village seller prints every unprinted label in one PDF, books the post's collection on a route day and gets the manifest", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const order = await placeCodOrder(page, product.slug);
  expect(order.tracking).toMatch(/^CP\d{9}IR$/);

  // the seller, on a phone of their own
  const sellerContext = await browser.newContext({ ...devices["Pixel 5"] });
  const seller = await sellerContext.newPage();
  await signInByPhone(seller, "fa", shop.phone, "/fa/seller");
  await seller.getByTestId("my-shop").filter({ hasText: shop.name.fa }).getByRole("link").click();
  await seller.getByRole("navigation").getByRole("link", { name: "برچسب‌ها و جمع‌آوری" }).click();
  await expect(seller).toHaveURL(/\/fa\/seller\/[0-9a-f-]+\/dispatch$/);
  await expect(seller.getByRole("heading", { level: 1 })).toHaveText("برچسب‌ها و جمع‌آوری");

  const parcel = seller.getByTestId("dispatch-parcel").filter({ hasText: order.tracking });
  await expect(parcel).toContainText("برچسب صادر شد");
  await expect(parcel).toContainText("برچسب هنوز چاپ نشده");
  // on the Persian page the tracking number still reads left to right, its letters before its digits
  const tracking = parcel.locator("bdi", { hasText: order.tracking });
  await expect(tracking).toHaveCSS("direction", "ltr");

  // all unprinted parcels, as one A6 PDF: the bar counts the labels as the file streams in
  await expect(seller.getByRole("radio", { name: /همهٔ بسته‌هایی که برچسبشان چاپ نشده/ })).toBeChecked();
  await seller.getByRole("radio", { name: /PDF/ }).check();
  await seller.getByRole("radio", { name: /A6/ }).check();
  const downloaded = seller.waitForEvent("download");
  await seller.getByTestId("print-labels").click();
  await expect(seller.getByTestId("labels-ready")).toBeVisible({ timeout: 60_000 });
  const progress = seller.getByRole("progressbar", { name: "برچسب‌های آماده‌شده" });
  const labels = Number(await progress.getAttribute("max"));
  expect(labels).toBeGreaterThanOrEqual(1);
  await expect(progress).toHaveAttribute("value", String(labels));
  await expect(seller.getByTestId("label-progress-text")).toHaveText(`${fa(labels)} از ${fa(labels)} برچسب`);

  const download = await downloaded;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const file = await download.path();
  expect(fs.readFileSync(file).subarray(0, 4).toString("latin1")).toBe("%PDF");
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
  expect(pages).toBe(labels);
  await expect(seller.getByTestId("download-again")).toBeVisible();
  // the page reads the parcels again: this one's label is printed now
  await expect(parcel.getByTestId("label-printed")).toBeVisible();

  // the post collects on the village's next route day, in the first window
  await expect(seller.getByTestId("ready-parcels")).not.toContainText("هیچ بسته‌ای");
  await seller.getByRole("radio", { name: /جمع‌آوری از محل من/ }).check();
  await seller.getByTestId("route-day").first().getByRole("radio").check();
  await seller.getByTestId("time-window").first().getByRole("radio").check();
  await seller.getByTestId("request-pickup").click();
  const manifestNumber = seller.getByTestId("pickup-booked").getByTestId("manifest-number");
  await expect(manifestNumber).toHaveText(/^MF-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const number = (await manifestNumber.textContent())!.trim();
  // everything ready went: nothing left to book twice
  await expect(seller.getByTestId("ready-parcels")).toContainText("هیچ بستهٔ برچسب‌خورده‌ای منتظر تحویل نیست");
  await expect(seller.getByTestId("request-pickup")).toBeDisabled();
  const booked = seller.getByTestId("pickup").filter({ hasText: number });
  await expect(booked.getByTestId("pickup-status")).toHaveText("درخواست شده");
  await expect(booked).toContainText("جمع‌آوری");

  // the manifest, to print and sign, and as a spreadsheet with the parcel on it
  const pdfHref = await seller.getByTestId("pickup-booked").getByTestId("manifest-pdf").getAttribute("href");
  const csvHref = await seller.getByTestId("pickup-booked").getByTestId("manifest-csv").getAttribute("href");
  expect(pdfHref).toBe(`/api/manifests/${number}?format=pdf&locale=fa`);
  const pdf = await seller.request.get(pdfHref!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
  expect((await pdf.body()).subarray(0, 4).toString("latin1")).toBe("%PDF");
  const csv = await seller.request.get(csvHref!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(order.tracking);
  await sellerContext.close();
});

test("the seller is told, before printing, which characters of a recipient's name the label fonts lack", async ({ page, browser }) => {
  test.setTimeout(120_000);
  // a rare Chinese character (CJK Extension B) the fallback font has, and one no label font has
  const order = await placeCodOrder(page, product.slug, undefined, "مریم 𡈽𠀀");
  const ordinary = await placeCodOrder(page, product.slug);
  const sellerContext = await browser.newContext({ ...devices["Pixel 5"] });
  const seller = await sellerContext.newPage();
  await signInByPhone(seller, "fa", shop.phone, "/fa/seller");
  await seller.getByTestId("my-shop").filter({ hasText: shop.name.fa }).getByRole("link").click();
  await seller.getByRole("navigation").getByRole("link", { name: "برچسب‌ها و جمع‌آوری" }).click();
  await expect(seller).toHaveURL(/\/fa\/seller\/[0-9a-f-]+\/dispatch$/);

  const note = seller.getByTestId("dispatch-parcel").filter({ hasText: order.tracking }).getByTestId("label-characters");
  await expect(note).toContainText("با قلم ساده‌ی پشتیبان چاپ می‌شود: 𡈽");
  await expect(note).toContainText("هیچ قلمی 𠀀 را ندارد");
  // a parcel whose name and address the fonts have carries no note
  const plain = seller.getByTestId("dispatch-parcel").filter({ hasText: ordinary.tracking });
  await expect(plain).toBeVisible();
  await expect(plain.getByTestId("label-characters")).toHaveCount(0);
  await sellerContext.close();
});
