import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addresses, products, regions, variants } from "@/db/schema";
import { demoMarkets } from "@/db/seed/data";
import { createTestApp, type TestApp } from "@/test/app";
import { testDatabases } from "@/test/databases";

const ir = demoMarkets[0]!;

function cookieOf(resHeaders: Headers, previous = ""): string {
  const set = resHeaders.getSetCookie().map((c) => c.split(";")[0]);
  return [previous, ...set].filter(Boolean).join("; ");
}

describe.each(testDatabases())("checkout page on $name", (target) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(target);
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Walks the region picker down its first choices until an address level, as the form without JavaScript does. */
  async function walk(market: string) {
    const { api } = await app.caller({ locale: "en" });
    let regionId: string | null = null;
    const levels: string[] = [];
    for (let i = 0; i < 6; i++) {
      const steps = await api.shop.regionSteps({ locale: "en", market, regionId });
      if (!steps.next) return { levels, steps };
      expect(steps.next.options.length).toBeGreaterThan(0);
      levels.push(steps.next.level);
      regionId = steps.next.options[0]!.id;
    }
    throw new Error("no address level reached");
  }

  it("offers the market's map one level at a time, as deep as its data goes", async () => {
    const iran = await walk("IR");
    expect(iran.levels).toEqual(["province", "county", "village"]);
    expect(iran.steps.chosen.map((r) => r.level)).toEqual(["province", "county", "village"]);
    expect(iran.steps.addressRegionId).toBe(iran.steps.chosen[2]!.id);
    const china = await walk("CN");
    expect(china.levels[0]).toBe("province");
    expect(china.levels.at(-1)).toBe("village");
    const vietnam = await walk("VN");
    expect(vietnam.levels[0]).toBe("province");
    expect(["village", "commune"]).toContain(vietnam.levels.at(-1));
    // only the market's own provinces
    const { api } = await app.caller({ locale: "fa" });
    const provinces = (await api.shop.regionSteps({ locale: "fa", market: "IR", regionId: null })).next!.options;
    const irProvinceSlugs = new Set(ir.regions.map((r) => r.slug));
    const rows = await app.handle.db.select({ id: regions.id, slug: regions.slug }).from(regions).where(eq(regions.level, "province"));
    expect(provinces.map((p) => rows.find((r) => r.id === p.id)?.slug).every((slug) => slug && irProvinceSlugs.has(slug))).toBe(true);
  });

  it("stops at a commune directly under its province (a two-level map)", async () => {
    const [province] = await app.handle.db
      .insert(regions)
      .values({ slug: "test-two-level-province", marketCode: "VN", code: "T-P1", level: "province", name: { vi: "Tỉnh Thử", en: "Test Province" }, position: 999 })
      .returning({ id: regions.id });
    const [commune] = await app.handle.db
      .insert(regions)
      .values({ slug: "test-two-level-commune", marketCode: "VN", code: "T-C1", parentId: province!.id, level: "commune", name: { vi: "Xã Thử", en: "Test Commune" } })
      .returning({ id: regions.id });
    const { api } = await app.caller({ locale: "vi" });
    const first = await api.shop.regionSteps({ locale: "vi", market: "VN", regionId: province!.id });
    expect(first.next).toEqual({ level: "commune", options: [{ id: commune!.id, level: "commune", name: "Xã Thử" }] });
    const last = await api.shop.regionSteps({ locale: "en", market: "VN", regionId: commune!.id });
    expect(last).toEqual({
      chosen: [
        { id: province!.id, level: "province", name: "Test Province" },
        { id: commune!.id, level: "commune", name: "Test Commune" },
      ],
      next: null,
      addressRegionId: commune!.id,
    });
  });

  it("starts again from the provinces for a region of another market", async () => {
    const chinese = await walk("CN");
    const { api } = await app.caller({ locale: "en" });
    const steps = await api.shop.regionSteps({ locale: "en", market: "IR", regionId: chinese.steps.addressRegionId });
    expect(steps.chosen).toEqual([]);
    expect(steps.next?.level).toBe("province");
  });

  it("offers a signed-in shopper their addresses of the cart's market, each once", async () => {
    const phone = "+989157770001";
    const cookie = await app.signIn(phone);
    const village = (await walk("IR")).steps.addressRegionId!;
    const [variant] = await app.handle.db
      .select({ id: variants.id })
      .from(variants)
      .innerJoin(products, eq(products.id, variants.productId))
      .where(eq(products.slug, ir.products[0]!.slug));
    const delivery = { kind: "home" as const, villageId: village, postalCode: "9761814567", landmark: "درِ سبز کنار مدرسه", recipientName: "زهرا احمدی", recipientPhone: "0915 777 0001" };
    let session = cookie;
    for (let i = 0; i < 2; i++) {
      const device = await app.caller({ cookie: session, locale: "fa", ip: `10.61.0.${i + 1}` });
      await device.api.shop.addToCart({ variantId: variant!.id });
      session = cookieOf(device.resHeaders, session);
      await (await app.caller({ cookie: session, locale: "fa", ip: `10.61.0.${i + 1}` })).api.shop.placeOrder({ locale: "fa", delivery, paymentMethod: "cod" });
    }
    const device = await app.caller({ cookie: session, locale: "fa" });
    await device.api.shop.addToCart({ variantId: variant!.id });
    const options = await device.api.shop.options({ locale: "fa" });
    expect(options.savedAddresses).toHaveLength(1);
    expect(options.savedAddresses[0]).toMatchObject({ villageId: village, landmark: "درِ سبز کنار مدرسه", recipientPhone: "+989157770001", postalCode: "9761814567" });
    const stored = await app.handle.db.select({ id: addresses.id }).from(addresses).where(eq(addresses.villageId, village));
    expect(stored.length).toBeGreaterThanOrEqual(1);

    // a guest has none
    const guest = await app.caller({ locale: "fa" });
    await guest.api.shop.addToCart({ variantId: variant!.id });
    expect((await (await app.caller({ cookie: cookieOf(guest.resHeaders), locale: "fa" })).api.shop.options({ locale: "fa" })).savedAddresses).toEqual([]);
  });

  it("names the field at fault: a postal code of the wrong form comes back as that field's error", async () => {
    const village = (await walk("IR")).steps.addressRegionId!;
    const [variant] = await app.handle.db
      .select({ id: variants.id })
      .from(variants)
      .innerJoin(products, eq(products.id, variants.productId))
      .where(eq(products.slug, ir.products[1]!.slug));
    const device = await app.caller({ locale: "fa" });
    await device.api.shop.addToCart({ variantId: variant!.id });
    const { api } = await app.caller({ cookie: cookieOf(device.resHeaders), locale: "fa" });
    const delivery = { kind: "home" as const, villageId: village, postalCode: "12345", landmark: "کنار مسجد", recipientName: "زهرا احمدی", recipientPhone: "0915 777 0002" };
    const error = await api.shop.quote({ locale: "fa", delivery, paymentMethod: "cod" }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect((error as TRPCError).cause).toMatchObject({ messageKey: "invalidPostalCode", field: "delivery.postalCode" });
  });
});
