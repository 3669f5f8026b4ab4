import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumExecutable, CHROMIUM_FLAGS } from "./e2e/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
// the Stripe emulator (e2e/global-setup.ts) and the app agree on these through the environment
process.env.E2E_BASE_URL = baseURL;
process.env.E2E_STRIPE_PORT ??= String(PORT + 1011);
process.env.E2E_STRIPE_WEBHOOK_SECRET ??= "whsec_e2e_emulator";
process.env.E2E_POSTAL_WEBHOOK_SECRET ??= "e2e-postal-webhook-secret";
// every run starts from a fresh embedded database, migrated and seeded by the server on start;
// the variable carries the directory to the test workers, which load this file again
process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "villagepost-e2e-"));
const dataDir = process.env.E2E_DATA_DIR;
// the server's SMS go to this file, where tests read sign-in codes as a phone would receive them
process.env.E2E_SMS_LOG ??= path.join(dataDir, "sms.log");

export default defineConfig({
  testDir: "./e2e",
  testMatch: "**/*.spec.ts",
  globalSetup: "./e2e/global-setup.ts",
  // whole journeys (sign-in, checkout, Stripe page, webhook) on a cold server and a shared 2-core machine
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_FLAGS },
  },
  projects: [
    { name: "phone", testIgnore: "abuse/**", use: { ...devices["Pixel 5"], browserName: "chromium" } },
    // the attack suite (npm run test:abuse): the same production server on the default configuration
    { name: "abuse", testMatch: "abuse/**/*.spec.ts", use: { ...devices["Pixel 5"], browserName: "chromium" } },
  ],
  webServer: {
    command: `npm run build && node server.mjs -H 127.0.0.1 -p ${PORT}`,
    url: `${baseURL}/en`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
      SKIP_BUILD_TYPECHECK: "1",
      APP_URL: baseURL,
      SMS_PROVIDER: "log",
      SMS_LOG_FILE: process.env.E2E_SMS_LOG,
      STRIPE_SECRET_KEY: "sk_test_e2e",
      STRIPE_WEBHOOK_SECRET: process.env.E2E_STRIPE_WEBHOOK_SECRET,
      STRIPE_API_BASE: `http://127.0.0.1:${process.env.E2E_STRIPE_PORT}`,
      POSTAL_WEBHOOK_SECRET: process.env.E2E_POSTAL_WEBHOOK_SECRET,
    },
  },
});
