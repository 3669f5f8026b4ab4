import { readFile } from "node:fs/promises";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { markets, networkAudit, regions, servicePoints, servicePointVillages } from "@/db/schema";
import { seededDatabase, testDatabases } from "@/test/databases";
import { listServicePoints } from "../../checkout/service-points";
import { AppError } from "../../errors";
import { addDays, dayIn } from "../calendar-days";
import { listPointsAdmin, savePoint } from "../points-admin";
import { importServicePoints, POINT_COLUMNS } from "./points";
import { reasonText } from "./reasons";

const sample = (name: string) => readFile(path.resolve(import.meta.dirname, "../../../docs/network", name));
const SAMPLE_CODES = ["IR-SK-KHARASHAD-AG", "IR-SK-KUCH-CP", "IR-SK-ZIRKUH-RC", "IR-SK-ESFEDEN-DS"];

describe.each(testDatabases())("service point import on $name", (target) => {
  let handle: DbHandle;
  const run = async (bytes: Uint8Array, fileName = "points.csv") => importServicePoints(handle.db, bytes, { actorId: null, fileName });
  const point = async (code: string) => (await handle.db.select().from(servicePoints).where(eq(servicePoints.code, code)))[0];
  const served = async (code: string) =>
    (
      await handle.db
        .select({ code: regions.code })
        .from(servicePointVillages)
        .innerJoin(servicePoints, eq(servicePoints.id, servicePointVillages.servicePointId))
        .innerJoin(regions, eq(regions.id, servicePointVillages.regionId))
        .where(eq(servicePoints.code, code))
    )
      .map((r) => r.code)
      .sort();

  beforeAll(async () => {
    handle = await seededDatabase(target);
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("a file with three bad rows imports nothing and names those rows, in the reader's language", async () => {
    const result = await run(await sample("points-bad-rows.csv"));
    expect(result).toMatchObject({ rows: 4, inserted: 0, updated: 0, rejected: 3 });
    expect(result.errors.map((e) => [e.line, e.reason, e.column])).toEqual([
      [3, "badPointType", "type"],
      [4, "badHours", "hours"],
      [5, "unknownVillage", "villages"],
    ]);
    expect(reasonText("vi", result.errors[2]!)).toBe("Xã/làng ir-sk-no-such-village không có trên bản đồ của thị trường này.");
    // the good row on line 2 was not written either
    expect(await handle.db.$count(servicePoints, inArray(servicePoints.code, SAMPLE_CODES))).toBe(0);
  });

  it("imports the sample: types, hours as data and as text in four languages, days closed, cash, villages served; the same file twice changes nothing", async () => {
    const first = await run(await sample("ir-south-khorasan-points.csv"));
    expect(first).toMatchObject({ rows: 4, inserted: 4, updated: 0, rejected: 0, errors: [] });
    const agency = await point("IR-SK-KHARASHAD-AG");
    expect(agency).toMatchObject({ type: "village_agency", acceptsCashOnDelivery: true, postalCode: "9716153111", lat: 32.8381, lng: 59.1602 });
    expect(agency?.openingHours).toEqual({ "6": ["08:00-13:00", "16:00-18:00"], "0": ["08:00-13:00", "16:00-18:00"], "1": ["08:00-13:00", "16:00-18:00"], "2": ["08:00-13:00", "16:00-18:00"], "3": ["08:00-13:00", "16:00-18:00"], "4": ["08:00-12:00"] });
    expect(agency?.hours.en).toBe("Sat–Wed 08:00–13:00, 16:00–18:00; Thu 08:00–12:00");
    expect(Object.keys(agency?.hours ?? {}).sort()).toEqual(["en", "fa", "vi", "zh"]);
    expect(agency?.closedDays).toEqual(["2027-03-20", "2027-03-21", "2027-03-22", "2027-03-23"]);
    expect(agency?.name).toMatchObject({ fa: "نمایندگی پست روستای خراشاد", en: "Kharashad village postal agency" });
    expect(await served("IR-SK-KHARASHAD-AG")).toEqual(["ir-sk-birjand-kharashad", "ir-sk-birjand-kuch"]);
    expect((await point("IR-SK-KUCH-CP"))?.acceptsCashOnDelivery).toBe(false);
    expect((await point("IR-SK-ZIRKUH-RC"))?.type).toBe("service_counter");
    expect((await point("IR-SK-ESFEDEN-DS"))?.type).toBe("village_station");

    const second = await run(await sample("ir-south-khorasan-points.csv"));
    expect(second).toMatchObject({ rows: 4, inserted: 0, updated: 0, rejected: 0 });
    const audits = await handle.db.select().from(networkAudit).where(eq(networkAudit.action, "points.import"));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.detail).toMatchObject({ rows: 4, inserted: 4, updated: 0 });

    // a changed cell and a changed list of villages are updates of those points only
    const text = (await sample("ir-south-khorasan-points.csv")).toString("utf8");
    const changed = text.replace("sat-thu 09:00-12:00,,ir-sk-birjand-kuch", "sat-thu 09:00-12:00,,ir-sk-birjand-kuch;ir-sk-birjand-kharashad").replace(/(IR-SK-ESFEDEN-DS,.*?),yes,/, "$1,no,");
    expect(await run(new TextEncoder().encode(changed))).toMatchObject({ inserted: 0, updated: 2 });
    expect(await served("IR-SK-KUCH-CP")).toEqual(["ir-sk-birjand-kharashad", "ir-sk-birjand-kuch"]);
    expect((await point("IR-SK-ESFEDEN-DS"))?.acceptsCashOnDelivery).toBe(false);
  });

  it("the admin form is checked as a row is: a refused field is named, in the admin's language; a good one is saved and audited", async () => {
    const [form] = (await listPointsAdmin(handle.db, "IR", "en")).filter((p) => p.code === "IR-SK-KHARASHAD-AG").map((p) => p.form);
    expect(form).toMatchObject({ hours: "sat-wed 08:00-13:00,16:00-18:00; thu 08:00-12:00", villages: "ir-sk-birjand-kharashad;ir-sk-birjand-kuch", name_local: "نمایندگی پست روستای خراشاد", takes_cash: true });
    expect(Object.keys(form!).sort()).toEqual([...POINT_COLUMNS].sort());
    const admin = { id: null as unknown as string };
    const error = await savePoint(handle.db, admin, { ...form!, hours: "every day" }, "fa").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ messageKey: "servicePointRow", field: "hours" });
    expect((error as AppError).params.reason).toMatch(/^ساعت کار باید/);

    // a holiday of the point's own tomorrow: checkout shows it next to the point
    const [market] = await handle.db.select({ timeZone: markets.timeZone }).from(markets).where(eq(markets.code, "IR"));
    const tomorrow = addDays(dayIn(market!.timeZone), 1);
    expect(await savePoint(handle.db, admin, { ...form!, closed_days: `${tomorrow};2030-01-01` }, "en")).toMatchObject({ changed: true });
    expect(await savePoint(handle.db, admin, { ...form!, closed_days: `${tomorrow};2030-01-01` }, "en")).toMatchObject({ changed: false });
    expect(await handle.db.$count(networkAudit, eq(networkAudit.action, "points.save"))).toBe(1);
    const choice = (await listServicePoints(handle.db, "IR", "en")).find((p) => p.postalCode === "9716153111");
    expect(choice).toMatchObject({ closedOn: [tomorrow], acceptsCashOnDelivery: true, hours: "Sat–Wed 08:00–13:00, 16:00–18:00; Thu 08:00–12:00" });
  });
});
