import { describe, expect, it } from "vitest";
import { asciiDigits, cleanText, codeText, foldForSearch, hasUnwanted, stripUnwanted } from "./text";
import { code, text } from "./text-schema";

describe("cleanText", () => {
  it("removes NUL, other controls, lone surrogates and bidi overrides, and trims", () => {
    expect(cleanText("  A\u0000li\u202Etxt.exe\u2066 ")).toBe("Alitxt.exe");
    expect(cleanText("a\uD800b\uDC00c")).toBe("abc");
    expect(cleanText("😀 ok")).toBe("😀 ok");
    expect(hasUnwanted("x\u202Ey")).toBe(true);
    expect(hasUnwanted("ساده")).toBe(false);
  });
  it("composes to NFC and writes Arabic yeh and kaf as Persian letters", () => {
    expect(cleanText("Cafe\u0301")).toBe("Café");
    expect(cleanText("زرشك علي")).toBe("زرشک علی");
  });
  it("folds line breaks in single-line text, keeps them in paragraphs", () => {
    expect(cleanText("a\r\nb\tc")).toBe("a b c");
    expect(cleanText("a\r\nb", { multiline: true })).toBe("a\nb");
  });
  it("keeps the zero-width non-joiner Persian words need", () => {
    expect(cleanText("می\u200cخواهم")).toBe("می\u200cخواهم");
    expect(stripUnwanted("\uFEFFabc")).toBe("abc");
  });
});

describe("codes and digits", () => {
  it("turns Persian and Arabic-Indic digits into ASCII", () => {
    expect(asciiDigits("۹۷۱۶۸-۱۳۴۵۶ ٠١٢")).toBe("97168-13456 012");
    expect(codeText(" ٩٧١٦٨\u202E۱۳۴۵۶ ")).toBe("9716813456");
  });
});

describe("foldForSearch", () => {
  it("folds Vietnamese marks, case, Arabic letters, ZWNJ, kashida and digits", () => {
    expect(foldForSearch("Gạo Thơm ĐẶC SẢN")).toBe("gao thom dac san");
    expect(foldForSearch("cà phê")).toBe("ca phe");
    expect(foldForSearch("زرشك")).toBe(foldForSearch("زرشک"));
    expect(foldForSearch("می\u200cخواهم")).toBe("میخواهم");
    expect(foldForSearch("زعـــفران")).toBe("زعفران");
    expect(foldForSearch("ＡＢＣ１２３ ۱۲")).toBe("abc123 12");
    expect(foldForSearch("都匀毛尖")).toBe("都匀毛尖");
  });
});

describe("text schema", () => {
  it("cleans, then checks the length of what is kept", () => {
    const name = text({ min: 2, max: 5 });
    expect(name.parse(" ab\u0000c ")).toBe("abc");
    expect(name.safeParse("\u202E a \u0000").success).toBe(false);
    expect(name.safeParse("abcdef").success).toBe(false);
    expect(name.safeParse("x".repeat(10_000)).success).toBe(false);
  });
  it("codes come out with ASCII digits", () => {
    expect(code({ min: 5, max: 12 }).parse("۹۷۱۶۸۱۳۴۵۶")).toBe("9716813456");
  });
});
