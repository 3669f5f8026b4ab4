import { describe, expect, it } from "vitest";
import { localizeDigits } from "./digits";
import { formatTime, formatTimeRange } from "./format";

describe("numbers in the reader's script", () => {
  it("writes opening hours typed with ASCII digits in Persian digits on Persian pages only", () => {
    expect(localizeDigits("Sat–Wed 07:30–14:30", "fa")).toBe("Sat–Wed ۰۷:۳۰–۱۴:۳۰");
    expect(localizeDigits("شنبه ۷:۳۰", "fa")).toBe("شنبه ۷:۳۰");
    expect(localizeDigits("07:30–14:30", "vi")).toBe("07:30–14:30");
  });
  it("formats time slots with the locale's digits", () => {
    expect(formatTimeRange("08:00-11:00", "fa")).toBe("۰۸:۰۰–۱۱:۰۰");
    expect(formatTimeRange("09:00-12:00", "en")).toBe("09:00–12:00");
    expect(formatTime("15:00", "zh")).toBe("15:00");
    expect(formatTimeRange("soon", "fa")).toBe("soon");
  });
});
