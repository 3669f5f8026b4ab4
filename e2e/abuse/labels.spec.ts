import { demoMarkets } from "../../db/seed/data";
import { expect, test } from "../fixtures";
import { call, mutate, smsLog } from "./net";

const base = () => process.env.E2E_BASE_URL!;
const ir = demoMarkets[0]!;
const shop = ir.shops.find((s) => s.slug === "harzevil-olive-women-coop")!;
const product = ir.products.find((p) => p.shop === shop.slug)!;
const ORDERS = 120;
const DOWNLOADS = 6;

const cookieOf = (setCookie: string[] | string | undefined) =>
  (Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []).map((c) => c.split(";")[0]).join("; ");

test("while label batches are drawn, other requests still answer in under 200 ms (95th percentile)", async () => {
  test.setTimeout(300_000);
  // the shop's owner signs in
  const from = "127.0.7.1";
  await mutate(base(), "auth.requestCode", { phone: shop.phone }, { from });
  const code = smsLog().filter((m) => m.to === shop.phone).at(-1)?.text.match(/\d{6}/)?.[0];
  const owner = cookieOf((await mutate(base(), "auth.verifyCode", { phone: shop.phone, code }, { from })).headers["set-cookie"]);
  const input = (json: unknown) => encodeURIComponent(JSON.stringify({ json }));
  const shops = JSON.parse((await call(base(), `/api/trpc/seller.myShops?input=${input({ locale: "en" })}`, { headers: { cookie: owner } })).text);
  const shopId = (shops.result.data.json as { id: string; slug: string }[]).find((s) => s.slug === shop.slug)!.id;
  const found = JSON.parse((await call(base(), `/api/trpc/catalog.product?input=${input({ locale: "fa", slug: product.slug })}`)).text);
  const variantId = (found.result.data.json.variants as { id: string }[])[0]!.id;
  await mutate(base(), "seller.adjustStock", { shopId, variantId, delta: ORDERS + 10, reason: "harvest" }, { headers: { cookie: owner } });
  const tree = JSON.parse((await call(base(), `/api/trpc/catalog.regionTree?input=${input({ locale: "fa", market: "IR" })}`)).text).result.data.json as Province[];
  const villageId = tree.flatMap((p) => p.counties.flatMap((c) => c.villages))[0]!.id;

  // a morning's orders from many buyers
  for (let i = 0; i < ORDERS; i++) {
    const buyer = `127.0.8.${(i % 200) + 1}`;
    const added = await call(base(), "/api/cart/add", { method: "POST", from: buyer, headers: { "content-type": "application/x-www-form-urlencoded" }, body: `variantId=${variantId}&locale=fa` });
    const cart = cookieOf(added.headers["set-cookie"]);
    const placed = await mutate(
      base(),
      "shop.placeOrder",
      { locale: "fa", paymentMethod: "cod", delivery: { kind: "home", villageId, postalCode: "9761814567", landmark: "روبروی مسجد", recipientName: "خریدار", recipientPhone: `0915${String(4000000 + i)}` } },
      { from: buyer, headers: { cookie: cart } },
    );
    expect(placed.status, placed.text).toBe(200);
  }

  // several full batches at once; meanwhile a shopper's requests are timed
  let done = false;
  const downloads = Promise.all(
    Array.from({ length: DOWNLOADS }, () =>
      call(base(), `/api/shops/${shopId}/labels`, { method: "POST", headers: { cookie: owner, "content-type": "application/json" }, body: JSON.stringify({ select: "all", format: "pdf", size: "a6" }) }),
    ),
  ).finally(() => (done = true));
  const waits: number[] = [];
  while (!done) {
    const started = performance.now();
    expect((await call(base(), "/api/health")).status).toBe(200);
    waits.push(performance.now() - started);
  }
  const files = await downloads;
  expect(files.every((f) => f.status === 200 && f.text.startsWith("%PDF"))).toBe(true);
  expect(Number(files[0]!.headers["x-label-count"])).toBeGreaterThanOrEqual(ORDERS);
  expect(waits.length).toBeGreaterThan(3);
  // the 95th percentile stays under 200 ms; nothing waits for a batch (drawn on the main thread, 1,000 labels held it for seconds)
  const sorted = [...waits].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
  console.log(`while ${DOWNLOADS} label batches were drawn: ${waits.length} requests, p95 ${Math.round(p95)} ms, max ${Math.round(sorted.at(-1)!)} ms`);
  expect(p95, JSON.stringify(sorted.map(Math.round))).toBeLessThan(200);
  expect(sorted.at(-1)!).toBeLessThan(1000);
});

interface Province {
  counties: { villages: { id: string }[] }[];
}
