import { describe, expect, it } from "vitest";
import { pinyinForms, searchForm, searchKeys } from "./search-keys";

describe("searchForm", () => {
  it("folds Vietnamese marks and đ", () => {
    expect(searchForm("Gạo thơm ST25 Đồng Tháp")).toBe("gao thom st25 dong thap");
    expect(searchForm("cà phê")).toBe("ca phe");
  });
  it("writes Arabic yeh and kaf as Persian and drops ZWNJ and kashida", () => {
    expect(searchForm("زرشك")).toBe(searchForm("زرشک"));
    expect(searchForm("چاي")).toBe(searchForm("چای"));
    expect(searchForm("می\u200cخرم")).toBe("میخرم");
    expect(searchForm("زعفـــران")).toBe("زعفران");
  });
  it("reads Persian and Arabic-Indic digits as ASCII", () => {
    expect(searchForm("۱۲۳ ٤٥")).toBe("123 45");
  });
  it("spaces Chinese characters so each is a word", () => {
    expect(searchForm("惠水米粉")).toBe("惠 水 米 粉");
    expect(searchForm("米粉 500g")).toBe("米 粉 500g");
  });
  it("removes bidi controls and NUL", () => {
    expect(searchForm("\u202Egao\u0000")).toBe("gao");
  });
});

describe("pinyin", () => {
  it("gives toneless syllables and the joined word", () => {
    expect(pinyinForms("米粉")).toBe("mi fen mifen");
    expect(pinyinForms("rice")).toBe("");
  });
  it("keeps the pinyin of a Chinese name apart", () => {
    expect(searchKeys({ name: "惠水米粉" })).toMatchObject({ searchName: "惠 水 米 粉", searchPinyin: "hui shui mi fen huishui shuimi mifen" });
    expect(searchKeys({ name: "Rice noodles", summary: "Thin", description: "Dried" })).toEqual({
      searchName: "rice noodles",
      searchPinyin: "",
      searchText: "thin dried",
    });
  });
});
