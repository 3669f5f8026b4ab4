import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoMarkets } from "@/db/seed/data";
import { locales, type Locale } from "@/lib/locales";
import { createTestApp, type TestApp } from "@/test/app";
import { testDatabases } from "@/test/databases";

const provinces = demoMarkets.flatMap((m) => m.regions);

describe.each(testDatabases())("catalog.regionTree on $name", (target) => {
  let app: TestApp;
  const api = (locale: Locale = "en") => app.anonymous(locale);

  beforeAll(async () => {
    app = await createTestApp(target);
  });
  afterAll(async () => {
    await app?.close();
  });

  it("lists provinces → counties → villages in seed order, with their ids", async () => {
    const tree = await api().catalog.regionTree({ locale: "en" });
    expect(tree.map((p) => p.slug)).toEqual(provinces.map((p) => p.slug));
    for (const [i, province] of tree.entries()) {
      const seed = provinces[i]!;
      expect(province.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(["IR", "CN", "VN"]).toContain(province.marketCode);
      expect(province.counties.map((c) => c.name.text)).toEqual(seed.children?.map((c) => c.name.en) ?? []);
      for (const [j, county] of province.counties.entries()) {
        const seedCounty = seed.children?.[j];
        expect(county.villages.map((v) => v.name.text)).toEqual(seedCounty?.children?.map((v) => v.name.en) ?? []);
      }
    }
    const villageIds = tree.flatMap((p) => p.counties.flatMap((c) => c.villages.map((v) => v.id)));
    expect(new Set(villageIds).size).toBe(villageIds.length);
    expect(villageIds.length).toBeGreaterThan(0);
  });

  it("names every region in the requested language", async () => {
    for (const locale of locales) {
      const tree = await api(locale).catalog.regionTree({ locale });
      const first = tree[0]!;
      const seed = provinces[0]!;
      expect(first.name).toEqual({ text: seed.name[locale], locale });
      const village = first.counties[0]?.villages[0];
      expect(village?.name).toEqual({ text: seed.children?.[0]?.children?.[0]?.name[locale], locale });
    }
  });

  it("a village id from the tree is accepted by a shop application", async () => {
    const village = (await api().catalog.regionTree({ locale: "fa" }))[0]!.counties[0]!.villages[0]!;
    const cookie = await app.signIn("+989151234999");
    const { api: signedIn } = await app.caller({ cookie, locale: "fa" });
    const shop = await signedIn.seller.applyForShop({
      name: "باغ زعفران",
      locale: "fa",
      villageId: village.id,
      phone: "09151234999",
      story: "",
      payoutMethod: "post_office",
      payoutAccount: "1234567890",
    });
    expect(shop.slug).toBeTruthy();
  });

  it("rejects an unsupported locale and extra fields", async () => {
    for (const input of [{ locale: "de" }, { locale: "en", evil: 1 }, undefined]) {
      const error = await api()
        .catalog.regionTree(input as { locale: Locale })
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe("BAD_REQUEST");
    }
  });
});
