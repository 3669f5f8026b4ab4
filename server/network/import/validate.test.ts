import { describe, expect, it } from "vitest";
import type { RawRow } from "./parse";
import { parseRouteDays, regionSlug, validateRegionRows, type MarketRules } from "./validate";

const VN: MarketRules = { code: "VN", defaultLocale: "vi", regionLevels: ["province", "commune"], postalCodePattern: "^\\d{5}(\\d)?$" };
const markets = new Map([["VN", VN]]);
const row = (line: number, cells: RawRow["cells"]): RawRow => ({ line, cells, columnCount: 14 });

describe("route days", () => {
  it("reads weekday names in any case and order, once each", () => {
    expect(parseRouteDays("mon;wed;fri")).toEqual([1, 3, 5]);
    expect(parseRouteDays("Sat;SUN;sat")).toEqual([0, 6]);
    expect(parseRouteDays("monday, thursday")).toEqual([1, 4]);
    expect(parseRouteDays("mon;holiday")).toBeNull();
    expect(parseRouteDays("moonday")).toBeNull();
  });
});

describe("region rows", () => {
  it("keeps empty names empty wherever they stand, and the local name required", () => {
    const { rows, errors } = validateRegionRows(
      [
        row(2, { market: "VN", level: "province", code: "P1", name_local: "Tây Ninh", name_en: "", name_vi: "" }),
        row(3, { market: "vn", level: "commune", code: "C1", parent_code: "P1", name_local: "", name_en: "Only English" }),
        row(4, { market: "VN", level: "commune", code: "C2", parent_code: "P1", name_local: "\u202ETầm Vu\u0000", name_fa: "تام وو" }),
      ],
      14,
      markets,
      new Map(),
      new Map(),
    );
    expect(errors).toEqual([{ line: 3, reason: "missingLocalName", params: { locale: "vi" } }]);
    expect(rows.map((r) => r.name)).toEqual([{ vi: "Tây Ninh" }, { vi: "Tầm Vu", fa: "تام وو" }]);
    expect(rows[1]).toMatchObject({ depth: 1, parentCode: "P1", slug: "vn-c2" });
  });

  it("makes URL-safe addresses from codes", () => {
    expect(regionSlug("VN", "VN-72.TAM_VU")).toBe("vn-vn-72-tam-vu");
  });
});
