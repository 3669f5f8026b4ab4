import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarExceptions, shops } from "@/db/schema";
import { demoMarkets } from "@/db/seed/data";
import { createTestApp, failure, type TestApp } from "@/test/app";
import { testDatabases } from "@/test/databases";
import type { AppError } from "../errors";

const ir = demoMarkets[0]!;
const ADMIN = "+989120000001";
const shop = ir.shops[0]!;


describe.each(testDatabases())("route calendar on $name", (target) => {
  let app: TestApp;
  let shopId = "";
  const as = (phone: string) => app.as(phone);

  beforeAll(async () => {
    app = await createTestApp(target);
    [{ id: shopId }] = (await app.handle.db.select({ id: shops.id }).from(shops).where(eq(shops.slug, shop.slug))) as [{ id: string }];
  });
  afterAll(async () => {
    await app?.close();
  });

  it("seeds the new-year holidays of every market", async () => {
    const rows = await app.handle.db.select().from(calendarExceptions);
    expect(rows.find((r) => r.marketCode === "IR" && r.day === "2027-03-21")?.name).toMatchObject({ fa: "نوروز", en: "Nowruz" });
    expect(rows.some((r) => r.marketCode === "VN" && r.day === "2027-02-06")).toBe(true);
    expect(rows.some((r) => r.marketCode === "CN" && r.day === "2027-02-06")).toBe(true);
  });

  it("a holiday on the next route day moves the collection to the route day after it", async () => {
    const seller = await as(shop.phone);
    const before = (await seller.seller.pickupOptions({ shopId, locale: "fa" })).collectionDates;
    expect(before.length).toBeGreaterThan(2);
    const admin = await as(ADMIN);
    expect(await admin.network.addCalendarDay({ marketCode: "IR", regionCode: null, day: before[0]!, kind: "holiday", name: "نوروز" })).toEqual({ added: true });
    expect(await admin.network.addCalendarDay({ marketCode: "IR", regionCode: null, day: before[0]!, kind: "holiday", name: "نوروز" })).toEqual({ added: false });
    const after = (await seller.seller.pickupOptions({ shopId, locale: "fa" })).collectionDates;
    expect(after[0]).toBe(before[1]);
    expect(after).not.toContain(before[0]);
    expect(after.slice(0, before.length - 1)).toEqual(before.slice(1));
    const refused = await failure(seller.seller.requestPickup({ shopId, kind: "collection", date: before[0]!, timeWindow: "08:00-11:00" }));
    expect((refused.cause as AppError).messageKey).toBe("pickupNotRouteDay");
    // the drop-off days skip the holiday as well
    expect((await seller.seller.pickupOptions({ shopId, locale: "fa" })).dropOffDates).not.toContain(before[0]);
  });

  it("cancels one region's round and adds an extra day, for that region and the villages below it only", async () => {
    const seller = await as(shop.phone);
    const admin = await as(ADMIN);
    const otherShop = ir.shops.find((s) => s.slug === "chaparkhaneh-hashemi-paddies")!;
    const [other] = await app.handle.db.select({ id: shops.id }).from(shops).where(eq(shops.slug, otherShop.slug));
    const otherSeller = await as(otherShop.phone);
    const otherBefore = (await otherSeller.seller.pickupOptions({ shopId: other!.id, locale: "en" })).collectionDates;
    const before = (await seller.seller.pickupOptions({ shopId, locale: "en" })).collectionDates;
    // Esfeden's route runs on Tuesdays and Saturdays: the day after a route day is never one
    const extra = new Date(`${before[1]!}T00:00:00Z`);
    extra.setUTCDate(extra.getUTCDate() + 1);
    const extraDay = extra.toISOString().slice(0, 10);
    expect(before).not.toContain(extraDay);
    await admin.network.addCalendarDay({ marketCode: "IR", regionCode: shop.village, day: before[0]!, kind: "cancelled", name: "" });
    await admin.network.addCalendarDay({ marketCode: "IR", regionCode: "ir-sk-zirkuh", day: extraDay, kind: "extra", name: "" });
    const after = (await seller.seller.pickupOptions({ shopId, locale: "en" })).collectionDates;
    expect(after.slice(0, 3)).toEqual([before[1], extraDay, before[2]]);
    // a village of another county keeps its days
    expect((await otherSeller.seller.pickupOptions({ shopId: other!.id, locale: "en" })).collectionDates).toEqual(otherBefore);
  });

  it("refuses a cancelled day without a region, an unknown region, and non-admins; audits each change", async () => {
    const admin = await as(ADMIN);
    const noRegion = await failure(admin.network.addCalendarDay({ marketCode: "IR", regionCode: null, day: "2027-01-05", kind: "cancelled", name: "" }));
    expect((noRegion.cause as AppError).messageKey).toBe("calendarDayNeedsRegion");
    expect((await failure(admin.network.addCalendarDay({ marketCode: "IR", regionCode: "vn-long-an", day: "2027-01-05", kind: "extra", name: "" }))).code).toBe("BAD_REQUEST");
    expect((await failure(admin.network.addCalendarDay({ marketCode: "IR", regionCode: null, day: "2027-02-30", kind: "holiday", name: "" }))).code).toBe("BAD_REQUEST");
    expect((await failure((await as(shop.phone)).network.addCalendarDay({ marketCode: "IR", regionCode: null, day: "2027-01-05", kind: "holiday", name: "" }))).code).toBe("FORBIDDEN");
    const listed = await admin.network.calendar({ marketCode: "IR" });
    const removed = listed.find((d) => d.kind === "cancelled")!;
    expect(await admin.network.removeCalendarDay({ id: removed.id })).toEqual({ removed: true });
    const actions = (await admin.network.changes()).map((c) => c.action);
    expect(actions.filter((a) => a === "calendar.add")).toHaveLength(3);
    expect(actions).toContain("calendar.remove");
  });
});
