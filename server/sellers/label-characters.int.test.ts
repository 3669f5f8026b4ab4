/**
 * A recipient whose name has a rare Chinese character: the seller's parcel
 * list names the character that prints in the plain fallback font and the one
 * no label font has, before any label is printed.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoMarkets } from "@/db/seed/data";
import { products, regions, shops, variants } from "@/db/schema";
import { createTestApp, type TestApp } from "@/test/app";
import { testDatabases } from "@/test/databases";

const cn = demoMarkets[1]!;

function cookieOf(resHeaders: Headers): string {
  return resHeaders
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

describe.each(testDatabases())("label characters on $name", (target) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp(target);
  });
  afterAll(async () => {
    await app?.close();
  });

  it("warns the seller of a recipient's rare and unprintable characters, and not of ordinary names", async () => {
    const product = cn.products[0]!;
    const [variant] = await app.handle.db.select({ id: variants.id }).from(variants).innerJoin(products, eq(products.id, variants.productId)).where(eq(products.slug, product.slug)).orderBy(variants.position);
    const [village] = await app.handle.db.select({ id: regions.id }).from(regions).where(eq(regions.slug, cn.regions[0]!.children![0]!.children![0]!.slug));
    const order = async (recipientName: string, landmark: string, phone: string) => {
      const device = await app.caller({ locale: "zh", ip: `10.71.0.${phone.slice(-2)}` });
      await device.api.shop.addToCart({ variantId: variant!.id, quantity: 1 });
      const { api } = await app.caller({ cookie: cookieOf(device.resHeaders), locale: "zh", ip: `10.71.0.${phone.slice(-2)}` });
      const delivery = { kind: "home" as const, villageId: village!.id, postalCode: "550600", landmark, recipientName, recipientPhone: phone, lat: null, lng: null, saveToAddressBook: false };
      return api.shop.placeOrder({ locale: "zh", delivery, paymentMethod: "cod" });
    };
    const rare = await order("王𡈽𠀀", "村口𡈽树旁", "13812340011");
    const plain = await order("李建国", "村口大树旁", "13812340012");

    const [shop] = await app.handle.db.select({ id: shops.id }).from(shops).where(eq(shops.slug, product.shop));
    const owner = (await app.caller({ cookie: await app.signIn(cn.shops.find((s) => s.slug === product.shop)!.phone) })).api;
    const parcels = await owner.seller.shipments({ shopId: shop!.id });
    expect(parcels.find((p) => p.orderNumber === rare.number)?.labelCharacters).toEqual({ fallback: ["𡈽"], missing: ["𠀀"] });
    expect(parcels.find((p) => p.orderNumber === plain.number)?.labelCharacters).toBeNull();
  });
});
