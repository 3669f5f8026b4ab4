import { eq, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markets, shipments, shops } from "@/db/schema";
import { demoMarkets } from "@/db/seed/data";
import { createTestApp, failure, type TestApp } from "@/test/app";
import { testDatabases } from "@/test/databases";
import { placeCodOrder } from "@/test/orders";
import type { AppError } from "../errors";
import { labelsOf } from "../fulfilment/label-source";

const [ir, , vn] = demoMarkets as [(typeof demoMarkets)[number], (typeof demoMarkets)[number], (typeof demoMarkets)[number]];
const ADMIN = "+989120000001";
const CLERK = "+989121110013";
const irShop = ir.shops[0]!;


describe.each(testDatabases())("postal staff bound to market and counter on $name", (target) => {
  let app: TestApp;
  let irParcel: { tracking: string };
  let vnParcel: { tracking: string };
  const as = (phone: string) => app.as(phone);

  beforeAll(async () => {
    app = await createTestApp(target);
    // Vietnam takes cash on delivery here, so both markets have parcels to scan
    await app.handle.db.update(markets).set({ paymentMethods: sql`'{card,cod}'::text[]` }).where(eq(markets.code, vn.market));
    irParcel = await placeCodOrder(app, {
      productSlug: ir.products.find((p) => p.shop === irShop.slug)!.slug,
      villageSlug: "ir-gl-rasht-chaparkhaneh",
      postalCode: "4163512345",
      locale: "fa",
    });
    vnParcel = await placeCodOrder(app, {
      productSlug: vn.products[0]!.slug,
      villageSlug: "vn-la-can-duoc-my-le",
      postalCode: "82711",
      locale: "vi",
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it("an operator nobody assigned to a market may do nothing, with a message saying why", async () => {
    await as(CLERK);
    const admin = await as(ADMIN);
    await admin.admin.setRole({ phone: CLERK, role: "operator" });
    const error = await failure((await as(CLERK)).fulfilment.lookUp({ code: irParcel.tracking, locale: "en" }));
    expect(error.code).toBe("FORBIDDEN");
    expect((error.cause as AppError).messageKey).toBe("staffNotAssigned");
  });

  it("a clerk of an Iranian counter sees and scans Iranian parcels only; another market's parcel is not found and stays as it was", async () => {
    const admin = await as(ADMIN);
    await admin.network.assignStaff({ phone: "۰۹۱۲۱۱۱۰۰۱۳", marketCode: "ir", servicePointCode: "IR-SK-ZIRKUH-PO" });
    const clerk = await as(CLERK);
    expect(await clerk.fulfilment.lookUp({ code: irParcel.tracking, locale: "en" })).toMatchObject({ kind: "parcel", trackingNumber: irParcel.tracking });
    expect((await failure(clerk.fulfilment.lookUp({ code: vnParcel.tracking, locale: "en" }))).code).toBe("NOT_FOUND");
    const scan = clerk.fulfilment.recordEvent({ trackingNumber: vnParcel.tracking, status: "accepted", scanId: randomUUID() });
    expect((await failure(scan)).code).toBe("NOT_FOUND");
    const [vnRow] = await app.handle.db.select({ status: shipments.trackingStatus }).from(shipments).where(eq(shipments.trackingNumber, vnParcel.tracking));
    expect(vnRow?.status).toBe("label_created");
    // admins act across markets
    expect(await admin.fulfilment.lookUp({ code: vnParcel.tracking, locale: "en" })).toMatchObject({ kind: "parcel" });
    expect(await clerk.fulfilment.recordEvent({ trackingNumber: irParcel.tracking, status: "accepted", scanId: randomUUID() })).toMatchObject({ applied: true });
  });

  it("audits who assigned whom, when, from what to what", async () => {
    const changes = await (await as(ADMIN)).network.changes();
    const assign = changes.find((c) => c.action === "staff.assign");
    expect(assign).toMatchObject({ actor: "Demo admin", detail: { user: CLERK, before: { role: "operator" }, after: { market: "IR", counter: "IR-SK-ZIRKUH-PO" } } });
    expect(changes.find((c) => c.action === "user.role")?.detail).toMatchObject({ user: CLERK, before: "shopper", after: "operator" });
    const staff = await (await as(ADMIN)).network.staff();
    expect(staff.find((s) => s.phone === CLERK)).toMatchObject({ marketCode: "IR", counterCode: "IR-SK-ZIRKUH-PO" });
  });

  it("refuses a counter of another market, an unknown market, and anyone but an admin", async () => {
    const admin = await as(ADMIN);
    const other = await failure(admin.network.assignStaff({ phone: CLERK, marketCode: "IR", servicePointCode: "VN-LA-CAN-DUOC-PO" }));
    expect([other.code, (other.cause as AppError).messageKey]).toEqual(["BAD_REQUEST", "servicePointNotFound"]);
    expect((await failure(admin.network.assignStaff({ phone: CLERK, marketCode: "XX", servicePointCode: null }))).code).toBe("BAD_REQUEST");
    expect((await failure(admin.network.assignStaff({ phone: CLERK, marketCode: "IRN" as string, servicePointCode: null }))).code).toBe("BAD_REQUEST");
    expect((await failure((await as(CLERK)).network.assignStaff({ phone: CLERK, marketCode: "VN", servicePointCode: null }))).code).toBe("FORBIDDEN");
  });

  it("the day's pickups are the clerk's counter's by default, the whole market on request", async () => {
    const [shop] = await app.handle.db.select({ id: shops.id }).from(shops).where(eq(shops.slug, irShop.slug));
    await placeCodOrder(app, { productSlug: ir.products.find((p) => p.shop === irShop.slug)!.slug, villageSlug: "ir-gl-rasht-chaparkhaneh", postalCode: "4163512345", locale: "fa" });
    // printing the labels makes the parcels ready to hand over
    for await (const label of labelsOf(app.handle.db, shop!.id, { select: "unprinted" })) expect(label.trackingNumber).toBeTruthy();
    const seller = await as(irShop.phone);
    const options = await seller.seller.pickupOptions({ shopId: shop!.id, locale: "en" });
    const date = options.collectionDates[0]!;
    const booked = await seller.seller.requestPickup({ shopId: shop!.id, kind: "collection", date, timeWindow: "08:00-11:00" });
    const clerk = await as(CLERK);
    // Zirkuh's post office serves the shop's village
    expect((await clerk.fulfilment.pickupsForDay({ date, locale: "en" })).map((p) => p.manifestNumber)).toContain(booked.manifestNumber);
    await (await as(ADMIN)).network.assignStaff({ phone: CLERK, marketCode: "IR", servicePointCode: "IR-GL-RASHT-PO" });
    const rasht = clerk;
    expect((await rasht.fulfilment.pickupsForDay({ date, locale: "en" })).map((p) => p.manifestNumber)).not.toContain(booked.manifestNumber);
    expect((await rasht.fulfilment.pickupsForDay({ date, locale: "en", wholeMarket: true })).map((p) => p.manifestNumber)).toContain(booked.manifestNumber);
  });
});
