import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { productTranslations } from "@/db/schema";
import { createTestApp, type TestApp } from "@/test/app";
import { fillSearchKeys } from "./fill-search-keys";
import { testDatabases } from "@/test/databases";

const slugs = (result: { items: { slug: string }[] }) => result.items.map((card) => card.slug);

describe.each(testDatabases())("search on $name", (target) => {
  let app: TestApp;
  const search = (input: Parameters<ReturnType<TestApp["anonymous"]>["catalog"]["search"]>[0]) =>
    app.anonymous(input.locale).catalog.search(input);

  beforeAll(async () => {
    app = await createTestApp(target);
  });
  afterAll(async () => {
    await app?.close();
  });

  it("finds Vietnamese typed without marks as with them", async () => {
    const plain = await search({ locale: "vi", q: "gao", market: "VN" });
    const marked = await search({ locale: "vi", q: "gạo", market: "VN" });
    expect(plain.total).toBeGreaterThanOrEqual(4);
    expect(slugs(plain)).toEqual(slugs(marked));
    expect(slugs(plain)).toContain("gao-st25-my-le");
    const coffee = await search({ locale: "vi", q: "ca phe", market: "VN" });
    expect(slugs(coffee)).toContain("ca-phe-robusta-di-linh");
  });

  it("finds Persian typed with Arabic letters", async () => {
    const arabic = await search({ locale: "fa", q: "زرشك", market: "IR" });
    expect(slugs(arabic)).toEqual(expect.arrayContaining(["afin-anari-barberry", "afin-seedless-pofaki-barberry"]));
    const tea = await search({ locale: "fa", q: "چاي", market: "IR" });
    expect(slugs(tea)).toContain("lahijan-black-tea");
  });

  it("forgives a typo, another language's word and pinyin", async () => {
    expect(slugs(await search({ locale: "en", q: "safron" }))).toContain("qaenat-sargol-saffron");
    const vi = await search({ locale: "vi", q: "saffron", market: "IR" });
    expect(slugs(vi)).toContain("qaenat-negin-saffron");
    const zh = await search({ locale: "zh", q: "mifen", market: "CN" });
    expect(slugs(zh)).toContain("huishui-dried-thin-rice-noodles");
    const han = await search({ locale: "zh", q: "米粉", market: "CN" });
    expect(slugs(han)).toContain("huishui-dried-thick-rice-noodles");
  });

  it("keeps to the shopper's market", async () => {
    const all = await search({ locale: "en", q: "rice" });
    const vn = await search({ locale: "en", q: "rice", market: "VN" });
    expect(new Set(all.items.map((c) => c.marketCode)).size).toBeGreaterThan(1);
    expect(vn.items.length).toBeGreaterThan(0);
    expect(vn.items.every((c) => c.marketCode === "VN" && c.price.currency === "VND")).toBe(true);
  });

  it("ranks a match in the shopper's language first", async () => {
    // "tra" is Vietnamese for tea: on /vi the Vietnamese names come before any other language's
    const result = await search({ locale: "vi", q: "trà", market: "VN" });
    expect(result.items[0]?.name.text.toLowerCase()).toContain("trà");
  });

  it("filters by certification, category, province, price and stock, with counts", async () => {
    const base = await search({ locale: "vi", q: "gao", market: "VN" });
    expect(base.facets.certifications).toContainEqual({ kind: "gi", count: 1 });
    const gi = await search({ locale: "vi", q: "gao", market: "VN", certification: "gi" });
    expect(slugs(gi)).toEqual(["gao-nang-thom-cho-dao"]);
    const riceCount = base.facets.categories.reduce((sum, c) => sum + c.count, 0);
    expect(riceCount).toBe(base.total);
    expect(base.facets.categories.map((c) => c.slug)).toContain("rice");
    const rice = await search({ locale: "vi", q: "gao", market: "VN", category: "rice" });
    expect(rice.total).toBeGreaterThan(0);
    expect(base.facets.inStock).toBeGreaterThan(0);
    const provinceTotal = base.facets.regions.reduce((sum, r) => sum + r.count, 0);
    expect(provinceTotal).toBe(base.total);
    const province = base.facets.regions[0]!;
    const inProvince = await search({ locale: "vi", q: "gao", market: "VN", region: province.slug });
    expect(inProvince.total).toBe(province.count);

    const byPrice = await search({ locale: "vi", q: "gao", market: "VN", sort: "price" });
    const prices = byPrice.items.map((c) => c.price.minMinor);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const cheapest = prices[0] ?? 0;
    const capped = await search({ locale: "vi", q: "gao", market: "VN", priceMax: cheapest });
    expect(capped.items.every((c) => c.price.minMinor <= cheapest)).toBe(true);
    expect(capped.total).toBeLessThan(base.total);
    const unknown = await search({ locale: "vi", q: "gao", market: "VN", category: "no-such-thing" });
    expect(unknown.total).toBe(0);
  });

  it("fills the search columns of translations saved before they existed", async () => {
    const db = app.handle.db;
    await db.update(productTranslations).set({ searchName: "", searchPinyin: "", searchText: "" }).where(eq(productTranslations.locale, "zh"));
    expect(slugs(await search({ locale: "zh", q: "米粉", market: "CN" }))).toEqual([]);
    expect(await fillSearchKeys(db)).toBeGreaterThan(50);
    expect(slugs(await search({ locale: "zh", q: "米粉", market: "CN" }))).toContain("huishui-dried-thin-rice-noodles");
    expect(await fillSearchKeys(db)).toBe(0);
  });

  it("rejects what is not a query with a 400", async () => {
    for (const q of ["", "\u0000\u202e", "x".repeat(101)]) {
      const error = await search({ locale: "en", q }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe("BAD_REQUEST");
    }
    await expect(search({ locale: "en", q: "gao", market: "vn" })).rejects.toThrow();
  });

  it("answers a query of only invisible marks with nothing rather than everything", async () => {
    const result = await search({ locale: "fa", q: "\u200c\u0640 x" });
    expect(result.total).toBeGreaterThanOrEqual(0);
    const kashida = await search({ locale: "fa", q: "\u0640\u0640\u0640" });
    expect(kashida.total).toBe(0);
  });
});
