import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { products, regions, variants } from "@/db/schema";
import { demoMarkets } from "@/db/seed/data";
import { createTestApp, type TestApp } from "@/test/app";
import { countingDb } from "@/test/counting-db";
import { testDatabases } from "@/test/databases";
import { listServicePoints } from "./service-points";
import { quoteCart } from "./quote";

const ir = demoMarkets[0]!;

function cookieOf(resHeaders: Headers): string {
  return resHeaders
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** No query per shop or per row: the statements a call sends are the same for one shop and for several. */
describe.each(testDatabases())("checkout queries on $name", (target) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp(target);
  });
  afterAll(async () => {
    await app?.close();
  });

  async function linesFrom(shopSlugs: string[]) {
    let cookie = "";
    for (const slug of shopSlugs) {
      const product = ir.products.find((p) => p.shop === slug)!;
      const [variant] = await app.handle.db
        .select({ id: variants.id })
        .from(variants)
        .innerJoin(products, eq(products.id, variants.productId))
        .where(eq(products.slug, product.slug));
      // the first item sets the cart's cookie; the others go into the same cart
      const device = await app.caller({ locale: "fa", ...(cookie ? { cookie } : {}) });
      await device.api.shop.addToCart({ variantId: variant!.id, quantity: 1 });
      cookie ||= cookieOf(device.resHeaders);
    }
    const { api } = await app.caller({ locale: "fa", cookie });
    return (await api.shop.cart({ locale: "fa" })).lines;
  }

  it("a quote reads every shop's region path in one statement: three shops cost what one does", async () => {
    const shopSlugs = [...new Set(ir.products.map((p) => p.shop))].slice(0, 3);
    expect(shopSlugs).toHaveLength(3);
    const village = ir.regions[1]!.children![0]!.children![0]!.slug;
    const [row] = await app.handle.db.select({ id: regions.id }).from(regions).where(eq(regions.slug, village));
    const input = {
      locale: "fa" as const,
      paymentMethod: "cod" as const,
      delivery: {
        kind: "home" as const,
        villageId: row!.id,
        postalCode: "4163512345",
        landmark: "خانه آبی کنار مسجد",
        recipientName: "مریم رضایی",
        recipientPhone: "0915 123 9876",
        lat: null,
        lng: null,
        saveToAddressBook: false,
      },
    };
    const counting = countingDb(app.handle);
    const one = await quoteCart(counting.db, await linesFrom(shopSlugs.slice(0, 1)), input);
    const forOne = counting.statements();
    counting.reset();
    const three = await quoteCart(counting.db, await linesFrom(shopSlugs), input);
    expect(one.shipments).toHaveLength(1);
    expect(three.shipments).toHaveLength(3);
    expect(counting.statements()).toBe(forOne);
  });

  it("service points and their route days are a fixed number of statements, whatever the market holds", async () => {
    const counting = countingDb(app.handle);
    const points = await listServicePoints(counting.db, ir.market, "fa");
    expect(points.length).toBeGreaterThan(1);
    // points, route schedules of those points, the market's time zone, its calendar exceptions
    expect(counting.statements()).toBeLessThanOrEqual(5);
  });
});
