import { describe, expect, it } from "vitest";
import { searchKey, searchOfKey } from "./search-address";

const key = (query: string) => searchKey(new URLSearchParams(query));

describe("searchKey", () => {
  it("reads back the search's parameters", () => {
    const k = key("q=green%20tea&category=tea&region=gilan&certification=organic&min=1.5&max=20&stock=1&sort=price&page=3");
    expect(k).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(searchOfKey(k!)).toEqual({
      q: "green tea",
      category: "tea",
      region: "gilan",
      certification: "organic",
      min: "1.5",
      max: "20",
      stock: "1",
      sort: "price",
      page: "3",
    });
  });

  it("keeps any language and any character of the query", () => {
    for (const q of ["زعفران سرگل", "龙井 茶", "chè Thái Nguyên", "a/b?c&d=e%f#g", "100% + _x_"]) {
      expect(searchOfKey(key(new URLSearchParams({ q }).toString())!)).toEqual({ q });
    }
  });

  it("is one key for the same search written in another order or with defaults spelled out", () => {
    const plain = key("q=tea&sort=price");
    expect(key("sort=price&q=%20tea%20")).toBe(plain);
    expect(key("q=tea&sort=price&page=1&stock=0&min=&utm_source=x")).toBe(plain);
    expect(key("q=tea&sort=relevance")).toBe(key("q=tea"));
    expect(key("q=tea&page=007")).toBe(key("q=tea&page=7"));
  });

  it("tells apart searches the page shows differently", () => {
    const keys = ["q=tea", "q=Tea", "q=tea&page=2", "q=tea&sort=newest", "q=tea&stock=1", "q=tea&min=1", "q=tea&category=tea", "q=tea&region=gilan"].map(key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("is none without a query: the page only asks for one", () => {
    expect(key("")).toBeNull();
    expect(key("q=%20%20&category=tea")).toBeNull();
  });

  it("keeps a query one character past the longest the box accepts, so it still reads as too long", () => {
    const long = "x".repeat(5000);
    expect(searchOfKey(key(`q=${long}`)!).q).toBe("x".repeat(101));
    expect(searchOfKey(key(`q=tea&min=${"9".repeat(40)}`)!).min).toBe("9".repeat(20));
  });

  it("leaves a page number that is no page number as the first page", () => {
    expect(key("q=tea&page=abc")).toBe(key("q=tea"));
    expect(key("q=tea&page=0")).toBe(key("q=tea"));
    expect(key("q=tea&page=1000")).toBe(key("q=tea"));
  });
});

describe("searchOfKey", () => {
  it("reads a segment that is no key as no search", () => {
    expect(searchOfKey("not base64!")).toEqual({});
    expect(searchOfKey("%7E")).toEqual({});
  });
});
