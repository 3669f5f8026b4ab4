import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { s10Ranges } from "@/db/schema";
import { seededDatabase, testDatabases } from "@/test/databases";
import { AppError } from "../errors";
import { allocateTrackingNumber, rangeReport } from "./allocate-s10";
import { parseS10 } from "./s10";

describe.each(testDatabases())("S10 allocation on $name", (target) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await seededDatabase(target);
    await handle.db.delete(s10Ranges).where(eq(s10Ranges.marketCode, "CN"));
    await handle.db.insert(s10Ranges).values([
      { marketCode: "CN", service: "parcel", prefix: "CP", country: "CN", firstSerial: 10_000_000, lastSerial: 10_000_599, nextSerial: 10_000_000, warnBelow: 100 },
      { marketCode: "CN", service: "parcel", prefix: "CP", country: "CN", firstSerial: 20_000_000, lastSerial: 20_000_499, nextSerial: 20_000_000, warnBelow: 100 },
      { marketCode: "CN", service: "express", prefix: "EE", country: "CN", firstSerial: 1, lastSerial: 2, nextSerial: 1, warnBelow: 5 },
    ]);
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("1,000 numbers allocated at once are all valid and all different, across two ranges", async () => {
    const numbers = await Promise.all(Array.from({ length: 1000 }, () => allocateTrackingNumber(handle.db, "CN", "parcel")));
    const ids = numbers.map((n) => n.trackingNumber);
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids) expect(parseS10(id)).toMatchObject({ service: "CP", country: "CN" });
    expect(ids.filter((id) => id.startsWith("CP1")).length).toBe(600);
    const report = await rangeReport(handle.db);
    // the two ranges add up: 100 left is not below the mark of the range in use (100)
    expect(report.find((r) => r.marketCode === "CN" && r.service === "parcel")).toMatchObject({ remaining: 100, ranges: 2, low: false, prefixes: ["CP"] });
  });

  it("warns before a range runs out and refuses clearly once every range is used up", async () => {
    const first = await allocateTrackingNumber(handle.db, "CN", "express");
    expect(first).toMatchObject({ remaining: 1, low: true });
    await allocateTrackingNumber(handle.db, "CN", "express");
    const error = await allocateTrackingNumber(handle.db, "CN", "express").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).messageKey).toBe("trackingNumbersExhausted");
    expect((await rangeReport(handle.db)).find((r) => r.marketCode === "CN" && r.service === "express")).toMatchObject({ remaining: 0, low: true });
  });
});
