import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { products, regions, shops, variants } from "@/db/schema";
import { demoMarkets } from "@/db/seed/data";
import { createTestApp, type TestApp } from "@/test/app";
import { testDatabases } from "@/test/databases";
import type { Locale } from "@/lib/locales";
import { AppError } from "../errors";
import { appRouter } from "../trpc/root";
import { translateError } from "../trpc/translate-error";

const ir = demoMarkets[0]!;
const shopA = ir.shops[0]!;
const shopB = ir.shops[1]!;
const ADMIN = "+989120000001";
const AGENT = "+989120000002";

/** The message the error formatter gives a person reading `locale`. */
function spoken(error: TRPCError, locale: Locale): string {
  const cause = error.cause;
  if (!(cause instanceof AppError)) throw new Error(`expected an AppError, got ${String(cause)}`);
  return translateError(locale, cause.messageKey, cause.params);
}

async function failure(promise: Promise<unknown>) {
  const outcome = await promise.then(
    (data) => ({ data }),
    (error: unknown) => ({ error }),
  );
  expect("error" in outcome, JSON.stringify("data" in outcome ? outcome.data : null)).toBe(true);
  expect((outcome as { error: unknown }).error).toBeInstanceOf(TRPCError);
  return (outcome as { error: TRPCError }).error;
}

describe.each(testDatabases())("seller portal on $name", (target) => {
  let app: TestApp;
  let ids: { shopA: string; shopB: string; productA: string; variantA: string; villageA: string };
  let owner: string;
  let otherOwner: string;

  beforeAll(async () => {
    app = await createTestApp(target);
    const db = app.handle.db;
    const [a] = await db.select({ id: shops.id, villageId: shops.villageId }).from(shops).where(eq(shops.slug, shopA.slug));
    const [b] = await db.select({ id: shops.id }).from(shops).where(eq(shops.slug, shopB.slug));
    const [p] = await db.select({ id: products.id }).from(products).where(eq(products.shopId, a!.id)).limit(1);
    const [v] = await db.select({ id: variants.id }).from(variants).where(eq(variants.productId, p!.id)).limit(1);
    ids = { shopA: a!.id, shopB: b!.id, productA: p!.id, variantA: v!.id, villageA: a!.villageId };
    owner = await app.signIn(shopA.phone);
    otherOwner = await app.signIn(shopB.phone);
  });
  afterAll(async () => {
    await app?.close();
  });

  const productFields = () => ({
    writtenIn: "fa" as const,
    categorySlug: "saffron",
    originVillageId: ids.villageA,
    harvestedOn: "2026-10-28",
    translations: { fa: { name: "زعفران سرگل تازه", summary: "برداشت همین پاییز", description: "دست‌چین و سایه‌خشک." } },
    variants: [{ label: "یک مثقال", priceMinor: 13_000_000, weightGrams: 40, stock: 12 }],
  });

  it("a member of another shop gets FORBIDDEN or NOT_FOUND from every shop-scoped procedure, with no data", async () => {
    const notShopScoped = new Set(["seller.myShops", "seller.applyForShop"]);
    const scoped = Object.keys(appRouter._def.procedures).filter((path) => path.startsWith("seller.") && !notShopScoped.has(path));
    expect(scoped.length).toBeGreaterThanOrEqual(10);
    const { api } = await app.caller({ cookie: otherOwner });
    const input = {
      shopId: ids.shopA,
      productId: ids.productA,
      variantId: ids.variantA,
      locale: "en",
      status: "paused",
      delta: 5,
      reason: "recount",
      product: productFields(),
    };
    for (const path of scoped) {
      const name = path.split(".")[1] as keyof typeof api.seller;
      const error = await failure((api.seller[name] as (input: unknown) => Promise<unknown>)(input));
      expect(["FORBIDDEN", "NOT_FOUND"], path).toContain(error.code);
    }
    // and nothing changed
    const [product] = await app.handle.db.select({ status: products.status }).from(products).where(eq(products.id, ids.productA));
    expect(product?.status).toBe("active");
  });

  it("without a session every seller and admin procedure is UNAUTHORIZED", async () => {
    const { api } = await app.caller();
    expect((await failure(api.seller.products({ shopId: ids.shopA, locale: "en" }))).code).toBe("UNAUTHORIZED");
    expect((await failure(api.admin.shops({ locale: "en" }))).code).toBe("UNAUTHORIZED");
  });

  it("admin procedures are FORBIDDEN to a shop owner", async () => {
    const { api } = await app.caller({ cookie: owner });
    for (const path of Object.keys(appRouter._def.procedures).filter((p) => p.startsWith("admin."))) {
      const name = path.split(".")[1] as keyof typeof api.admin;
      const error = await failure((api.admin[name] as (input: unknown) => Promise<unknown>)({ locale: "en", shopId: ids.shopA, decision: "approve", phone: AGENT, agentPhone: AGENT, role: "admin" }));
      expect(error.code, path).toBe("FORBIDDEN");
    }
  });

  it("an owner lists, edits, pauses and restocks their products; stock never goes below zero", async () => {
    const { api } = await app.caller({ cookie: owner, locale: "fa" });
    const created = await api.seller.createProduct({ shopId: ids.shopA, product: productFields() });
    const listed = await api.seller.products({ shopId: ids.shopA, locale: "fa" });
    const mine = listed.find((p) => p.id === created.id)!;
    expect(mine.name.text).toBe("زعفران سرگل تازه");
    expect(mine.missingLocales).toEqual(["zh", "vi", "en"]);

    const editor = await api.seller.product({ shopId: ids.shopA, productId: created.id });
    await api.seller.updateProduct({
      shopId: ids.shopA,
      productId: created.id,
      product: { ...productFields(), writtenIn: "en", translations: { en: { name: "Fresh sargol saffron", summary: "", description: "" } }, variants: [{ id: editor.variants[0]!.id, label: "1 mesghal", priceMinor: 13_500_000, weightGrams: 40, stock: 0 }] },
    });
    const after = await api.seller.product({ shopId: ids.shopA, productId: created.id });
    expect(Object.keys(after.translations).sort()).toEqual(["en", "fa"]);
    expect(after.variants[0]!.label).toEqual({ fa: "یک مثقال", en: "1 mesghal" });
    expect(after.variants[0]!.stock).toBe(12);

    const variantId = after.variants[0]!.id;
    expect((await api.seller.adjustStock({ shopId: ids.shopA, variantId, delta: -2, reason: "damaged" })).stock).toBe(10);
    const tooMany = await failure(api.seller.adjustStock({ shopId: ids.shopA, variantId, delta: -11, reason: "sold_offline" }));
    expect(tooMany.code).toBe("BAD_REQUEST");
    expect(spoken(tooMany, "fa")).toMatch(/[۰-۹]/); // Persian digits in the Persian message
    expect((await api.seller.stockHistory({ shopId: ids.shopA, variantId })).map((h) => h.delta)).toEqual([-2]);

    await api.seller.setProductStatus({ shopId: ids.shopA, productId: created.id, status: "paused" });
    const anonymous = (await app.caller()).api;
    expect((await failure(anonymous.catalog.product({ locale: "fa", slug: created.slug }))).code).toBe("NOT_FOUND");
    await api.seller.setProductStatus({ shopId: ids.shopA, productId: created.id, status: "active" });
    expect((await anonymous.catalog.product({ locale: "zh", slug: created.slug })).name.locale).toBe("fa");
  });

  it("a new seller applies; nothing is listed until an admin approves; a rejection carries its reason", async () => {
    const applicant = await app.signIn("+989151112233");
    const { api } = await app.caller({ cookie: applicant, locale: "fa" });
    const [village] = await app.handle.db.select({ id: regions.id }).from(regions).where(eq(regions.level, "village")).limit(1);
    const shop = await api.seller.applyForShop({
      name: "باغ زعفران خانواده کریمی",
      locale: "fa",
      villageId: village!.id,
      phone: "0915 111 2233",
      story: "سه نسل است زعفران می‌کاریم.",
      payoutMethod: "post_office",
      payoutAccount: "1234 5678 9012 3456",
    });
    const mine = await api.seller.myShops({ locale: "fa" });
    expect(mine).toMatchObject([{ id: shop.id, status: "pending", payout: { method: "post_office", account: "•••• 3456" } }]);
    await api.seller.createProduct({ shopId: shop.id, product: { ...productFields(), originVillageId: village!.id } });
    const anonymous = (await app.caller()).api;
    await failure(anonymous.catalog.shop({ locale: "fa", slug: shop.slug, page: 1 }));

    const admin = (await app.caller({ cookie: await app.signIn(ADMIN) })).api;
    expect((await failure(admin.admin.decideShop({ shopId: shop.id, decision: "reject" }))).code).toBe("BAD_REQUEST");
    await admin.admin.decideShop({ shopId: shop.id, decision: "reject", reason: "عکس مجوز روشن نیست" });
    expect((await api.seller.myShops({ locale: "fa" }))[0]).toMatchObject({ status: "rejected", decisionReason: "عکس مجوز روشن نیست" });
    await admin.admin.decideShop({ shopId: shop.id, decision: "approve" });
    expect((await anonymous.catalog.shop({ locale: "fa", slug: shop.slug, page: 1 })).products.total).toBe(1);
    await admin.admin.decideShop({ shopId: shop.id, decision: "suspend", reason: "شکایت خریدار" });
    await failure(anonymous.catalog.shop({ locale: "fa", slug: shop.slug, page: 1 }));
  });

  it("an agent linked by an admin acts for the shop, and the owner reads it in the audit log", async () => {
    const admin = (await app.caller({ cookie: await app.signIn(ADMIN) })).api;
    await admin.admin.linkAgent({ shopId: ids.shopA, agentPhone: AGENT });
    const agent = (await app.caller({ cookie: await app.signIn(AGENT), locale: "fa" })).api;
    const shopsOfAgent = await agent.seller.myShops({ locale: "fa" });
    expect(shopsOfAgent.map((s) => s.id)).toContain(ids.shopA);
    expect(shopsOfAgent.find((s) => s.id === ids.shopA)?.actingAs).toBe("agent");
    await agent.seller.createProduct({ shopId: ids.shopA, product: productFields() });
    expect((await failure(agent.seller.products({ shopId: ids.shopB, locale: "fa" }))).code).toBe("FORBIDDEN");
    expect((await failure(agent.seller.audit({ shopId: ids.shopA }))).code).toBe("FORBIDDEN");

    const log = await (await app.caller({ cookie: owner })).api.seller.audit({ shopId: ids.shopA });
    const entry = log.find((e) => e.actingAs === "agent");
    expect(entry).toMatchObject({ action: "product.create", actorPhone: AGENT });
  });

  it("sign-in codes: wrong codes are refused, and the sixth attempt within 15 minutes is locked with a time to wait", async () => {
    const phone = "+989151234000";
    const ip = "10.9.9.9";
    const { api } = await app.caller({ ip, locale: "vi" });
    await api.auth.requestCode({ phone });
    for (let i = 0; i < 5; i++) expect((await failure(api.auth.verifyCode({ phone, code: "000000" }))).code).toBe("BAD_REQUEST");
    const locked = await failure(api.auth.verifyCode({ phone, code: app.sms.lastCode(phone)! }));
    expect(locked.code).toBe("TOO_MANY_REQUESTS");
    expect(spoken(locked, "vi")).toMatch(/1[45] phút/);
  });

  it("a code expires after 10 minutes", async () => {
    const phone = "+989151234222";
    await (await app.caller()).api.auth.requestCode({ phone });
    const code = app.sms.lastCode(phone)!;
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 11 * 60_000 });
    try {
      expect((await failure((await app.caller()).api.auth.verifyCode({ phone, code }))).code).toBe("BAD_REQUEST");
    } finally {
      vi.useRealTimers();
    }
  });

  it("sign-in codes are single-use and sign-out ends the session on the server", async () => {
    const phone = "+989151234111";
    const first = await app.caller();
    await first.api.auth.requestCode({ phone });
    const code = app.sms.lastCode(phone)!;
    expect(code).toMatch(/^\d{6}$/);
    const verify = await app.caller();
    await verify.api.auth.verifyCode({ phone, code });
    const cookie = verify.resHeaders.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    expect(verify.resHeaders.getSetCookie().join(";")).toMatch(/HttpOnly/i);
    expect(verify.resHeaders.getSetCookie().join(";")).toMatch(/SameSite=Lax/i);
    expect((await failure((await app.caller()).api.auth.verifyCode({ phone, code }))).code).toBe("BAD_REQUEST");

    const session = await app.caller({ cookie });
    expect((await session.api.auth.me())?.phoneNumber).toBe(phone);
    await session.api.auth.signOut();
    expect(await (await app.caller({ cookie })).api.auth.me()).toBeNull();
  });
});
