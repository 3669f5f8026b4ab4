import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { ZodError } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cartItems, networkAudit, orders, products, regions, variants } from "@/db/schema";
import { demoMarkets } from "@/db/seed/data";
import { createTestApp, type TestApp } from "@/test/app";
import { testDatabases } from "@/test/databases";
import { cartFor } from "../checkout/cart";
import { newCartToken } from "../checkout/cart-token";
import { placeOrder } from "../checkout/place-order";
import { AppError } from "../errors";
import { translateZodError } from "../trpc/translate-error";
import { addDays } from "./calendar-days";
import { tariffAt } from "./tariffs";

const ir = demoMarkets[0]!;
const ADMIN = "+989120000001";
const DAY = 86_400_000;

describe.each(testDatabases())("tariffs with effective dates on $name", (target) => {
  let app: TestApp;
  let admin: Awaited<ReturnType<TestApp["caller"]>>["api"];

  /** A cash order of one jar placed at `now` (the checkout's own code), with its stored tariff version and postage. */
  const orderAt = async (now: Date, phone: string) => {
    const product = ir.products.find((p) => p.shop === ir.shops[0]!.slug)!;
    const [variant] = await app.handle.db
      .select({ id: variants.id, price: variants.priceMinor })
      .from(variants)
      .innerJoin(products, eq(products.id, variants.productId))
      .where(eq(products.slug, product.slug));
    const cartId = await cartFor(app.handle.db, newCartToken(), null);
    await app.handle.db.insert(cartItems).values({ cartId, variantId: variant!.id, quantity: 1, priceMinorAtAdd: variant!.price });
    const [village] = await app.handle.db.select({ id: regions.id }).from(regions).where(eq(regions.slug, "ir-gl-rasht-chaparkhaneh"));
    const placed = await placeOrder(app.handle.db, {
      cartId,
      userId: null,
      now,
      input: {
        locale: "fa",
        delivery: { kind: "home", villageId: village!.id, postalCode: "4163512345", landmark: "by the school", recipientName: "Test", recipientPhone: phone, lat: null, lng: null, saveToAddressBook: false },
        paymentMethod: "cod",
      },
    });
    const [row] = await app.handle.db.select({ tariffVersionId: orders.tariffVersionId, postageMinor: orders.postageMinor }).from(orders).where(eq(orders.id, placed.id));
    return row!;
  };

  beforeAll(async () => {
    app = await createTestApp(target);
    admin = (await app.caller({ cookie: await app.signIn(ADMIN), locale: "fa" })).api;
  });
  afterAll(async () => {
    await app?.close();
  });

  it("a new version from a later day prices later orders; an order placed before keeps its version and price", async () => {
    const before = await admin.network.tariffs({ marketCode: ir.market });
    expect(before.versions).toHaveLength(1);
    const [v1] = before.versions;
    expect(v1).toMatchObject({ version: 1, state: "current" });

    const first = await orderAt(new Date(), "+989151230001");
    expect(first.tariffVersionId).toBe(v1!.id);

    const tomorrow = addDays(before.today, 1);
    const doubled = v1!.brackets.map((b) => ({
      maxWeightGrams: b.maxWeightGrams,
      prices: { same_county: b.prices.same_county * 2, same_province: b.prices.same_province * 2, other_province: b.prices.other_province * 2 },
    }));
    const saved = await admin.network.saveTariff({ marketCode: ir.market, effectiveFrom: tomorrow, brackets: doubled });
    expect(saved.version).toBe(2);
    const after = await admin.network.tariffs({ marketCode: ir.market });
    expect(after.versions.map((v) => [v.version, v.state])).toEqual([
      [2, "coming"],
      [1, "current"],
    ]);

    // until tomorrow begins in Iran, quotes and orders still use version 1
    const stillOld = await orderAt(new Date(), "+989151230002");
    expect(stillOld).toEqual(first);
    // two days on, version 2 prices the order
    const later = await orderAt(new Date(Date.now() + 2 * DAY), "+989151230003");
    expect(later.tariffVersionId).toBe(saved.versionId);
    expect(later.postageMinor).toBe(first.postageMinor * 2);
    expect((await tariffAt(app.handle.db, ir.market, new Date(Date.now() + 2 * DAY)))?.version).toBe(2);

    // the first order never changes
    const [again] = await app.handle.db.select({ tariffVersionId: orders.tariffVersionId, postageMinor: orders.postageMinor }).from(orders).where(eq(orders.tariffVersionId, v1!.id)).limit(1);
    expect(again).toEqual(first);

    // a coming version may be replaced on its day (same version number); the change is audited
    const replaced = await admin.network.saveTariff({ marketCode: ir.market, effectiveFrom: tomorrow, brackets: v1!.brackets });
    expect(replaced).toEqual(saved);
    const audit = await app.handle.db.select().from(networkAudit).where(eq(networkAudit.action, "tariff.save"));
    expect(audit).toHaveLength(2);
    expect(audit[0]!.detail).toMatchObject({ market: ir.market, version: 2, effectiveFrom: tomorrow });
  });

  it("refuses today or a past day, and brackets out of order, next to the field and in the admin's language", async () => {
    const { today, versions } = await admin.network.tariffs({ marketCode: ir.market });
    const brackets = versions.at(-1)!.brackets;
    const error = await admin.network.saveTariff({ marketCode: ir.market, effectiveFrom: today, brackets }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    const cause = (error as TRPCError).cause as AppError;
    expect(cause).toBeInstanceOf(AppError);
    expect(cause).toMatchObject({ messageKey: "tariffDayPast", field: "effectiveFrom", params: { day: addDays(today, 1) } });

    const swapped = [brackets[1]!, brackets[0]!, ...brackets.slice(2)];
    const invalid = await admin.network.saveTariff({ marketCode: ir.market, effectiveFrom: addDays(today, 5), brackets: swapped }).catch((e: unknown) => e);
    const zod = (invalid as TRPCError).cause as ZodError;
    expect(zod).toBeInstanceOf(ZodError);
    const { fieldErrors } = translateZodError(zod, "fa");
    expect(fieldErrors).toEqual([{ field: "brackets.1.maxWeightGrams", message: "هر بازهٔ وزنی باید از بازهٔ پیش از خود سنگین‌تر باشد." }]);

    const negative = await admin.network
      .saveTariff({ marketCode: ir.market, effectiveFrom: addDays(today, 5), brackets: [{ ...brackets[0]!, prices: { ...brackets[0]!.prices, other_province: -1 } }] })
      .catch((e: unknown) => e);
    expect(translateZodError((negative as TRPCError).cause as ZodError, "en").fieldErrors.map((f) => f.field)).toEqual(["brackets.0.prices.other_province"]);
    // nothing was written by the refused saves
    expect((await admin.network.tariffs({ marketCode: ir.market })).versions).toHaveLength(2);
  });
});
