import { randomInt } from "node:crypto";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { expect, signInByPhone, test } from "./fixtures";

// the admin is one person and the network is shared: one test at a time
test.describe.configure({ mode: "serial" });

const ADMIN = "+989120000001";
const sample = (name: string) => path.resolve(import.meta.dirname, "../docs/network", name);

async function openNetworkAdmin(browser: Browser, ip: string, locale: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, extraHTTPHeaders: { "x-forwarded-for": ip } });
  const admin = await context.newPage();
  await signInByPhone(admin, locale, ADMIN, `/${locale}/admin/network`);
  await expect(admin).toHaveURL(new RegExp(`/${locale}/admin/network$`));
  return admin;
}

/** A day `days` after today, as the date input takes it. */
const dayAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test("an admin edits a tariff from a later day, with each refused field named next to it", async ({ browser }) => {
  const admin = await openNetworkAdmin(browser, "10.214.0.1", "en");
  const form = admin.getByTestId("tariff-form");
  await expect(form.getByTestId("tariff-bracket").first()).toBeVisible();
  const weight = (i: number) => form.locator(`input[name="brackets.${i}.maxWeightGrams"]`);
  await expect(weight(0)).not.toHaveValue("");

  // today has begun in the market (the day input's first day; the market's date, not UTC's): refused next to the day
  const dayInput = form.locator('input[name="effectiveFrom"]');
  await expect(dayInput).toHaveAttribute("min", /^\d{4}-\d{2}-\d{2}$/);
  await dayInput.fill((await dayInput.getAttribute("min")) ?? "");
  await form.getByTestId("tariff-submit").click();
  await expect(form.getByText(/A new tariff can begin on \d{4}-\d{2}-\d{2} at the earliest/)).toBeVisible();

  // a bracket lighter than the one before: refused next to that bracket's weight
  const secondWeight = await weight(1).inputValue();
  await weight(1).fill("1");
  const day = dayAhead(20 + randomInt(0, 300));
  await form.locator('input[name="effectiveFrom"]').fill(day);
  await form.getByTestId("tariff-submit").click();
  await expect(form.getByText("Each weight bracket must be heavier than the one before.")).toBeVisible();

  // put right and priced up: saved as a coming version, the one in force unchanged
  await weight(1).fill(secondWeight);
  const price = form.locator('input[name="brackets.0.prices.same_county"]');
  await price.fill(String(Number(await price.inputValue()) + 10_000));
  await form.getByTestId("tariff-submit").click();
  await expect(admin.locator('section[aria-labelledby="network-tariffs-title"]').getByRole("status")).toContainText(/Version \d+ saved\./);
  const versions = admin.getByTestId("tariff-versions");
  await expect(versions.locator(`[data-effective-from="${day}"]`)).toHaveAttribute("data-state", "coming");
  await expect(versions.locator('[data-state="current"]')).toHaveCount(1);
  await admin.reload();
  await expect(admin.getByTestId("network-changes").locator('[data-action="tariff.save"]').first()).toContainText("Tariff saved");
  await admin.screenshot({ path: "test-results/network/tariffs-en-360.png", fullPage: true });
});

test("an admin adds an S10 range and sees what is left; an overlapping one is refused", async ({ browser }) => {
  const admin = await openNetworkAdmin(browser, "10.214.0.2", "fa");
  const form = admin.getByTestId("s10-form");
  // a block of its own for each run: the embedded database outlives a run
  const first = 60_000_000 + randomInt(0, 3_000) * 1_000;
  await form.locator('input[name="prefix"]').fill("CP");
  await form.locator('input[name="country"]').fill("IR");
  await form.locator('input[name="firstSerial"]').fill(String(first));
  await form.locator('input[name="lastSerial"]').fill(String(first + 999));
  await form.getByTestId("s10-submit").click();
  await expect(admin.getByTestId("s10-range").and(admin.locator(`[data-first="${first}"]`))).toHaveAttribute("data-remaining", "1000");

  await form.locator('input[name="firstSerial"]').fill(String(first + 500));
  await form.locator('input[name="lastSerial"]').fill(String(first + 1500));
  await form.getByTestId("s10-submit").click();
  await expect(admin.locator('section[aria-labelledby="network-s10-title"]').getByRole("alert")).toContainText("هم‌پوشانی");
});

test("an admin imports service points, sees them plotted and listed, and a bad hours field is named in the form", async ({ browser }) => {
  const admin = await openNetworkAdmin(browser, "10.214.0.3", "en");
  const upload = admin.getByTestId("network-import-points");
  await upload.getByTestId("network-file").setInputFiles(sample("points-bad-rows.csv"));
  await upload.getByTestId("network-import-submit").click();
  await expect(upload.getByTestId("network-import-error")).toHaveCount(3);
  await expect(upload.getByTestId("network-import-error").nth(1)).toContainText("Line 4");
  await expect(upload.getByTestId("network-import-error").nth(1)).toContainText("Opening hours must read like");

  await upload.getByTestId("network-file").setInputFiles(sample("ir-south-khorasan-points.csv"));
  await upload.getByTestId("network-import-submit").click();
  await expect(upload.getByTestId("network-import-result")).toContainText("4 rows read");

  await expect(admin.getByTestId("points-plot").locator('[data-code="IR-SK-KHARASHAD-AG"]')).toHaveCount(1);
  const row = admin.getByTestId("points-list").locator('[data-code="IR-SK-KHARASHAD-AG"]');
  await expect(row).toContainText("Village agency");
  await expect(row).toContainText("Sat–Wed 08:00–13:00");
  await row.getByRole("button").click();
  const form = admin.getByTestId("point-form");
  await expect(form.locator('input[name="code"]')).toHaveValue("IR-SK-KHARASHAD-AG");
  await form.locator('input[name="hours"]').fill("every day");
  await form.getByTestId("point-submit").click();
  await expect(form.getByText("Opening hours must read like")).toBeVisible();
  await admin.screenshot({ path: "test-results/network/points-en-360.png", fullPage: true });
});
