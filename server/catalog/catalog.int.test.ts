import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { products, productTranslations, shops } from "@/db/schema";
import { demoMarkets } from "@/db/seed/data";
import type { SeedRegion } from "@/db/seed/types";
import { locales, type Locale } from "@/lib/locales";
import { createTestApp, type TestApp } from "@/test/app";
import { testDatabases } from "@/test/databases";
import { appRouter } from "../trpc/root";

const allProducts = demoMarkets.flatMap((m) => m.products);
const allShops = demoMarkets.flatMap((m) => m.shops);
const provinces = demoMarkets.flatMap((m) => m.regions);

function villagesUnder(region: SeedRegion): string[] {
  if (!region.children?.length) return [region.slug];
  return region.children.flatMap(villagesUnder);
}

async function trpcError(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describe.each(testDatabases())("catalog on $name", (target) => {
  let app: TestApp;
  let handle: DbHandle;
  const anonymous = (locale: Locale) => ({
    db: handle.db,
    auth: app.auth,
    locale,
    headers: new Headers(),
    resHeaders: new Headers(),
    user: null,
    ip: "test",
    cartToken: null,
    stripe: null,
    sms: app.sms,
    appUrl: "http://localhost:3000",
  });
  const api = (locale: Locale = "en") => app.anonymous(locale);

  beforeAll(async () => {
    app = await createTestApp(target);
    handle = app.handle;
  });
  afterAll(async () => {
    await app?.close();
  });

  it("home: every province with its product count, categories and featured products", async () => {
    const home = await api().catalog.home({ locale: "en" });
    expect(home.provinces.map((p) => p.slug)).toEqual(provinces.map((p) => p.slug));
    expect(home.provinces.reduce((sum, p) => sum + p.productCount, 0)).toBe(allProducts.length);
    expect(home.categories.reduce((sum, c) => sum + c.productCount, 0)).toBe(allProducts.length);
    const featured = new Set(allProducts.filter((p) => p.featured).map((p) => p.slug));
    expect(home.featured.length).toBeGreaterThan(0);
    expect(home.featured.length).toBeLessThanOrEqual(8);
    for (const card of home.featured) expect(featured.has(card.slug)).toBe(true);
  });

  it("home speaks each language", async () => {
    for (const locale of locales) {
      const home = await api(locale).catalog.home({ locale });
      const gilan = home.provinces.find((p) => p.slug === provinces[1]?.slug);
      expect(gilan?.name.locale).toBe(locale);
      expect(gilan?.name.text).toBe(provinces[1]?.name[locale]);
    }
  });

  it("categories and provinces are listed on their own", async () => {
    const categories = await api().catalog.categories({ locale: "vi" });
    expect(categories.find((c) => c.slug === "saffron")?.name.text).toBe("Nhụy hoa nghệ tây");
    const list = await api().catalog.provinces({ locale: "zh" });
    expect(list).toHaveLength(provinces.length);
  });

  it("region: a province lists its counties and the products of all its villages", async () => {
    for (const province of provinces) {
      const expected = allProducts.filter((p) => villagesUnder(province).includes(p.originVillage)).map((p) => p.slug);
      const page = await api().catalog.region({ locale: "en", slug: province.slug, page: 1 });
      expect(page.children.map((c) => c.slug)).toEqual(province.children?.map((c) => c.slug));
      expect(page.products.total).toBe(expected.length);
      expect(page.products.items.map((c) => c.slug).sort()).toEqual(expected.slice(0, 24).sort());
      const village = province.children?.[0]?.children?.[0];
      if (!village) continue;
      const villagePage = await api().catalog.region({ locale: "fa", slug: village.slug, page: 1 });
      expect(villagePage.ancestors.map((a) => a.slug)).toEqual([province.slug, province.children?.[0]?.slug]);
      expect(villagePage.region.level).toBe("village");
    }
  });

  it("category lists its products from every market", async () => {
    const saffron = allProducts.filter((p) => p.category === "saffron");
    const page = await api().catalog.category({ locale: "zh", slug: "saffron", page: 1 });
    expect(page.category.name.text).toBe("藏红花");
    expect(page.products.total).toBe(saffron.length);
    const beyond = await api().catalog.category({ locale: "zh", slug: "saffron", page: 50 });
    expect(beyond.products.items).toEqual([]);
  });

  it("product: translation, variants with integer prices, provenance and seller", async () => {
    const seedProduct = allProducts[0]!;
    for (const locale of locales) {
      const product = await api(locale).catalog.product({ locale, slug: seedProduct.slug });
      expect(product.name).toEqual({ text: seedProduct.name[locale], locale });
      expect(product.description.text).toBe(seedProduct.description[locale]);
      expect(product.variants.map((v) => v.priceMinor)).toEqual(seedProduct.variants.map((v) => v.priceMinor));
      for (const variant of product.variants) expect(Number.isInteger(variant.priceMinor)).toBe(true);
      expect(product.provenance.origin.at(-1)?.slug).toBe(seedProduct.originVillage);
      expect(product.shop.slug).toBe(seedProduct.shop);
      expect(product.images.length).toBeGreaterThan(0);
      expect(product.moreFromShop.every((c) => c.slug !== seedProduct.slug)).toBe(true);
    }
  });

  it("product falls back to the seller's language, visibly, when a translation is missing", async () => {
    const seedProduct = allProducts[1]!;
    const [row] = await handle.db.select({ id: products.id, source: products.sourceLocale }).from(products).where(eq(products.slug, seedProduct.slug));
    const [removed] = await handle.db
      .delete(productTranslations)
      .where(and(eq(productTranslations.productId, row!.id), eq(productTranslations.locale, "zh")))
      .returning();
    const product = await api("zh").catalog.product({ locale: "zh", slug: seedProduct.slug });
    expect(product.name.locale).toBe(row!.source);
    expect(product.name.text).toBe(seedProduct.name[row!.source as Locale]);
    expect(product.translatedInto).not.toContain("zh");
    const card = (await api("zh").catalog.shop({ locale: "zh", slug: seedProduct.shop, page: 1 })).products.items.find(
      (c) => c.slug === seedProduct.slug,
    );
    expect(card?.name.locale).toBe(row!.source);
    await handle.db.insert(productTranslations).values(removed!);
  });

  it("paused products and suspended shops are not listed", async () => {
    const seedProduct = allProducts[2]!;
    await handle.db.update(products).set({ status: "paused" }).where(eq(products.slug, seedProduct.slug));
    expect((await trpcError(api().catalog.product({ locale: "en", slug: seedProduct.slug }))).code).toBe("NOT_FOUND");
    await handle.db.update(products).set({ status: "active" }).where(eq(products.slug, seedProduct.slug));

    const shop = allShops.at(-1)!;
    await handle.db.update(shops).set({ status: "suspended" }).where(eq(shops.slug, shop.slug));
    expect((await trpcError(api().catalog.shop({ locale: "en", slug: shop.slug, page: 1 }))).code).toBe("NOT_FOUND");
    const shopProduct = allProducts.find((p) => p.shop === shop.slug)!;
    expect((await trpcError(api().catalog.product({ locale: "en", slug: shopProduct.slug }))).code).toBe("NOT_FOUND");
    const home = await api().catalog.home({ locale: "en" });
    expect(home.provinces.reduce((sum, p) => sum + p.productCount, 0)).toBe(
      allProducts.length - allProducts.filter((p) => p.shop === shop.slug).length,
    );
    await handle.db.update(shops).set({ status: "approved" }).where(eq(shops.slug, shop.slug));
  });

  it("shop: story, place and products", async () => {
    const shop = allShops[0]!;
    const page = await api("fa").catalog.shop({ locale: "fa", slug: shop.slug, page: 1 });
    expect(page.shop.name.text).toBe(shop.name.fa);
    expect(page.place.at(-1)?.slug).toBe(shop.village);
    expect(page.products.total).toBe(allProducts.filter((p) => p.shop === shop.slug).length);
  });

  it("search finds a product by the start of its name in each language, and shows cards in the shopper's", async () => {
    const seedProduct = allProducts.find((p) => p.category === "tea")!;
    for (const locale of locales) {
      const word = seedProduct.name[locale].slice(0, 4);
      const result = await api(locale).catalog.search({ locale, q: word, page: 1 });
      expect(result.items.map((c) => c.slug)).toContain(seedProduct.slug);
      for (const card of result.items) expect(card.name.locale).toBe(locale);
    }
    const none = await api().catalog.search({ locale: "en", q: "%%%", page: 1 });
    expect(none.total).toBe(0);
    const chinese = await api("zh").catalog.search({ locale: "zh", q: "茶", page: 1 });
    expect(chinese.total).toBeGreaterThan(0);
  });

  describe("bad input is a clear 4xx, never a 500", () => {
    const procedures: string[] = Object.keys(appRouter._def.procedures).filter((path) => path.startsWith("catalog."));
    const callProcedure = (path: string, input: unknown, locale: Locale = "en") => {
      const [namespace, name] = path.split(".") as ["catalog", keyof ReturnType<typeof api>["catalog"]];
      const fn = api(locale)[namespace][name] as (input: unknown) => Promise<unknown>;
      return fn(input);
    };

    it("covers every procedure of the router", () => {
      expect(procedures.length).toBeGreaterThanOrEqual(8);
    });

    it.each(procedures)("%s rejects an unsupported locale, a wrong shape and extra fields", async (path) => {
      for (const input of [{ locale: "de", slug: "x", q: "x", page: 1 }, "garbage", undefined, { locale: "en", evil: 1 }]) {
        const error = await trpcError(callProcedure(path, input));
        expect(error.code).toBe("BAD_REQUEST");
      }
    });

    const sluggy = procedures.filter((p) => ["catalog.product", "catalog.region", "catalog.shop", "catalog.category"].includes(p));
    it.each(sluggy)("%s: unknown slug is NOT_FOUND, malformed or oversized slug is BAD_REQUEST", async (path) => {
      const withPage = path === "catalog.product" ? {} : { page: 1 };
      expect((await trpcError(callProcedure(path, { locale: "en", slug: "no-such-thing", ...withPage }))).code).toBe("NOT_FOUND");
      for (const slug of ["../../etc/passwd", "Robert'); drop table products;--", "a".repeat(121), "", "سلام"]) {
        expect((await trpcError(callProcedure(path, { locale: "en", slug, ...withPage }))).code).toBe("BAD_REQUEST");
      }
      if (path !== "catalog.product") {
        for (const page of [0, -1, 1.5, 10_000, "2"]) {
          expect((await trpcError(callProcedure(path, { locale: "en", slug: "x", page }))).code).toBe("BAD_REQUEST");
        }
      }
    });

    it("search rejects empty and oversized queries", async () => {
      for (const q of ["", "   ", "x".repeat(101)]) {
        expect((await trpcError(callProcedure("catalog.search", { locale: "en", q, page: 1 }))).code).toBe("BAD_REQUEST");
      }
    });

    async function http(url: string, init: RequestInit = {}) {
      const response = await fetchRequestHandler({
        endpoint: "/api/trpc",
        req: new Request(`http://localhost/api/trpc/${url}`, init),
        router: appRouter,
        createContext: () => ({ ...anonymous((new Headers(init.headers).get("x-locale") as Locale) ?? "en") }),
      });
            const body = (await response.json()) as { error?: { json: { message: string; data: { fieldErrors?: { field: string; message: string }[] } } } };
      return { status: response.status, error: body.error?.json };
    }
    const input = (value: unknown) => encodeURIComponent(JSON.stringify({ json: value }));

    it("over HTTP: 404 and 400 with messages in the caller's language", async () => {
      const missing = await http(`catalog.product?input=${input({ locale: "fa", slug: "no-such-thing" })}`, { headers: { "x-locale": "fa" } });
      expect(missing.status).toBe(404);
      expect(missing.error?.message).toMatch(/[\u0600-\u06FF]/);

      const bad = await http(`catalog.search?input=${input({ locale: "en", q: "x".repeat(500), page: 1 })}`, { headers: { "x-locale": "vi" } });
      expect(bad.status).toBe(400);
      expect(bad.error?.data.fieldErrors?.[0]?.field).toBe("q");
      expect(bad.error?.message).toContain("q");

      const garbled = await http("catalog.home?input=%7Bnot-json", { headers: { "x-locale": "zh" } });
      expect(garbled.status).toBe(400);

      const unknown = await http(`catalog.nothing?input=${input({})}`);
      expect(unknown.status).toBe(404);

      const ok = await http(`catalog.home?input=${input({ locale: "en" })}`);
      expect(ok.status).toBe(200);
    });
  });
});
