import { describe, expect, it } from "vitest";
import { placeText } from "./address";

describe("a place written in each language's order", () => {
  it("writes Chinese from the province down without commas", () => {
    expect(placeText(["贵州省", "惠水县", "和平镇"], "zh")).toBe("贵州省惠水县和平镇");
  });

  it("writes Persian, Vietnamese and English from the village up with the language's comma", () => {
    expect(placeText(["خراسان جنوبی", "بیرجند", "خراشاد"], "fa")).toBe("خراشاد، بیرجند، خراسان جنوبی");
    expect(placeText(["Long An", "Tân Trụ", "Nhựt Ninh"], "vi")).toBe("Nhựt Ninh, Tân Trụ, Long An");
    expect(placeText(["Guizhou", "Huishui", "Heping", " "], "en")).toBe("Heping, Huishui, Guizhou");
  });
});
