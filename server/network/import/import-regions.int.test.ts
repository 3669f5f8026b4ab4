import { readFile } from "node:fs/promises";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { networkAudit, regions, routeSchedules } from "@/db/schema";
import { seededDatabase, testDatabases } from "@/test/databases";
import { reasonText } from "./reasons";
import { importRegions } from "./import-regions";

const sample = (name: string) => readFile(path.resolve(import.meta.dirname, "../../../docs/network", name));
const HEADER = "market,level,code,parent_code,postal_code,lat,lng,route_days,name_local,name_en,name_fa,name_zh,name_vi,valid_from";
const csv = (...lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join("\n"));

describe.each(testDatabases())("network import on $name", (target) => {
  let handle: DbHandle;
  const run = (bytes: Uint8Array, fileName = "test.csv") => importRegions(handle.db, bytes, { actorId: null, fileName });
  const region = async (code: string) => (await handle.db.select().from(regions).where(eq(regions.code, code)))[0];

  beforeAll(async () => {
    handle = await seededDatabase(target);
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("imports Vietnam's two-level map: the merged province replaces the old one and its districts close", async () => {
    const first = await run(await sample("vn-2025-two-level.csv"));
    expect(first).toMatchObject({ rows: 10, inserted: 10, rejected: 0, errors: [] });
    const tayNinh = await region("VN-72");
    const longAn = await region("vn-long-an");
    expect(tayNinh).toMatchObject({ level: "province", parentId: null, postalCode: "80", validFrom: "2025-07-01", validTo: null });
    expect(tayNinh?.name).toEqual({ vi: "Tây Ninh", en: "Tay Ninh", fa: "تای نین", zh: "西宁省" });
    expect(longAn).toMatchObject({ validTo: "2025-07-01", replacedById: tayNinh?.id });
    // a district of Long An no longer exists, though nothing replaces it
    expect(await region("vn-la-chau-thanh")).toMatchObject({ validTo: "2025-07-01", replacedById: null });
    const tamVu = await region("VN-72-TAM-VU");
    expect(tamVu).toMatchObject({ level: "commune", parentId: tayNinh?.id });
    expect(await region("vn-la-chau-thanh-hoa-phu")).toMatchObject({ replacedById: tamVu?.id });
    const [schedule] = await handle.db.select().from(routeSchedules).where(eq(routeSchedules.regionId, tamVu!.id));
    expect(schedule?.weekdays).toEqual([1, 3, 5]);
    const audit = await handle.db.select().from(networkAudit).where(eq(networkAudit.action, "regions.import"));
    expect(audit.at(-1)?.detail).toMatchObject({ inserted: 10 });
  });

  it("changes nothing when the same file comes twice, with or without BOM", async () => {
    const bytes = await sample("vn-2025-two-level.csv");
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    const before = await handle.db.select({ n: sql<number>`count(*)::int` }).from(networkAudit);
    expect(await run(withBom)).toMatchObject({ rows: 10, inserted: 0, updated: 0, rejected: 0 });
    expect(await run(bytes)).toMatchObject({ inserted: 0, updated: 0 });
    const after = await handle.db.select({ n: sql<number>`count(*)::int` }).from(networkAudit);
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it("refuses a file with three bad rows whole, naming each line and why", async () => {
    const count = async () => (await handle.db.select({ n: sql<number>`count(*)::int` }).from(regions))[0]?.n;
    const before = await count();
    const result = await run(await sample("vn-bad-rows.csv"));
    expect(result).toMatchObject({ rows: 5, inserted: 0, updated: 0, rejected: 3 });
    expect(result.errors.map((e) => [e.line, e.reason])).toEqual([
      [3, "badLevel"],
      [4, "badRouteDays"],
      [5, "missingParent"],
    ]);
    expect(reasonText("en", result.errors[0]!)).toBe("The level must be one of: province, commune.");
    expect(reasonText("fa", result.errors[2]!)).toContain("VN-99");
    expect(await count()).toBe(before);
    expect(await region("VN-92")).toBeUndefined();
  });

  it("takes four-level Chinese and three-level Iranian files under regions already on the map, and XLSX", async () => {
    expect(await run(await sample("cn-qiannan-townships.csv"))).toMatchObject({ inserted: 5, rejected: 0 });
    const town = await region("CN-HUISHUI-HAOHUA");
    expect((await region("CN-HUISHUI-HAOHUA-BAIJIN"))?.parentId).toBe(town?.id);
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("regions");
    for (const line of (await sample("ir-south-khorasan-villages.csv")).toString("utf8").trim().split("\n")) sheet.addRow(line.split(","));
    const xlsx = new Uint8Array(await book.xlsx.writeBuffer());
    expect(await run(xlsx, "ir.xlsx")).toMatchObject({ rows: 4, inserted: 4, rejected: 0 });
    expect((await region("IR-SK-SARBISHEH-MUD"))?.name).toMatchObject({ fa: "مود", en: "Mud" });
  });

  it("cleans odd input and refuses what cleaning cannot save", async () => {
    const result = await run(
      csv(
        "IR,village,IR-ODD-1,ir-sk-birjand,۹۷۱۹۱۱۳۴۶۲,32.8,59.2,sat,\u202Eروستا\u0000ي,,,,,",
        `IR,village,IR-ODD-2,ir-sk-birjand,,,,,${"ب".repeat(500)},,,,,`,
        "IR,village,IR-ODD-3,ir-sk-birjand,123,,,,کوه,,,,,",
        "IR,village,IR-ODD-4,ir-sk-birjand,,95,0,,کوه,,,,,",
        "IR,village,IR-ODD-5,ir-sk-birjand,,,,,,Only English,,,,",
        "IR,village,IR-ODD-6,ir-sk-birjand,,,,,کوه,,,,,2025-02-30",
        "IR,village,,ir-sk-birjand,,,,,کوه,,,,,",
        "IR,village,IR-ODD-1,ir-sk-birjand,,,,,کوه,,,,,",
        "IR,village,IR-ODD-9,ir-sk-birjand",
      ),
    );
    expect(result.errors.map((e) => e.reason)).toEqual([
      "nameTooLong",
      "badPostalCode",
      "badCoordinates",
      "missingLocalName",
      "badDate",
      "badCode",
      "duplicateCode",
      "columnCount",
    ]);
    const clean = await run(csv("IR,village,IR-ODD-1,ir-sk-birjand,۹۷۱۹۱۱۳۴۶۲,32.8,59.2,sat,\u202Eروستا\u0000ي,,,,,"));
    expect(clean).toMatchObject({ inserted: 1, rejected: 0 });
    expect(await region("IR-ODD-1")).toMatchObject({ postalCode: "9719113462", name: { fa: "روستای" } });
  });

  it("refuses a file whose header is not the network columns", async () => {
    await expect(run(new TextEncoder().encode("a,b,c\n1,2,3"))).rejects.toMatchObject({ messageKey: "networkFileHeader" });
    await expect(run(new Uint8Array([0xff, 0xfe, 0x00]))).rejects.toMatchObject({ messageKey: "networkFileNotUtf8" });
    const [left] = await handle.db.select().from(regions).where(and(eq(regions.marketCode, "IR"), eq(regions.code, "a")));
    expect(left).toBeUndefined();
  });
});
