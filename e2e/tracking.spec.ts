import { createHmac } from "node:crypto";
import fs from "node:fs";
import { demoMarkets } from "../db/seed/data";
import { expect, placeCodOrder, test } from "./fixtures";

const ir = demoMarkets[0]!;
const WEBHOOK = "/api/carriers/postal-operator/events";

/** Signs a body as the postal operator does: t=<unix seconds>,v1=HMAC-SHA256(secret, "t.body"). */
function signature(body: string, secret = process.env.E2E_POSTAL_WEBHOOK_SECRET ?? "") {
  const t = Math.floor(Date.now() / 1000);
  return `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`;
}

test("the post's webhook moves a parcel along; the shopper follows the timeline, gets an SMS, and reschedules a parcel held at the counter", async ({ page, request }) => {
  const product = ir.products.find((p) => p.shop === "harzevil-olive-women-coop")!;
  const phone = `0915 ${String(Date.now()).slice(-7, -4)} ${String(Date.now()).slice(-4)}`;
  const order = await placeCodOrder(page, product.slug, phone);
  expect(order.tracking).toMatch(/^CP\d{9}IR$/);
  await expect(page.getByTestId("parcel-status")).toHaveText("برچسب صادر شد");

  const at = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
  const id = order.tracking;
  const events = [
    { id: `${id}-3`, trackingNumber: id, status: "arrived_at_service_point", occurredAt: at(3) },
    { id: `${id}-1`, trackingNumber: id, status: "accepted", occurredAt: at(1), location: "Rudbar post office" },
    { id: `${id}-2`, trackingNumber: id, status: "in_transit", occurredAt: at(2), location: "Rasht sorting centre" },
  ];
  const body = JSON.stringify({ events });

  // a forged signature is refused and changes nothing
  const forged = await request.post(WEBHOOK, { data: body, headers: { "content-type": "application/json", "villagepost-signature": signature(body, "not-the-secret-at-all") } });
  expect(forged.status()).toBe(401);
  await page.reload();
  await expect(page.getByTestId("parcel-status")).toHaveText("برچسب صادر شد");

  // out of order, then the same delivery again
  const sentAfter = Date.now() - 1000;
  const first = await request.post(WEBHOOK, { data: body, headers: { "content-type": "application/json", "villagepost-signature": signature(body) } });
  expect(first.status()).toBe(200);
  expect(await first.json()).toMatchObject({ received: 3, applied: 1, late: 2, duplicates: 0 });
  const again = await request.post(WEBHOOK, { data: body, headers: { "content-type": "application/json", "villagepost-signature": signature(body) } });
  expect(await again.json()).toMatchObject({ applied: 0, duplicates: 3 });

  await page.reload();
  await expect(page.getByTestId("parcel-status")).toHaveText("رسیده به دفتر پستی");
  await expect(page.getByTestId("timeline-event")).toHaveCount(4);
  // newest first
  expect(await page.getByTestId("timeline-event").evaluateAll((items) => items.map((i) => i.getAttribute("data-status")))).toEqual([
    "arrived_at_service_point",
    "in_transit",
    "accepted",
    "label_created",
  ]);

  // the shopper was told by SMS, in Persian
  const e164 = `+98${phone.replace(/\D/g, "").slice(1)}`;
  await expect
    .poll(() =>
      fs
        .readFileSync(process.env.E2E_SMS_LOG ?? "", "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as { to: string; text: string; at: string })
        .filter((m) => m.to === e164 && Date.parse(m.at) >= sentAfter && m.text.includes(id))
        .map((m) => m.text),
    )
    .toEqual([expect.stringContaining("رسید")]);

  // delivery fails, the parcel waits at the counter: the shopper asks for another day
  const held = JSON.stringify({
    events: [
      { id: `${id}-4`, trackingNumber: id, status: "out_for_delivery", occurredAt: at(4) },
      { id: `${id}-5`, trackingNumber: id, status: "delivery_failed", occurredAt: at(5) },
      { id: `${id}-6`, trackingNumber: id, status: "held_at_counter", occurredAt: at(6) },
    ],
  });
  expect((await request.post(WEBHOOK, { data: held, headers: { "content-type": "application/json", "villagepost-signature": signature(held) } })).status()).toBe(200);
  await page.reload();
  await expect(page.getByTestId("parcel-status")).toHaveText("نگهداری در باجه");
  const form = page.getByTestId("redelivery-form");
  await form.getByRole("radio").nth(1).check();
  // a Persian page shows the time slot in Persian digits
  await form.getByRole("radio", { name: "۱۵:۰۰–۱۸:۰۰" }).check();
  await page.getByTestId("request-redelivery").click();
  await expect(page.getByTestId("redelivery-requested")).toContainText("۱۵:۰۰–۱۸:۰۰");
  await expect(page.getByTestId("redelivery-form")).toHaveCount(0);
});

test("the webhook answers bad deliveries with a clear 4xx", async ({ request }) => {
  const post = (body: string, sig = signature(body)) =>
    request.post(WEBHOOK, { data: Buffer.from(body), headers: { "content-type": "application/json", "villagepost-signature": sig } });
  const unsigned = await request.post(WEBHOOK, { data: "{}", headers: { "content-type": "application/json" } });
  expect(unsigned.status()).toBe(401);
  expect((await unsigned.json()).error.message).toMatch(/signature/i);
  const badNumber = JSON.stringify({ events: [{ id: "x1", trackingNumber: "CP123456789IR", status: "in_transit", occurredAt: new Date().toISOString() }] });
  // a mistyped number is set apart by event, so the rest of a delivery is not held back
  const refused = await post(badNumber);
  expect(refused.status()).toBe(200);
  expect(await refused.json()).toMatchObject({ applied: 0, rejected: [{ id: "x1", reason: "invalidTrackingNumber" }] });
  const empty = await post(JSON.stringify({ events: [] }));
  expect(empty.status()).toBe(400);
  expect((await empty.json()).error.message).toBe("Please check: events.");
  const notJson = await post("not json");
  expect(notJson.status()).toBe(400);
  expect((await notJson.json()).error.message).toMatch(/could not be understood/);
  expect((await request.post("/api/carriers/no-such-carrier/events", { data: "{}" })).status()).toBe(404);
});

test("label and manifest downloads refuse strangers and bad requests with a clear 4xx", async ({ request }) => {
  const shopId = "00000000-0000-4000-8000-000000000000";
  const unsigned = await request.post(`/api/shops/${shopId}/labels`, { data: { format: "pdf", size: "a6", locale: "en" } });
  expect(unsigned.status()).toBe(401);
  expect((await unsigned.json()).error.message).toMatch(/sign in/i);
  // who asks is checked before the body is read: a stranger's bad request is still "sign in"
  const badFormat = await request.post(`/api/shops/${shopId}/labels`, { data: { format: "png", locale: "fa" } });
  expect(badFormat.status()).toBe(401);
  expect((await request.get("/api/manifests/MF-2222-2222?format=csv&locale=en")).status()).toBe(401);
  expect((await request.get("/api/manifests/not-a-number?format=csv")).status()).toBe(400);
});
