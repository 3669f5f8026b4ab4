import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { s10Ranges } from "@/db/schema";
import { seededDatabase, testDatabases } from "@/test/databases";
import { AppError } from "../errors";
import { addS10Range, listS10Ranges } from "../network/s10-admin";
import { allocateTrackingNumber, rangeReport } from "./allocate-s10";
import { parseS10 } from "./s10";

describe.each(testDatabases())("S10 allocation on $name", (target) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await seededDatabase(target);
    await handle.db.delete(s10Ranges).where(eq(s10Ranges.marketCode, "CN"));
    await handle.db.insert(s10Ranges).values([
      { marketCode: "CN", service: "parcel", prefix: "CP", country: "CN", firstSerial: 10_000_000, lastSerial: 10_000_599, warnBelow: 100 },
      { marketCode: "CN", service: "parcel", prefix: "CP", country: "CN", firstSerial: 20_000_000, lastSerial: 20_000_499, warnBelow: 100 },
      { marketCode: "CN", service: "express", prefix: "EE", country: "CN", firstSerial: 1, lastSerial: 2, warnBelow: 5 },
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

  it("refuses a range that shares serials with another of the same prefix and country, in the service and in the database", async () => {
    const admin = { id: null as unknown as string };
    const base = { marketCode: "CN", service: "registered" as const, prefix: "RR", country: "CN", warnBelow: 10 };
    await addS10Range(handle.db, admin, { ...base, firstSerial: 70_000_000, lastSerial: 70_000_999 });
    const clash = await addS10Range(handle.db, admin, { ...base, firstSerial: 70_000_999, lastSerial: 70_001_999 }).catch((e: unknown) => e);
    expect(clash).toBeInstanceOf(AppError);
    expect((clash as AppError).messageKey).toBe("s10RangeOverlap");
    expect((clash as AppError).params).toMatchObject({ range: "70000000–70000999" });
    // the same serials under another prefix or country are other numbers
    await addS10Range(handle.db, admin, { ...base, prefix: "RX", firstSerial: 70_000_500, lastSerial: 70_000_600 });
    // past the service's check, the exclusion constraint itself refuses an overlap
    const direct = await handle.db
      .insert(s10Ranges)
      .values({ ...base, firstSerial: 69_999_000, lastSerial: 70_000_000 })
      .catch((e: unknown) => e);
    expect(direct).toBeInstanceOf(Error);
    expect(String((direct as { cause?: unknown }).cause ?? direct)).toMatch(/s10_ranges_no_overlap/);
    const ranges = await listS10Ranges(handle.db, "CN");
    expect(ranges.filter((r) => r.prefix === "RR" && r.firstSerial === 70_000_000)).toMatchObject([{ remaining: 1000, lastUsed: null }]);
  });

  it("allocates concurrently in many transactions without duplicates, without updating the range row, and counts what is left", async () => {
    const admin = { id: null as unknown as string };
    const { id } = await addS10Range(handle.db, admin, { marketCode: "CN", service: "express", prefix: "EA", country: "CN", firstSerial: 0, lastSerial: 99_999, warnBelow: 10 });
    const before = await handle.db.select({ xmin: sql<string>`xmin::text` }).from(s10Ranges).where(eq(s10Ranges.id, id));
    // 200 checkouts at once, each in its own transaction; every tenth rolls back (a gap, never a reuse)
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        handle.db
          .transaction(async (tx) => {
            const n = await allocateTrackingNumber(tx, "CN", "express");
            if (i % 10 === 9) tx.rollback();
            return n.trackingNumber;
          })
          .catch(() => null),
      ),
    );
    const kept = results.filter((n): n is string => n !== null);
    expect(kept).toHaveLength(180);
    expect(new Set(kept).size).toBe(180);
    for (const n of kept) expect(parseS10(n)).toMatchObject({ service: "EA", country: "CN" });
    // the row was never written: its xmin is the one it was inserted with
    expect(await handle.db.select({ xmin: sql<string>`xmin::text` }).from(s10Ranges).where(eq(s10Ranges.id, id))).toEqual(before);
    const [state] = (await listS10Ranges(handle.db, "CN")).filter((r) => r.id === id);
    expect(state).toMatchObject({ lastUsed: 199, remaining: 100_000 - 200 });
  });
});
