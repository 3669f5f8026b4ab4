import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate-locale";

describe("negotiateLocale", () => {
  it("prefers an explicit supported locale", () => {
    expect(negotiateLocale("fa", "zh-CN")).toBe("fa");
  });
  it("ignores an unsupported explicit locale and reads Accept-Language by q-value", () => {
    expect(negotiateLocale("de", "de-DE,vi;q=0.8,zh-CN;q=0.9")).toBe("zh");
    expect(negotiateLocale(null, "fa-IR,fa;q=0.9,en;q=0.5")).toBe("fa");
  });
  it("falls back to English", () => {
    expect(negotiateLocale(undefined, "de,fr;q=0.5")).toBe("en");
    expect(negotiateLocale(undefined, "vi;q=0")).toBe("en");
    expect(negotiateLocale(undefined, null)).toBe("en");
  });
});
