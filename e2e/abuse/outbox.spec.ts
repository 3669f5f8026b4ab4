import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { demoMarkets } from "../../db/seed/data";
import { checkoutCod, expect, signInByPhone, startCardOrder, test } from "../fixtures";

const cn = demoMarkets[1]!;
const ir = demoMarkets[0]!;
const ADMIN = "+989120000001";
const emulator = () => `http://127.0.0.1:${process.env.E2E_STRIPE_PORT}`;

test("a refund Stripe fails to take is retried until it is done, and admins and the shopper see it owed meanwhile", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const tea = cn.products.find((p) => p.category === "tea")!;
  await startCardOrder(page, tea.slug);
  await page.getByTestId("stripe-pay").click();
  await expect(page).toHaveURL(/paid=1/);
  await expect(page.getByTestId("order-status")).toContainText("已确认");
  const refundsBefore = ((await (await fetch(`${emulator()}/__emulator/refunds`)).json()) as unknown[]).length;

  // Stripe is down for the next six calls: the SDK's own retries and the outbox's first two tries all fail
  await fetch(`${emulator()}/__emulator/outage`, { method: "POST", body: JSON.stringify({ path: "/v1/refunds", times: 6 }) });
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByTestId("cancel-order").click();
  await expect(page.getByTestId("order-status")).toContainText("已取消");
  await expect(page.getByTestId("refund-pending")).toBeVisible();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInByPhone(admin, "en", ADMIN, "/en/admin");
  await expect(admin.getByTestId("owed-effects").locator('tr[data-kind="stripe.refund"]').first()).toBeVisible();
  await adminContext.close();

  // the worker tries again with backoff until Stripe takes it: refunded once
  await expect.poll(async () => (await page.reload(), await page.getByTestId("refunded").count()), { timeout: 90_000, intervals: [2000] }).toBe(1);
  const refunds = (await (await fetch(`${emulator()}/__emulator/refunds`)).json()) as unknown[];
  expect(refunds.length).toBe(refundsBefore + 1);
});

/** A stand-in SMS gateway: refuses while `down`, records what it accepts. */
async function smsGateway() {
  const received: { to: string; text: string }[] = [];
  const gateway = { down: true, received };
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      if (gateway.down) {
        response.writeHead(503).end();
        return;
      }
      received.push(JSON.parse(body) as { to: string; text: string });
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return { gateway, url: `http://127.0.0.1:${port}/sms`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startServer(port: number, env: Record<string, string>): Started {
  let output = "";
  const child = spawn("node", ["server.mjs", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "", STRIPE_SECRET_KEY: "", STRIPE_WEBHOOK_SECRET: "", POSTAL_WEBHOOK_SECRET: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function healthy(baseUrl: string, started: Started) {
  await expect
    .poll(
      async () => {
        if (started.child.exitCode !== null) throw new Error(`the server exited:\n${started.output()}`);
        return fetch(`${baseUrl}/api/health`).then((r) => r.status, () => 0);
      },
      { timeout: 150_000, intervals: [500] },
    )
    .toBe(200);
}

test("killed with -9 right after an order commits, the server sends its SMS once it is back — exactly once; a misconfigured or second server refuses to start", async ({ browser }) => {
  test.setTimeout(420_000);
  const port = Number(new URL(process.env.E2E_BASE_URL!).port) + 57;
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "villagepost-kill-"));
  const sms = await smsGateway();
  const env = { DATA_DIR: dataDir, APP_URL: baseUrl, SMS_PROVIDER: "http", SMS_HTTP_URL: sms.url };
  let server = startServer(port, env);
  try {
    await healthy(baseUrl, server);

    // a second process on the same embedded database, and a bad setting: both stop with the reason
    const second = startServer(port + 1, env);
    expect(await second.exited).not.toBe(0);
    expect(second.output()).toMatch(/cannot start/i);
    const misconfigured = startServer(port + 2, { ...env, DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "villagepost-bad-")), TRUST_PROXY: "true" });
    expect(await misconfigured.exited).not.toBe(0);
    expect(misconfigured.output()).toMatch(/TRUST_PROXY/);

    const context = await browser.newContext({ baseURL: baseUrl });
    const page = await context.newPage();
    // this server shares the build's cached pages with the main one (its ids are another database's): the cart is filled through the API
    const product = ir.products.find((p) => p.shop === "harzevil-olive-women-coop")!;
    const input = encodeURIComponent(JSON.stringify({ json: { locale: "fa", slug: product.slug } }));
    const found = (await (await page.request.get(`/api/trpc/catalog.product?input=${input}`)).json()) as { result: { data: { json: { variants: { id: string }[] } } } };
    await page.request.post("/api/cart/add", { form: { variantId: found.result.data.json.variants[0]!.id, locale: "fa" }, maxRedirects: 0 });
    const order = await checkoutCod(page, "0915 321 7654");
    await context.close();
    // the gateway refused the first try; the order is committed and its SMS waits in the outbox
    expect(sms.gateway.received).toHaveLength(0);
    server.child.kill("SIGKILL");
    await server.exited;

    sms.gateway.down = false;
    server = startServer(port, env);
    await healthy(baseUrl, server);
    await expect.poll(() => sms.gateway.received.filter((m) => m.text.includes(order.number)).length, { timeout: 60_000 }).toBe(1);
    // and it stays at one
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(sms.gateway.received.filter((m) => m.text.includes(order.number))).toHaveLength(1);
    expect(sms.gateway.received[0]?.to).toBe("+989153217654");
  } finally {
    server.child.kill("SIGKILL");
    await server.exited;
    await sms.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
