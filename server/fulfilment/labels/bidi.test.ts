import { describe, expect, it } from "vitest";
import { hasRtlLetter, isolateLtr, visualRuns, visualString } from "./bidi";
import { layoutLine } from "./text";

const reversed = (text: string) => Array.from(text).reverse().join("");

describe("visual order of label lines", () => {
  it("keeps an embedded Latin word and a Persian digit left to right inside Persian text", () => {
    const runs = visualRuns("کوچه ۳، روبروی مدرسه (Sample 12B)", "rtl");
    expect(runs).toEqual([
      { rtl: true, text: "(" }, // the closing bracket, mirrored
      { rtl: false, text: "Sample 12B" },
      { rtl: true, text: "، روبروی مدرسه )" }, // the opening bracket, mirrored
      { rtl: false, text: "۳" },
      { rtl: true, text: "کوچه " },
    ]);
    expect(visualString("کوچه ۳، روبروی مدرسه (Sample 12B)", "rtl")).toBe(`(Sample 12B${reversed("، روبروی مدرسه )")}۳${reversed("کوچه ")}`);
  });

  it("keeps an isolated phone number in one piece after the Persian word", () => {
    const line = `تلفن: ${isolateLtr("+98 912 000 0001")}`;
    expect(visualRuns(line, "rtl")).toEqual([
      { rtl: false, text: "+98 912 000 0001" },
      { rtl: true, text: "تلفن: " },
    ]);
  });

  it("would scatter the digit groups of a phone number that is not isolated", () => {
    const runs = visualRuns("تلفن: +98 912 000 0001", "rtl");
    expect(runs.filter((run) => !run.rtl).map((run) => run.text)).toEqual(["0001", "000", "912", "98"]);
  });

  it("leaves pure Latin text as it is in a right-to-left label", () => {
    expect(visualRuns("Sample Street 12", "rtl")).toEqual([{ rtl: false, text: "Sample Street 12" }]);
    expect(visualString("Reza Karimi", "rtl")).toBe("Reza Karimi");
  });

  it("mirrors brackets in right-to-left text", () => {
    // logical "(بالا)": drawn right to left, the characters are swapped so they still open and close the word
    expect(visualRuns("روستای (بالا)", "rtl")).toEqual([{ rtl: true, text: "روستای )بالا(" }]);
    expect(visualString("روستای (بالا)", "rtl")).toBe("(الاب) یاتسور");
  });

  it("keeps Persian amounts and dates with their digits in reading order", () => {
    expect(visualRuns("۱۲۳٬۴۵۶ تومان", "rtl")).toEqual([
      { rtl: true, text: " تومان" },
      { rtl: false, text: "۱۲۳٬۴۵۶" },
    ]);
    expect(visualString("وزن: ۲٫۵ کیلوگرم", "rtl")).toBe(`${reversed(" کیلوگرم")}۲٫۵${reversed("وزن: ")}`);
  });

  it("reverses a Persian name inside a left-to-right label", () => {
    expect(visualRuns("From: زعفران قائنات (Saffron Co.)", "ltr")).toEqual([
      { rtl: false, text: "From: " },
      { rtl: true, text: "زعفران قائنات" },
      { rtl: false, text: " (Saffron Co.)" },
    ]);
  });

  it("passes Chinese and Vietnamese through as one run", () => {
    expect(visualRuns("朝阳区建国路88号 (Tower B)", "ltr")).toEqual([{ rtl: false, text: "朝阳区建国路88号 (Tower B)" }]);
    expect(visualRuns("Nguyễn Thị Hằng", "ltr")).toEqual([{ rtl: false, text: "Nguyễn Thị Hằng" }]);
  });

  it("tells right-to-left letters from Persian digits", () => {
    expect(hasRtlLetter("سلام")).toBe(true);
    expect(hasRtlLetter("۱۲۳")).toBe(false);
    expect(hasRtlLetter("(Sample)")).toBe(false);
  });
});

describe("laid-out lines", () => {
  it("puts each run in the font that has its letters, in visual order", () => {
    const line = layoutLine("کوچه ۳، روبروی مدرسه (Sample 12B)", { direction: "rtl", family: "vazirmatn" });
    expect(line.pieces.map((piece) => piece.face.name)).toEqual(Array(line.pieces.length).fill("vazirmatn-regular"));
    expect(line.pieces.map((piece) => piece.text)).toEqual(["(", "Sample 12B", "، روبروی مدرسه )", "۳", "کوچه "]);
    expect(line.width).toBeGreaterThan(0);
  });

  it("sets Chinese and Vietnamese in Noto Sans SC and Persian in Vazirmatn on the same line", () => {
    const zh = layoutLine("收件人: 王秀英", { direction: "ltr", family: "notoSansSc" });
    expect(new Set(zh.pieces.map((piece) => piece.face.family))).toEqual(new Set(["notoSansSc"]));
    const vi = layoutLine("Người nhận: Đặng Hữu Lộc ằ ẩ ẫ ệ ộ ờ ữ ỹ", { direction: "ltr", family: "vazirmatn" });
    // Vazirmatn lacks most precomposed Vietnamese letters: the whole stretch goes to Noto Sans SC
    expect(vi.pieces.map((piece) => piece.face.family)).toEqual(["notoSansSc"]);
    const mixed = layoutLine("From: زعفران قائنات", { direction: "ltr", family: "notoSansSc" });
    expect(mixed.pieces.map((piece) => [piece.text, piece.face.family])).toEqual([
      ["From: ", "notoSansSc"],
      ["زعفران قائنات", "vazirmatn"],
    ]);
  });
});
