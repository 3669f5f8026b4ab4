import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orders, products, regions, shipments, shops, trackingEvents, variants } from "@/db/schema";
import { demoMarkets } from "@/db/seed/data";
import { createTestApp, failure, type TestApp } from "@/test/app";
import { testDatabases } from "@/test/databases";
import { AppError } from "../errors";
import { villageRouteDays } from "../network/calendar";
import { redeliveryDays } from "./redelivery";
import { postalOperator, signWebhook } from "./carriers/postal-operator";
import { ingestCarrierEvents } from "./ingest";
import { countLabels, labelsOf } from "./label-source";
import { formatS10 } from "./s10";

const ir = demoMarkets[0]!;
const OPERATOR = "+989120000003";
const SECRET = "test-webhook-secret-0123456789";


function cookieOf(resHeaders: Headers): string {
  return resHeaders
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

describe.each(testDatabases())("postal fulfilment on $name", (target) => {
  let app: TestApp;
  const shopSeed = ir.shops[0]!;
  let shopId = "";
  const placed: { number: string; token: string }[] = [];

  /** a guest's cash-on-delivery order of one item from the first Iranian shop */
  async function placeCodOrder(locale: "fa" | "en" = "fa", typed: { postalCode?: string; recipientName?: string } = {}) {
    const product = ir.products.find((p) => p.shop === shopSeed.slug)!;
    const [variant] = await app.handle.db
      .select({ id: variants.id })
      .from(variants)
      .innerJoin(products, eq(products.id, variants.productId))
      .where(eq(products.slug, product.slug));
    const first = await app.caller({ locale: "fa" });
    await first.api.shop.addToCart({ variantId: variant!.id, quantity: 1 });
    const { api } = await app.caller({ cookie: cookieOf(first.resHeaders), locale: "fa" });
    const [village] = await app.handle.db.select({ id: regions.id }).from(regions).where(eq(regions.slug, "ir-gl-rasht-chaparkhaneh"));
    const delivery = {
      kind: "home" as const,
      villageId: village!.id,
      postalCode: "4163512345",
      landmark: "روبروی مدرسه",
      recipientName: "مریم رضایی",
      recipientPhone: "0915 123 9876",
      lat: null,
      lng: null,
      saveToAddressBook: false,
      ...typed,
    };
    const order = await api.shop.placeOrder({ locale, delivery, paymentMethod: "cod" });
    placed.push({ number: order.number, token: order.token });
    return order;
  }

  const parcelOf = async (number: string, token: string) => {
    const order = await (await app.caller()).api.shop.order({ number, token, locale: "en" });
    return order.shipments[0]!;
  };

  const webhook = (events: object[], secret = SECRET, at = new Date()) => {
    const body = JSON.stringify({ events });
    return { body, headers: new Headers({ "villagepost-signature": signWebhook(body, secret, at) }) };
  };

  beforeAll(async () => {
    app = await createTestApp(target);
    [{ id: shopId }] = (await app.handle.db.select({ id: shops.id }).from(shops).where(eq(shops.slug, shopSeed.slug))) as [{ id: string }];
    await placeCodOrder();
    // from the English storefront, typed on an Arabic keyboard: Arabic-Indic digits, Arabic ي ك and a bidi override
    await placeCodOrder("en", { postalCode: "٤١٦٣٥١٢٣٤٥", recipientName: "مريم كريمي\u202e" });
  });
  afterAll(async () => {
    await app?.close();
  });

  it("label data comes from the orders in the recipient's language, and printing marks parcels printed", async () => {
    expect(await countLabels(app.handle.db, shopId, { select: "unprinted" })).toBe(2);
    const labels = [];
    for await (const label of labelsOf(app.handle.db, shopId, { select: "unprinted" })) labels.push(label);
    expect(labels).toHaveLength(2);
    // labels come in parcel order; the first order is the one typed on a Persian keyboard
    const label = labels.find((l) => l.recipient.name === "مریم رضایی");
    const typedInArabic = labels.find((l) => l !== label);
    expect(label).toMatchObject({
      locale: "fa",
      service: "parcel",
      sender: { name: shopSeed.name.fa, phone: shopSeed.phone },
      recipient: { name: "مریم رضایی", postalCode: "4163512345", phone: "+989151239876" },
      cashOnDelivery: { currency: "IRR" },
    });
    expect(label!.trackingNumber).toMatch(/^CP\d{9}IR$/);
    expect(label!.recipient.addressLines).toContain("روبروی مدرسه");
    // the landmark once, the village path on its own line
    expect(label!.recipient.addressLines.filter((line) => line.includes("روبروی مدرسه"))).toHaveLength(1);
    // ordered from the English storefront, the parcel still goes to an Iranian postman: a Persian label,
    // with the postal code stored in ASCII digits and the name in Persian letters without the override
    expect(typedInArabic).toMatchObject({ locale: "fa", recipient: { name: "مریم کریمی", postalCode: "4163512345" } });
    // Chaparkhaneh's next three route days from the calendar (Saturday, Monday, Wednesday; holidays skipped), in Persian
    const [village] = await app.handle.db.select({ id: regions.id }).from(regions).where(eq(regions.slug, "ir-gl-rasht-chaparkhaneh"));
    const days = await villageRouteDays(app.handle.db, village!.id, 3, label!.date);
    expect(days).toHaveLength(3);
    expect(days.map((d) => new Date(`${d}T00:00:00Z`).getUTCDay()).every((d) => [6, 1, 3].includes(d))).toBe(true);
    const persian = new Intl.DateTimeFormat("fa-IR", { weekday: "short", day: "numeric", month: "numeric", timeZone: "UTC" });
    expect(label!.routeDays).toBe(days.map((d) => persian.format(new Date(`${d}T00:00:00Z`))).join(" · "));
    expect(label!.routeDays).toContain("شنبه");
    expect(await countLabels(app.handle.db, shopId, { select: "unprinted" })).toBe(0);
    expect(await countLabels(app.handle.db, shopId, { select: "all" })).toBe(2);
    const ids = (await app.handle.db.select({ id: shipments.id }).from(shipments).where(eq(shipments.shopId, shopId))).map((r) => r.id);
    expect(await countLabels(app.handle.db, shopId, { shipmentIds: ids.slice(0, 1) })).toBe(1);
    // another shop's parcels are not in this shop's selection
    const [other] = await app.handle.db.select({ id: shops.id }).from(shops).where(eq(shops.slug, ir.shops[1]!.slug));
    expect(await countLabels(app.handle.db, other!.id, { shipmentIds: ids })).toBe(0);
  });

  it("a seller books a collection on a route day; the manifest takes every labelled parcel once", async () => {
    const { api } = await app.caller({ cookie: await app.signIn(shopSeed.phone) });
    const options = await api.seller.pickupOptions({ shopId, locale: "fa" });
    expect(options.readyParcels).toBe(2);
    expect(options.collectionDates.length).toBeGreaterThan(0);
    const notRouteDay = options.dropOffDates.find((d) => !options.collectionDates.includes(d))!;
    expect((await failure(api.seller.requestPickup({ shopId, kind: "collection", date: notRouteDay, timeWindow: "08:00-11:00" }))).code).toBe("BAD_REQUEST");
    expect((await failure(api.seller.requestPickup({ shopId, kind: "collection", date: options.collectionDates[0]!, timeWindow: "03:00-04:00" }))).code).toBe(
      "BAD_REQUEST",
    );
    const pickup = await api.seller.requestPickup({ shopId, kind: "collection", date: options.collectionDates[0]!, timeWindow: "08:00-11:00" });
    expect(pickup.parcels).toBe(2);
    expect(pickup.manifestNumber).toMatch(/^MF-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const again = await failure(api.seller.requestPickup({ shopId, kind: "collection", date: options.collectionDates[0]!, timeWindow: "08:00-11:00" }));
    expect(again.code).toBe("BAD_REQUEST");
    expect((again.cause as AppError).messageKey).toBe("noParcelsReady");
    const [listed] = await api.seller.pickups({ shopId, locale: "en" });
    expect(listed).toMatchObject({ manifestNumber: pickup.manifestNumber, parcels: 2, status: "requested", acceptedAt: null });

    // the counter scans the manifest: both parcels accepted, once
    const staff = (await app.caller({ cookie: await app.signIn(OPERATOR) })).api;
    const day = await staff.fulfilment.pickupsForDay({ date: options.collectionDates[0]!, locale: "fa" });
    expect(day.map((p) => p.manifestNumber)).toContain(pickup.manifestNumber);
    const scanned = await staff.fulfilment.lookUp({ code: pickup.manifestNumber.toLowerCase(), locale: "en" });
    expect(scanned).toMatchObject({ kind: "manifest", parcels: 2, acceptedAt: null });
    expect(await staff.fulfilment.acceptManifest({ number: pickup.manifestNumber })).toMatchObject({ accepted: 2, alreadyAccepted: false });
    expect(await staff.fulfilment.acceptManifest({ number: pickup.manifestNumber })).toMatchObject({ accepted: 0, alreadyAccepted: true });
    for (const { number, token } of placed) expect((await parcelOf(number, token)).trackingStatus).toBe("accepted");
    // handed to the post: the shopper can no longer cancel
    const shopper = (await app.caller()).api;
    expect((await failure(shopper.shop.cancelOrder({ ...placed[0]!, locale: "en" }))).code).toBe("CONFLICT");
    // a seller cannot scan; a shopper cannot either
    expect((await failure(api.fulfilment.acceptManifest({ number: pickup.manifestNumber }))).code).toBe("FORBIDDEN");
    expect((await failure(shopper.fulfilment.lookUp({ code: pickup.manifestNumber, locale: "en" }))).code).toBe("UNAUTHORIZED");
  });

  it("webhook events delivered twice and out of order leave the latest state; a forged or stale signature changes nothing", async () => {
    const { number, token } = placed[0]!;
    const parcel = await parcelOf(number, token);
    const tracking = parcel.trackingNumber!;
    const t = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
    const inTransit = { id: "ev-1", trackingNumber: tracking, status: "in_transit", occurredAt: t(1), location: "Rasht sorting centre" };
    const arrived = { id: "ev-2", trackingNumber: tracking, status: "arrived_at_service_point", occurredAt: t(2), servicePointCode: "IR-RASHT-01" };

    // forged: another secret; stale: signed ten minutes ago
    const forged = webhook([arrived], "another-secret-0123456789");
    expect(() => postalOperator.verifyWebhook(forged.body, forged.headers, SECRET)).toThrow(AppError);
    const stale = webhook([arrived], SECRET, new Date(Date.now() - 600_000));
    expect(() => postalOperator.verifyWebhook(stale.body, stale.headers, SECRET)).toThrow(AppError);
    const tampered = webhook([inTransit]);
    expect(() => postalOperator.verifyWebhook(tampered.body.replace("in_transit", "delivered"), tampered.headers, SECRET)).toThrow(AppError);
    expect((await parcelOf(number, token)).trackingStatus).toBe("accepted");

    const smsBefore = app.sms.sent.length;
    const later = webhook([arrived, inTransit, arrived]);
    const result = await ingestCarrierEvents({ db: app.handle.db, sms: app.sms, stripe: null }, "postal-operator", postalOperator.verifyWebhook(later.body, later.headers, SECRET));
    expect(result).toEqual({ applied: 1, late: 1, duplicates: 1, rejected: [] });
    // the same delivery again: all duplicates
    const again = await ingestCarrierEvents({ db: app.handle.db, sms: app.sms, stripe: null }, "postal-operator", postalOperator.verifyWebhook(later.body, later.headers, SECRET));
    expect(again).toMatchObject({ applied: 0, late: 0, duplicates: 3 });

    const after = await parcelOf(number, token);
    expect(after.trackingStatus).toBe("arrived_at_service_point");
    expect(after.timeline.map((e) => e.status)).toEqual(["label_created", "accepted", "in_transit", "arrived_at_service_point"]);
    // one SMS, in the order's language
    const sent = app.sms.sent.slice(smsBefore);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: "+989151239876" });
    expect(sent[0]!.text).toContain(tracking);

    // a well-formed number the marketplace never issued, or a mistyped one, is rejected by event
    const stranger = webhook([{ ...inTransit, id: "ev-3", trackingNumber: formatS10("CP", 99_999_990, "IR") }]);
    expect(await ingestCarrierEvents({ db: app.handle.db, sms: app.sms, stripe: null }, "postal-operator", postalOperator.verifyWebhook(stranger.body, stranger.headers, SECRET))).toMatchObject(
      { rejected: [{ id: "ev-3", reason: "parcelNotFound" }] },
    );
    const malformed = webhook([{ ...inTransit, id: "ev-4", trackingNumber: "CP123456789IR" }]);
    expect(await ingestCarrierEvents({ db: app.handle.db, sms: app.sms, stripe: null }, "postal-operator", postalOperator.verifyWebhook(malformed.body, malformed.headers, SECRET))).toMatchObject(
      { applied: 0, rejected: [{ id: "ev-4", reason: "invalidTrackingNumber" }] },
    );
    // a poisoned delivery: a malformed event and a NUL in free text do not hold back the good event after them
    const poisoned = webhook([
      { ...inTransit, id: "ev-5", status: "label_created" },
      { id: "ev-6", trackingNumber: tracking, status: "out_for_delivery", occurredAt: t(5), location: "Rasht\u0000\u202Ehub" },
      { ...arrived, id: "ev-7", occurredAt: t(6) },
    ]);
    const taken = await ingestCarrierEvents({ db: app.handle.db, sms: app.sms, stripe: null }, "postal-operator", postalOperator.verifyWebhook(poisoned.body, poisoned.headers, SECRET));
    expect(taken).toMatchObject({ applied: 2, rejected: [{ id: "ev-5", reason: "invalidInput" }] });
    // an upper-case hex signature is the same signature
    const upper = webhook([{ ...arrived, id: "ev-8", occurredAt: t(7) }]);
    const header = upper.headers.get("villagepost-signature")!.replace(/v1=([0-9a-f]+)/, (_, hex: string) => `v1=${hex.toUpperCase()}`);
    expect(postalOperator.verifyWebhook(upper.body, new Headers({ "villagepost-signature": header }), SECRET).events).toHaveLength(1);
  });

  it("postal staff hold a parcel at the counter, the shopper asks for redelivery, and delivery records the cash collected", async () => {
    const { number, token } = placed[1]!;
    const tracking = (await parcelOf(number, token)).trackingNumber!;
    const staff = (await app.caller({ cookie: await app.signIn(OPERATOR), locale: "fa" })).api;
    const scan = (status: "held_at_counter" | "delivered" | "out_for_delivery", extra: { codCollectedMinor?: number } = {}) =>
      staff.fulfilment.recordEvent({ trackingNumber: tracking.toLowerCase().replace(/(\d{4})/, "$1 "), status, scanId: crypto.randomUUID(), ...extra });

    const shopper = (await app.caller({ locale: "en" })).api;
    const shipmentId = (await parcelOf(number, token)).id;
    // the first day the calendar offers (the village's next route day from tomorrow)
    const [order] = await app.handle.db.select({ marketCode: orders.marketCode, delivery: orders.delivery }).from(orders).where(eq(orders.number, number));
    const tomorrow = (await redeliveryDays(app.handle.db, order!))[0]!;
    // not held yet: no redelivery
    expect((await failure(shopper.fulfilment.requestRedelivery({ number, token, locale: "en", shipmentId, date: tomorrow, slot: "09:00-12:00" }))).code).toBe("CONFLICT");

    const scanId = crypto.randomUUID();
    const held = { trackingNumber: tracking, status: "held_at_counter" as const, scanId };
    expect(await staff.fulfilment.recordEvent(held)).toMatchObject({ applied: true, status: "held_at_counter" });
    // the same form sent again on a bad connection: recorded once
    expect(await staff.fulfilment.recordEvent(held)).toMatchObject({ duplicate: true });

    expect((await failure(shopper.fulfilment.requestRedelivery({ number, token, locale: "en", shipmentId, date: tomorrow, slot: "02:00-03:00" }))).code).toBe("BAD_REQUEST");
    // the order page offers the calendar's days; a day the village's route does not run is refused
    const offered = (await shopper.shop.order({ number, token, locale: "en" })).redeliveryDays;
    expect(offered).toEqual(await redeliveryDays(app.handle.db, order!));
    const offDay = Array.from({ length: 7 }, (_, i) => new Date(Date.now() + (i + 1) * 86_400_000).toISOString().slice(0, 10)).find((d) => !offered.includes(d));
    expect(offDay).toBeDefined();
    expect((await failure(shopper.fulfilment.requestRedelivery({ number, token, locale: "en", shipmentId, date: offDay!, slot: "09:00-12:00" }))).code).toBe("BAD_REQUEST");
    const today = new Date().toISOString().slice(0, 10);
    expect((await failure(shopper.fulfilment.requestRedelivery({ number, token, locale: "en", shipmentId, date: today, slot: "09:00-12:00" }))).code).toBe("BAD_REQUEST");
    // without the order link's secret: no such order
    expect((await failure(shopper.fulfilment.requestRedelivery({ number, locale: "en", shipmentId, date: tomorrow, slot: "09:00-12:00" }))).code).toBe("NOT_FOUND");
    await shopper.fulfilment.requestRedelivery({ number, token, locale: "en", shipmentId, date: tomorrow, slot: "12:00-15:00" });
    // once per stay at the counter
    const twice = await failure(shopper.fulfilment.requestRedelivery({ number, token, locale: "en", shipmentId, date: tomorrow, slot: "09:00-12:00" }));
    expect((twice.cause as AppError).messageKey).toBe("redeliveryAlreadyRequested");
    expect((await failure(staff.fulfilment.pickupsForDay({ date: "0000-01-01", locale: "en" }))).code).toBe("BAD_REQUEST");
    expect((await parcelOf(number, token)).redelivery).toMatchObject({ date: tomorrow, slot: "12:00-15:00" });
    const seen = await staff.fulfilment.lookUp({ code: tracking, locale: "fa" });
    expect(seen).toMatchObject({ kind: "parcel", redelivery: { date: tomorrow, slot: "12:00-15:00" } });

    const smsBefore = app.sms.sent.length;
    await scan("out_for_delivery");
    expect(app.sms.sent.slice(smsBefore).map((m) => m.to)).toEqual(["+989151239876"]);

    // cash on delivery: delivery needs the amount collected
    const missing = await failure(scan("delivered"));
    expect(missing.code).toBe("BAD_REQUEST");
    expect((missing.cause as AppError).messageKey).toBe("cashAmountRequired");
    const due = (await parcelOf(number, token)).codAmountMinor;
    expect(await scan("delivered", { codCollectedMinor: due })).toMatchObject({ applied: true, status: "delivered" });
    // final: a later scan is kept for the record but does not move it back
    expect(await scan("out_for_delivery")).toMatchObject({ applied: false, status: "delivered" });

    const done = await parcelOf(number, token);
    expect(done).toMatchObject({ trackingStatus: "delivered", codCollectedMinor: due });
    expect(done.timeline.map((e) => e.status)).toEqual(["label_created", "accepted", "held_at_counter", "out_for_delivery", "delivered"]);
    const events = await app.handle.db.select().from(trackingEvents).where(eq(trackingEvents.shipmentId, shipmentId));
    expect(events.filter((e) => e.applied).map((e) => e.status).at(-1)).toBe("delivered");

    // an unknown or mistyped code gets a clear answer
    expect((await failure(staff.fulfilment.lookUp({ code: "CP123456789IR", locale: "en" }))).code).toBe("BAD_REQUEST");
    expect((await failure(staff.fulfilment.lookUp({ code: formatS10("CP", 99_999_990, "IR"), locale: "en" }))).code).toBe("NOT_FOUND");
    const [row] = await app.handle.db.select({ cod: shipments.codCollectedMinor }).from(shipments).where(eq(shipments.id, shipmentId));
    expect(row?.cod).toBe(due);
  });

  it("a manifest handed over late does not pull back a parcel the post already moved; a delivery with a slow clock still ends the journey", async () => {
    const first = await placeCodOrder();
    const second = await placeCodOrder();
    const { api } = await app.caller({ cookie: await app.signIn(shopSeed.phone) });
    const options = await api.seller.pickupOptions({ shopId, locale: "en" });
    const pickup = await api.seller.requestPickup({ shopId, kind: "drop_off", date: options.dropOffDates[0]!, servicePointId: options.servicePoints[0]!.id });
    expect(pickup.parcels).toBe(2);
    const [a, b] = [await parcelOf(first.number, first.token), await parcelOf(second.number, second.token)];

    // the post scanned the first parcel on its way before the counter confirmed the manifest
    const early = webhook([{ id: `early-${a.id}`, trackingNumber: a.trackingNumber, status: "arrived_at_service_point", occurredAt: new Date().toISOString() }]);
    expect(await ingestCarrierEvents({ db: app.handle.db, sms: app.sms, stripe: null }, "postal-operator", postalOperator.verifyWebhook(early.body, early.headers, SECRET))).toMatchObject({ applied: 1 });
    const staff = (await app.caller({ cookie: await app.signIn(OPERATOR) })).api;
    expect(await staff.fulfilment.acceptManifest({ number: pickup.manifestNumber })).toMatchObject({ accepted: 1 });
    expect((await parcelOf(first.number, first.token)).trackingStatus).toBe("arrived_at_service_point");
    expect((await parcelOf(second.number, second.token)).trackingStatus).toBe("accepted");

    // out for delivery at 10:05 by the sorting scanner, delivered at 10:03 by the courier's phone
    const at = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
    const skewed = webhook([
      { id: `out-${b.id}`, trackingNumber: b.trackingNumber, status: "out_for_delivery", occurredAt: at(5) },
      { id: `done-${b.id}`, trackingNumber: b.trackingNumber, status: "delivered", occurredAt: at(3), codCollectedMinor: b.codAmountMinor },
    ]);
    expect(await ingestCarrierEvents({ db: app.handle.db, sms: app.sms, stripe: null }, "postal-operator", postalOperator.verifyWebhook(skewed.body, skewed.headers, SECRET))).toMatchObject({ applied: 2 });
    expect(await parcelOf(second.number, second.token)).toMatchObject({ trackingStatus: "delivered", codCollectedMinor: b.codAmountMinor });
  });
});
