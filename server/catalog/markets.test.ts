import { describe, expect, it } from "vitest";
import { resolveMarket, type MarketOption } from "./markets";

const option = (code: string, defaultLocale: string): MarketOption => ({
  code,
  defaultLocale,
  currency: "XXX",
  name: { text: code, locale: "en" },
});
const markets = [option("IR", "fa"), option("CN", "zh"), option("VN", "vi")];

describe("resolveMarket", () => {
  it("takes the shopper's choice, in any case", () => {
    expect(resolveMarket(markets, "fa", "VN")?.code).toBe("VN");
    expect(resolveMarket(markets, "en", "cn")?.code).toBe("CN");
  });
  it("defaults to the market whose language the page speaks", () => {
    expect(resolveMarket(markets, "fa", null)?.code).toBe("IR");
    expect(resolveMarket(markets, "vi", undefined)?.code).toBe("VN");
  });
  it("asks in a language no market speaks, and ignores a code that is no market", () => {
    expect(resolveMarket(markets, "en", null)).toBeNull();
    expect(resolveMarket(markets, "en", "ZZ")).toBeNull();
    expect(resolveMarket(markets, "zh", "ZZ")?.code).toBe("CN");
  });
  it("asks when two markets share the language", () => {
    expect(resolveMarket([...markets, option("AF", "fa")], "fa", null)).toBeNull();
  });
});
