import { readFile } from "node:fs/promises";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markets, orders, regions } from "@/db/schema";
import { demoMarkets } from "@/db/seed/data";
import { createTestApp, type TestApp } from "@/test/app";
import { testDatabases } from "@/test/databases";
import { placeCodOrder } from "@/test/orders";
import { importRegions } from "./import/import-regions";

const vn = demoMarkets[2]!;

describe.each(testDatabases())("today's map after Vietnam's 2025 merge on $name", (target) => {
  let app: TestApp;
  let oldOrder: { number: string; token: string };

  beforeAll(async () => {
    app = await createTestApp(target);
    await app.handle.db.update(markets).set({ paymentMethods: sql`'{card,cod}'::text[]` }).where(eq(markets.code, vn.market));
    // an order written to a Long An commune before the merge
    oldOrder = await placeCodOrder(app, { productSlug: vn.products[0]!.slug, villageSlug: "vn-la-can-duoc-my-le", postalCode: "82711", locale: "vi" });
    const file = await readFile(path.resolve(import.meta.dirname, "../../docs/network/vn-2025-two-level.csv"));
    expect(await importRegions(app.handle.db, file, { actorId: null, fileName: "vn.csv" })).toMatchObject({ rejected: 0 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it("offers the merged province with its communes and no longer Long An", async () => {
    const tree = await app.anonymous("vi").catalog.regionTree({ locale: "vi" });
    const names = tree.filter((p) => p.marketCode === vn.market).map((p) => p.name.text);
    expect(names).toContain("Tây Ninh");
    expect(names).not.toContain("Long An");
    const tayNinh = tree.find((p) => p.name.text === "Tây Ninh")!;
    expect(tayNinh.counties.flatMap((c) => c.villages.map((v) => v.name.text))).toEqual(["Tầm Vu", "Vĩnh Công", "Cần Đước", "Bến Lức", "Tân Ninh"]);
  });

  it("sends the old province's and commune's addresses to the regions that replaced them", async () => {
    const api = app.anonymous("en");
    expect((await api.catalog.region({ locale: "en", slug: "vn-long-an", page: 1 })).movedTo).toBe("vn-vn-72");
    expect((await api.catalog.region({ locale: "en", slug: "vn-la-can-duoc-my-le", page: 1 })).movedTo).toBe("vn-vn-72-can-duoc");
    expect((await api.catalog.region({ locale: "en", slug: "vn-vn-72", page: 1 })).movedTo).toBeNull();
  });

  it("keeps an old order's address as written, and a new order with an old commune lands on the new map", async () => {
    const before = await app.anonymous("vi").shop.order({ number: oldOrder.number, token: oldOrder.token, locale: "vi" });
    expect(JSON.stringify(before)).toContain("Long An");
    const [row] = await app.handle.db.select({ delivery: orders.delivery }).from(orders).where(eq(orders.number, oldOrder.number));
    expect(row?.delivery.placeLabel).toContain("Long An");
    const fresh = await placeCodOrder(app, { productSlug: vn.products[0]!.slug, villageSlug: "vn-la-can-duoc-my-le", postalCode: "82711", locale: "vi" });
    const [placed] = await app.handle.db.select({ delivery: orders.delivery }).from(orders).where(eq(orders.number, fresh.number));
    const [canDuoc] = await app.handle.db.select({ id: regions.id }).from(regions).where(eq(regions.code, "VN-72-CAN-DUOC"));
    expect(placed?.delivery.placeLabel).toContain("Tây Ninh");
    expect(placed?.delivery.placeLabel).not.toContain("Long An");
    expect(placed?.delivery.villageId).toBe(canDuoc?.id);
  });
});
