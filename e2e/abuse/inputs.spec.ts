import { createHmac } from "node:crypto";
import Stripe from "stripe";
import { demoMarkets } from "../../db/seed/data";
import { expect, placeCodOrder, test } from "../fixtures";
import { call, listenerPid, mutate, rssMB, streamHuge } from "./net";

const base = () => process.env.E2E_BASE_URL!;
const ir = demoMarkets[0]!;
const POISON = ["\u0000", "a\u0000b", "\uD800", "x\uDC00y", "\u202Eexe.txt", "۰۹۱۲", "زرشك"];

/** A query-string value as a hostile client writes it: UTF-8 percent-encoded, lone surrogates as invalid bytes. */
function rawQuery(text: string): string {
  return [...text]
    .map((ch) => (/^[\uD800-\uDFFF]$/.test(ch) ? "%ED%A0%80" : encodeURIComponent(ch)))
    .join("");
}

function postalSignature(body: string) {
  const t = Math.floor(Date.now() / 1000);
  return `t=${t},v1=${createHmac("sha256", process.env.E2E_POSTAL_WEBHOOK_SECRET ?? "").update(`${t}.${body}`).digest("hex").toUpperCase()}`;
}

test.describe("hostile input never makes a 500", () => {
  test("NUL, lone surrogates and bidi controls in search, orders, applications and the search page", async () => {
    for (const bad of POISON) {
      const search = await call(base(), `/api/trpc/catalog.search?input=${rawQuery(JSON.stringify({ json: { locale: "fa", q: `زعفران${bad}` } }))}`);
      expect(search.status, JSON.stringify(bad)).toBeLessThan(500);
      const page = await call(base(), `/fa/search?q=${rawQuery(`saffron${bad}`)}`);
      expect(page.status, JSON.stringify(bad)).toBeLessThan(500);
      const order = await mutate(base(), "shop.placeOrder", {
        locale: "fa",
        paymentMethod: "cod",
        delivery: { kind: "home", villageId: "00000000-0000-4000-8000-000000000000", postalCode: `9761814567${bad}`, landmark: `مسجد${bad}`, recipientName: `Ali${bad}`, recipientPhone: `0915${bad}1234567` },
      });
      expect(order.status, JSON.stringify(bad)).toBeLessThan(500);
      const apply = await mutate(base(), "seller.applyForShop", { locale: "fa", name: `x${bad}`, villageId: "00000000-0000-4000-8000-000000000000", phone: bad });
      expect(apply.status, JSON.stringify(bad)).toBeLessThan(500);
    }
  });

  test("a poisoned delivery from the post: the bad events are rejected one by one, the good one after them is taken", async ({ page }) => {
    const product = ir.products.find((p) => p.shop === "harzevil-olive-women-coop")!;
    const order = await placeCodOrder(page, product.slug, `0915 ${String(Date.now()).slice(-7, -4)} ${String(Date.now()).slice(-4)}`);
    const at = new Date(Date.now() + 60_000).toISOString();
    const body = JSON.stringify({
      events: [
        { id: `${order.tracking}-bad-status`, trackingNumber: order.tracking, status: "teleported", occurredAt: at },
        { id: `${order.tracking}-nul`, trackingNumber: `XX\u0000${order.tracking}`, status: "in_transit", occurredAt: at, location: "\u0000\uD800" },
        "not an event",
        { id: `${order.tracking}-ok`, trackingNumber: order.tracking, status: "accepted", occurredAt: at, location: "Rudbar\u202E post office" },
      ],
    });
    const answer = await call(base(), "/api/carriers/postal-operator/events", { method: "POST", headers: { "content-type": "application/json", "villagepost-signature": postalSignature(body) }, body });
    expect(answer.status).toBe(200);
    const result = JSON.parse(answer.text) as { applied: number; rejected: { id: string }[] };
    expect(result.applied).toBe(1);
    expect(result.rejected).toHaveLength(3);
    await page.reload();
    await expect(page.getByTestId("parcel-status")).not.toHaveText("برچسب صادر شد");
  });

  test("a signed Stripe event about no order of ours is acknowledged and ignored", async () => {
    const stripe = new Stripe("sk_test_x");
    const payload = JSON.stringify({
      id: `evt_foreign_${Date.now()}`,
      object: "event",
      type: "checkout.session.completed",
      data: { object: { id: "cs_foreign", object: "checkout.session", metadata: { order_id: "not-an-order\u0000" }, payment_status: "paid" } },
    });
    const signature = stripe.webhooks.generateTestHeaderString({ payload, secret: process.env.E2E_STRIPE_WEBHOOK_SECRET ?? "" });
    const answer = await call(base(), "/api/stripe/webhook", { method: "POST", headers: { "content-type": "application/json", "stripe-signature": signature }, body: payload });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toMatchObject({ received: true, result: "ignored" });
  });
});

test.describe("bodies and origins", () => {
  test("300 MB bodies to every endpoint that reads one are cut off as they stream: the server grows by less than 50 MB", async () => {
    const pid = listenerPid(Number(new URL(base()).port));
    const targets: [string, Record<string, string>][] = [
      ["/api/stripe/webhook", { "stripe-signature": "t=1,v1=00" }],
      ["/api/carriers/postal-operator/events", { "villagepost-signature": "t=1,v1=00" }],
      ["/api/trpc/shop.placeOrder", {}],
      ["/api/seller/photos", { "content-type": "multipart/form-data; boundary=x" }],
      ["/api/cart/add", { "content-type": "application/x-www-form-urlencoded" }],
    ];
    // each route's code is loaded once with a small body first: what is measured is what the big bodies cost
    for (const [path, headers] of targets) await call(base(), path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: "{}" });
    const growth: Record<string, number> = {};
    for (const [path, headers] of targets) {
      const before = rssMB(pid);
      const status = await streamHuge(base(), path, 300, headers);
      expect([0, 400, 401, 404, 413, 303], path).toContain(status);
      growth[path] = Math.round(rssMB(pid) - before);
    }
    test.info().annotations.push({ type: "rss growth per 300 MB body (MB)", description: JSON.stringify(growth) });
    console.log(`RSS growth per 300 MB body (MB): ${JSON.stringify(growth)}`);
    expect(Math.max(...Object.values(growth)), JSON.stringify(growth)).toBeLessThan(50);
    // and the server still answers
    expect((await call(base(), "/api/health")).status).toBe(200);
  });

  test("a form posted into the cart from another site is refused; the same form from our page is not", async () => {
    const variantId = "00000000-0000-4000-8000-000000000000";
    const body = `variantId=${variantId}&locale=en`;
    const form = { "content-type": "application/x-www-form-urlencoded" };
    const foreign = await call(base(), "/api/cart/add", { method: "POST", headers: { ...form, origin: "https://evil.example", "sec-fetch-site": "cross-site" }, body });
    expect(foreign.status).toBe(403);
    const oldBrowser = await call(base(), "/api/cart/add", { method: "POST", headers: { ...form, origin: "https://evil.example" }, body });
    expect(oldBrowser.status).toBe(403);
    const own = await call(base(), "/api/cart/add", { method: "POST", headers: { ...form, origin: base(), "sec-fetch-site": "same-origin" }, body });
    expect(own.status).toBe(303);
    const trpcForeign = await mutate(base(), "shop.addToCart", { variantId, quantity: 1 }, { headers: { "sec-fetch-site": "cross-site" } });
    expect(trpcForeign.status).toBe(403);
  });
});
