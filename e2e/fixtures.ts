import fs from "node:fs";
import { randomInt } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";

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

/** Signs in through the sign-in page with an SMS code. */
export async function signInByPhone(page: Page, locale: string, phone: string, next?: string) {
  await page.goto(`/${locale}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ""}`);
  const sentAfter = Date.now() - 1000;
  await page.getByTestId("phone-input").fill(phone);
  await page.getByTestId("send-code").click();
  const code = await codeSentTo(phone, sentAfter);
  // a full code submits by itself
  await page.getByTestId("code-input").fill(code);
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));
}

/** Every test gets its own client address, so per-IP sign-in limits do not spill between tests. */
export const test = base.extend({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use) => {
    await use({ ...extraHTTPHeaders, "x-forwarded-for": `10.${randomInt(0, 255)}.${randomInt(0, 255)}.${randomInt(1, 254)}` });
  },
});

export { expect };
