import { TRPCError } from "@trpc/server";
import { eq, inArray, sql } from "drizzle-orm";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cartItems, orderLines, orders, payments, products, regions, shipments, shops, stripeEvents, variants } from "@/db/schema";
import { parseS10 } from "@/server/fulfilment/s10";
import { demoMarkets } from "@/db/seed/data";
import { processStripeEvent } from "@/server/payments/stripe-events";
import { verifyStripeEvent } from "@/server/payments/verify-event";
import { createTestApp, failure, type TestApp } from "@/test/app";
import { testDatabases } from "@/test/databases";
import { cartFor } from "./cart";
import { newCartToken } from "./cart-token";
import { placeOrder } from "./place-order";

const ir = demoMarkets[0]!;
const cn = demoMarkets[1]!;


function cookieOf(resHeaders: Headers, previous = ""): string {
  const set = resHeaders.getSetCookie().map((c) => c.split(";")[0]);
  return [previous, ...set].filter(Boolean).join("; ");
}

describe.each(testDatabases())("checkout on $name", (target) => {
  let app: TestApp;
  const variantOf = async (productSlug: string, index = 0) => {
    const rows = await app.handle.db
      .select({ id: variants.id, stock: variants.stock, price: variants.priceMinor })
      .from(variants)
      .innerJoin(products, eq(products.id, variants.productId))
      .where(eq(products.slug, productSlug))
      .orderBy(variants.position);
    return rows[index]!;
  };
  const villageOf = async (slug: string) => (await app.handle.db.select({ id: regions.id }).from(regions).where(eq(regions.slug, slug)))[0]!.id;
  const homeDelivery = async (villageSlug: string, postalCode: string) => ({
    kind: "home" as const,
    villageId: await villageOf(villageSlug),
    postalCode,
    landmark: "خانه آبی کنار مسجد، روبروی نانوایی",
    recipientName: "مریم رضایی",
    recipientPhone: "0915 123 9876",
    lat: null,
    lng: null,
    saveToAddressBook: false,
  });

  beforeAll(async () => {
    app = await createTestApp(target);
  });
  afterAll(async () => {
    await app?.close();
  });

  it("order SMS reach one recipient phone at most five times a day: the sixth order is refused with a clear message and nothing is half-written", async () => {
    const product = ir.products.find((p) => p.shop === ir.shops[0]!.slug)!;
    const v = await variantOf(product.slug);
    const delivery = { ...(await homeDelivery(ir.regions[1]!.children![0]!.children![0]!.slug, "4163512345")), recipientPhone: "0915 700 1234" };
    const answers: string[] = [];
    for (let i = 0; i < 6; i++) {
      const device = await app.caller({ locale: "fa", ip: `10.60.0.${i + 1}` });
      await device.api.shop.addToCart({ variantId: v.id, quantity: 1 });
      const { api } = await app.caller({ cookie: cookieOf(device.resHeaders), locale: "fa", ip: `10.60.0.${i + 1}` });
      answers.push(await api.shop.placeOrder({ locale: "fa", delivery, paymentMethod: "cod" }).then(() => "ok", (error: TRPCError) => error.code));
    }
    expect(answers).toEqual(["ok", "ok", "ok", "ok", "ok", "TOO_MANY_REQUESTS"]);
    expect(app.sms.sent.filter((m) => m.to === "+989157001234")).toHaveLength(5);
    expect(await app.handle.db.$count(orders, sql`${orders.delivery}->>'recipientPhone' = '+989157001234'`)).toBe(5);
  });

  it("a guest buys from two shops with cash on delivery: one parcel per shop, postage per parcel, stock taken, an SMS with the order link", async () => {
    const [p1, p2] = [ir.products.find((p) => p.shop === ir.shops[0]!.slug)!, ir.products.find((p) => p.shop === ir.shops[1]!.slug)!];
    const [v1, v2] = [await variantOf(p1.slug), await variantOf(p2.slug)];
    const first = await app.caller({ locale: "fa" });
    await first.api.shop.addToCart({ variantId: v1.id, quantity: 2 });
    const cookie = cookieOf(first.resHeaders);
    expect(cookie).toMatch(/^vp_cart=/);
    expect(first.resHeaders.getSetCookie()[0]).toMatch(/HttpOnly/);
    const { api } = await app.caller({ cookie, locale: "fa" });
    await api.shop.addToCart({ variantId: v2.id, quantity: 1 });
    expect((await api.shop.cart({ locale: "fa" })).lines).toHaveLength(2);

    const delivery = await homeDelivery(ir.regions[1]!.children![0]!.children![0]!.slug, "۴۱۶۳۵-۱۲۳۴۵");
    const quote = await api.shop.quote({ locale: "fa", delivery, paymentMethod: "cod" });
    expect(quote.shipments).toHaveLength(2);
    expect(quote.postalCode).toBe("4163512345");
    expect(quote.totalMinor).toBe(quote.itemsMinor + quote.postageMinor + quote.codFeeMinor);
    expect(quote.itemsMinor).toBe(v1.price * 2 + v2.price);
    expect(quote.codFeeMinor).toBe(2 * 150_000);
    expect(quote.routeDays.length).toBeGreaterThan(0);

    const placed = await api.shop.placeOrder({ locale: "fa", delivery, paymentMethod: "cod" });
    expect(placed.status).toBe("confirmed");
    expect(placed.paymentUrl).toBeNull();
    expect((await variantOf(p1.slug)).stock).toBe(v1.stock - 2);
    expect((await api.shop.cart({ locale: "fa" })).lines).toEqual([]);
    expect(app.sms.sent.at(-1)).toMatchObject({ to: "+989151239876" });
    expect(app.sms.sent.at(-1)!.text).toContain(`/fa/orders/${placed.number}?token=${placed.token}`);

    const order = await (await app.caller()).api.shop.order({ number: placed.number, token: placed.token, locale: "fa" });
    expect(order.shipments.map((s) => s.codAmountMinor).reduce((a, b) => a + b, 0)).toBe(quote.totalMinor);
    // booked with the postal operator at once: a valid, distinct S10 number per parcel
    const numbers = order.shipments.map((s) => s.trackingNumber ?? "");
    for (const n of numbers) expect(parseS10(n)).toMatchObject({ service: "CP", country: "IR" });
    expect(new Set(numbers).size).toBe(2);
    expect(order.delivery.landmark).toContain("مسجد");
    expect((await failure((await app.caller()).api.shop.order({ number: placed.number, locale: "fa" }))).code).toBe("NOT_FOUND");

    // the seller sees the parcel to pack and the week's sales
    const [shop1] = await app.handle.db.select({ id: shops.id }).from(shops).where(eq(shops.slug, p1.shop));
    const owner = (await app.caller({ cookie: await app.signIn(ir.shops.find((s) => s.slug === p1.shop)!.phone) })).api;
    const parcels = await owner.seller.shipments({ shopId: shop1!.id });
    expect(parcels.find((p) => p.orderNumber === placed.number)?.lines[0]?.quantity).toBe(2);
    const dashboard = await owner.seller.dashboard({ shopId: shop1!.id, locale: "fa" });
    expect(dashboard.sales.reduce((sum, w) => sum + w.amountMinor, 0)).toBeGreaterThanOrEqual(v1.price * 2);

    await (await app.caller()).api.shop.cancelOrder({ number: placed.number, token: placed.token, locale: "fa" });
    expect((await variantOf(p1.slug)).stock).toBe(v1.stock);

    // a product that was ordered is archived, not deleted: the order keeps what was bought
    const [ordered] = await app.handle.db.select({ id: products.id }).from(products).where(eq(products.slug, p1.slug));
    const removed = await owner.seller.deleteProduct({ shopId: shop1!.id, productId: ordered!.id });
    expect(removed.archived).toBe(true);
    expect((await (await app.caller()).api.shop.order({ number: placed.number, token: placed.token, locale: "fa" })).shipments.length).toBe(2);
    expect((await failure((await app.caller()).api.catalog.product({ locale: "fa", slug: p1.slug }))).code).toBe("NOT_FOUND");
  });

  it("signing in makes the device's cart the person's, merged with the cart they left on another device", async () => {
    const phone = "+989151230000";
    const [a, b] = [await variantOf(ir.products[9]!.slug), await variantOf(ir.products[10]!.slug)];
    // on the phone, signed in, a first item
    const phoneDevice = await app.caller();
    await phoneDevice.api.shop.addToCart({ variantId: a.id });
    const phoneCart = cookieOf(phoneDevice.resHeaders);
    const session = await app.signIn(phone);
    await (await app.caller({ cookie: `${phoneCart}; ${session}` })).api.shop.addToCart({ variantId: a.id });
    // later, as a guest at the post-office counter, another item; then signing in there
    const counter = await app.caller();
    await counter.api.shop.addToCart({ variantId: b.id });
    const counterCart = cookieOf(counter.resHeaders);
    const signIn = await app.caller({ cookie: counterCart });
    await signIn.api.auth.requestCode({ phone });
    const code = app.sms.lastCode(phone)!;
    await (await app.caller({ cookie: counterCart })).api.auth.verifyCode({ phone, code });
    const lines = (await (await app.caller({ cookie: counterCart })).api.shop.cart({ locale: "en" })).lines;
    expect(lines.map((l) => l.variantId).sort()).toEqual([a.id, b.id].sort());
  });

  it("postal codes, phones and service points are checked, with clear errors", async () => {
    const product = ir.products[3]!;
    const first = await app.caller();
    await first.api.shop.addToCart({ variantId: (await variantOf(product.slug)).id });
    const { api } = await app.caller({ cookie: cookieOf(first.resHeaders) });
    const delivery = await homeDelivery(ir.regions[0]!.children![0]!.children![0]!.slug, "12345");
    expect((await failure(api.shop.quote({ locale: "en", delivery, paymentMethod: "cod" }))).code).toBe("BAD_REQUEST");
    expect((await failure(api.shop.quote({ locale: "en", delivery: { ...delivery, postalCode: "9761814567", recipientPhone: "12" }, paymentMethod: "cod" }))).code).toBe("BAD_REQUEST");
    // Iran has no card payments (Stripe does not take IRR)
    expect((await failure(api.shop.quote({ locale: "en", delivery: { ...delivery, postalCode: "9761814567" }, paymentMethod: "card" }))).code).toBe("BAD_REQUEST");
    const options = await api.shop.options({ locale: "en", nearVillageId: delivery.villageId });
    expect(options.paymentMethods).toEqual(["cod"]);
    expect(options.servicePoints[0]!.distanceKm).toBeLessThanOrEqual(options.servicePoints.at(-1)!.distanceKm!);
    const noCash = options.servicePoints.find((p) => !p.acceptsCashOnDelivery)!;
    const error = await failure(
      api.shop.quote({ locale: "en", delivery: { kind: "service_point", servicePointId: noCash.id, recipientName: "Ali", recipientPhone: "09151234567" }, paymentMethod: "cod" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
  });

  it("the same size twice in one cart cannot oversell, and a size sold out meanwhile rolls the whole order back", async () => {
    const product = ir.products[5]!;
    const v = await variantOf(product.slug);
    await app.handle.db.update(variants).set({ stock: 3 }).where(eq(variants.id, v.id));
    const first = await app.caller();
    await first.api.shop.addToCart({ variantId: v.id, quantity: 2 });
    const { api } = await app.caller({ cookie: cookieOf(first.resHeaders) });
    expect((await failure(api.shop.addToCart({ variantId: v.id, quantity: 2 }))).code).toBe("CONFLICT");
    await api.shop.addToCart({ variantId: v.id, quantity: 1 });
    await app.handle.db.update(variants).set({ stock: 2 }).where(eq(variants.id, v.id));
    const delivery = await homeDelivery(ir.regions[0]!.children![0]!.children![0]!.slug, "9761814567");
    expect((await failure(api.shop.placeOrder({ locale: "en", delivery, paymentMethod: "cod" }))).code).toBe("CONFLICT");
    expect((await variantOf(product.slug)).stock).toBe(2);
  });

  async function cardOrder() {
    const product = cn.products[0]!;
    const v = await variantOf(product.slug);
    const token = newCartToken();
    const cartId = await cartFor(app.handle.db, token, null);
    await app.handle.db.insert(cartItems).values({ cartId, variantId: v.id, quantity: 1, priceMinorAtAdd: v.price });
    const delivery = await homeDelivery(cn.regions[0]!.children![0]!.children![0]!.slug, "550600");
    const order = await placeOrder(app.handle.db, { cartId, userId: null, input: { locale: "zh", delivery: { ...delivery, recipientPhone: "13812345678" }, paymentMethod: "card" } });
    await app.handle.db.insert(payments).values({ orderId: order.id, checkoutSessionId: `cs_test_${order.id}`, amountMinor: order.totalMinor, currency: "CNY" });
    return { order, variantId: v.id, stockBefore: v.stock };
  }

  function event(type: string, orderId: string, id: string): Stripe.Event {
    const session = { id: `cs_test_${orderId}`, object: "checkout.session", metadata: { order_id: orderId }, payment_status: type.endsWith("completed") ? "paid" : "unpaid", payment_intent: `pi_${orderId.slice(0, 8)}` };
    return { id, object: "event", type, data: { object: session }, created: 0, livemode: false, api_version: null, pending_webhooks: 0, request: null } as unknown as Stripe.Event;
  }

  // Only which event arrives first changes the path taken (repeats are recorded duplicates): both orders are run.
  it.each([
    ["completed first", ["completed", "expired", "completed", "expired", "completed", "expired"]],
    ["expired first", ["expired", "completed", "expired", "expired", "completed", "completed"]],
  ] as const)("a card order holds its stock; it turns paid only from the webhook; each event delivered three times, %s, leaves the same state", async (_, sequence) => {
    const { order, variantId, stockBefore } = await cardOrder();
    expect(order.status).toBe("pending_payment");
    // no number until it is paid
    expect((await app.handle.db.select({ n: shipments.trackingNumber }).from(shipments).where(eq(shipments.orderId, order.id)))[0]!.n).toBeNull();
    expect((await app.handle.db.select({ stock: variants.stock }).from(variants).where(eq(variants.id, variantId)))[0]!.stock).toBe(stockBefore - 1);
    const completed = event("checkout.session.completed", order.id, `evt_done_${order.id}`);
    const expired = event("checkout.session.expired", order.id, `evt_exp_${order.id}`);
    for (const name of sequence) await processStripeEvent(app.handle.db, name === "completed" ? completed : expired);
    const [after] = await app.handle.db.select().from(orders).where(eq(orders.id, order.id));
    expect(after!.status).toBe("confirmed");
    const parcels = await app.handle.db.select({ trackingNumber: shipments.trackingNumber }).from(shipments).where(eq(shipments.orderId, order.id));
    expect(parcels.every((p) => parseS10(p.trackingNumber ?? "")?.country === "CN")).toBe(true);
    expect((await app.handle.db.select({ stock: variants.stock }).from(variants).where(eq(variants.id, variantId)))[0]!.stock).toBe(stockBefore - 1);
    expect(await app.handle.db.$count(stripeEvents, inArray(stripeEvents.id, [completed.id, expired.id]))).toBe(2);
  });

  it("an unpaid card order releases its stock when the session expires, and on its own once the hold has passed", async () => {
    const a = await cardOrder();
    await processStripeEvent(app.handle.db, event("checkout.session.expired", a.order.id, `evt_exp2_${a.order.id}`));
    expect((await app.handle.db.select().from(orders).where(eq(orders.id, a.order.id)))[0]!.status).toBe("cancelled");
    expect((await app.handle.db.select({ stock: variants.stock }).from(variants).where(eq(variants.id, a.variantId)))[0]!.stock).toBe(a.stockBefore);

    const b = await cardOrder();
    await app.handle.db.update(orders).set({ holdExpiresAt: new Date(Date.now() - 1000) }).where(eq(orders.id, b.order.id));
    // the next checkout sweeps expired holds before taking stock: no worker needed
    await cardOrder();
    expect((await app.handle.db.select().from(orders).where(eq(orders.id, b.order.id)))[0]!.status).toBe("cancelled");
  });

  it("webhook signatures: a forged or stale signature is refused", () => {
    const stripe = new Stripe("sk_test_x");
    const secret = "whsec_test_secret";
    const payload = JSON.stringify(event("checkout.session.completed", "00000000-0000-0000-0000-000000000000", "evt_sig"));
    const good = stripe.webhooks.generateTestHeaderString({ payload, secret });
    expect(verifyStripeEvent(stripe, payload, good, secret)?.id).toBe("evt_sig");
    expect(verifyStripeEvent(stripe, payload, stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_other" }), secret)).toBeNull();
    expect(verifyStripeEvent(stripe, payload.replace("evt_sig", "evt_forged"), good, secret)).toBeNull();
    const stale = stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: Math.floor(Date.now() / 1000) - 3600 });
    expect(verifyStripeEvent(stripe, payload, stale, secret)).toBeNull();
    expect(verifyStripeEvent(stripe, payload, null, secret)).toBeNull();
  });

  it("200 concurrent buyers of a size with 10 in stock: 10 orders, 190 sold out, never oversold", async () => {
    const product = ir.products[7]!;
    const v = await variantOf(product.slug);
    await app.handle.db.update(variants).set({ stock: 10 }).where(eq(variants.id, v.id));
    const delivery = await homeDelivery(ir.regions[0]!.children![0]!.children![0]!.slug, "9761814567");
    const carts = await Promise.all(
      Array.from({ length: 200 }, async () => {
        const cartId = await cartFor(app.handle.db, newCartToken(), null);
        await app.handle.db.insert(cartItems).values({ cartId, variantId: v.id, quantity: 1, priceMinorAtAdd: v.price });
        return cartId;
      }),
    );
    const results = await Promise.allSettled(carts.map((cartId) => placeOrder(app.handle.db, { cartId, userId: null, input: { locale: "en", delivery, paymentMethod: "cod" } })));
    const sold = results.filter((r) => r.status === "fulfilled").length;
    const soldOut = results.filter((r) => r.status === "rejected" && (r.reason as { messageKey?: string }).messageKey === "soldOut").length;
    expect({ sold, soldOut }).toEqual({ sold: 10, soldOut: 190 });
    expect((await variantOf(product.slug)).stock).toBe(0);
    expect(await app.handle.db.$count(orderLines, eq(orderLines.variantId, v.id))).toBe(10);
  });
});

