import { eq } from "drizzle-orm";
import { products, regions, variants } from "@/db/schema";
import type { TestApp } from "./app";

function cookieOf(resHeaders: Headers): string {
  return resHeaders
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** A guest's cash-on-delivery order of one item of a product, delivered to a village: its number, token and parcel's tracking number. */
export async function placeCodOrder(app: TestApp, input: { productSlug: string; villageSlug: string; postalCode: string; locale: "fa" | "zh" | "vi" | "en" }) {
  const [variant] = await app.handle.db
    .select({ id: variants.id })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(eq(products.slug, input.productSlug));
  const first = await app.caller({ locale: input.locale });
  await first.api.shop.addToCart({ variantId: variant!.id, quantity: 1 });
  const { api } = await app.caller({ cookie: cookieOf(first.resHeaders), locale: input.locale });
  const [village] = await app.handle.db.select({ id: regions.id }).from(regions).where(eq(regions.slug, input.villageSlug));
  const order = await api.shop.placeOrder({
    locale: input.locale,
    delivery: {
      kind: "home",
      villageId: village!.id,
      postalCode: input.postalCode,
      landmark: "by the school",
      recipientName: "Test Recipient",
      recipientPhone: "+989151239876",
      lat: null,
      lng: null,
      saveToAddressBook: false,
    },
    paymentMethod: "cod",
  });
  const placed = await (await app.caller()).api.shop.order({ number: order.number, token: order.token, locale: "en" });
  return { number: order.number, token: order.token, tracking: placed.shipments[0]!.trackingNumber! };
}
