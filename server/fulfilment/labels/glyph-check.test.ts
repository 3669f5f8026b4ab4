import { describe, expect, it } from "vitest";
import { labelCharacters } from "./glyph-check";
import { sampleLabel } from "./samples";

describe("characters a label's fonts lack", () => {
  it("finds none in ordinary Persian, Chinese and Vietnamese labels", () => {
    for (const i of [0, 1, 2, 3, 4, 5]) {
      const { recipient, sender } = sampleLabel(i);
      expect(labelCharacters([recipient.name, ...recipient.addressLines, sender.name, sender.village]), `label ${i}`).toBeNull();
    }
    expect(labelCharacters(["Đặng Thị Ằ Ẩ Ẫ Ệ Ộ Ờ Ữ Ỹ đ", "欧阳娜娜", "علی‌رضا محمدی", "کوچه ۳، (Sample 12B)"])).toBeNull();
  });

  it("names a rare Chinese character printed in the fallback font, and one no font has, once each", () => {
    expect(labelCharacters(["王𡈽𠀀", "和平镇𡈽村", null, undefined])).toEqual({ fallback: ["𡈽"], missing: ["𠀀"] });
  });

  it("ignores what the label removes before printing (bidi controls, joiners, spacing)", () => {
    expect(labelCharacters(["Ali\u202etxt.exe", "علی\u200cرضا", "  \t王  "])).toBeNull();
  });
});
