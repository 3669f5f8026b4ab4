import { TRPCError, type AnyProcedure } from "@trpc/server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { categories, products, regions, servicePoints, shops, variants } from "@/db/schema";
import { demoMarkets } from "@/db/seed/data";
import { createTestApp, type TestApp } from "@/test/app";
import { testDatabases } from "@/test/databases";
import { arbitraryFor, type StringPools } from "@/test/zod-arbitrary";
import { appRouter } from "./root";

/** Generated calls per database engine. */
const CALLS = 10_000;
const ADMIN = "+989120000001";
const owner = demoMarkets[0]!.shops[0]!;

type Caller = Awaited<ReturnType<TestApp["caller"]>>["api"];

function procedureAt(caller: Caller, path: string): (input: unknown) => Promise<unknown> {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input: unknown) => Promise<unknown>;
}

describe.each(testDatabases())("every tRPC procedure on $name, fuzzed from its schema", (target) => {
  let app: TestApp;
  let pools: StringPools;
  let callers: { who: string; api: Caller }[];

  beforeAll(async () => {
    app = await createTestApp(target);
    const db = app.handle.db;
    const [shopRows, productRows, variantRows, villageRows, pointRows, categoryRows] = await Promise.all([
      db.select({ id: shops.id, slug: shops.slug }).from(shops),
      db.select({ id: products.id, slug: products.slug }).from(products).limit(50),
      db.select({ id: variants.id }).from(variants).limit(50),
      db.select({ id: regions.id, slug: regions.slug }).from(regions).limit(80),
      db.select({ id: servicePoints.id }).from(servicePoints),
      db.select({ slug: categories.slug }).from(categories),
    ]);
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
    pools = {
      uuids: [...ids(shopRows), ...ids(productRows), ...ids(variantRows), ...ids(villageRows), ...ids(pointRows)],
      byField: {
        shopId: ids(shopRows),
        productId: ids(productRows),
        variantId: ids(variantRows),
        villageId: ids(villageRows),
        nearVillageId: ids(villageRows),
        servicePointId: ids(pointRows),
        slug: [...productRows.map((r) => r.slug), ...shopRows.map((r) => r.slug), ...villageRows.map((r) => r.slug), ...categoryRows.map((r) => r.slug)],
        locale: ["fa", "zh", "vi", "en"],
        phone: ["09151234567", "+989151112233", "۰۹۱۵۱۲۳۴۵۶۷", "13812345678"],
        recipientPhone: ["09151234567", "0912 345 678"],
        postalCode: ["9761814567", "550600", "۹۷۶۱۸۱۴۵۶۷"],
      },
    };
    const [adminCookie, ownerCookie] = [await app.signIn(ADMIN), await app.signIn(owner.phone)];
    callers = [
      { who: "anonymous", api: (await app.caller({ locale: "fa" })).api },
      { who: "shop owner", api: (await app.caller({ cookie: ownerCookie, locale: "vi" })).api },
      { who: "admin", api: (await app.caller({ cookie: adminCookie, locale: "zh" })).api },
    ];
  });
  afterAll(async () => {
    await app?.close();
  });

  it(`answers ${CALLS.toLocaleString("en")} generated calls with data or a 4xx, never a 500`, async () => {
    const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, AnyProcedure>);
    const perProcedure = Math.ceil(CALLS / procedures.length);
    const failures: { path: string; who: string; input: unknown; error: unknown }[] = [];
    let calls = 0;
    for (const [index, [path, procedure]] of procedures.entries()) {
      const schema = (procedure._def as unknown as { inputs: z.ZodType[] }).inputs[0];
      const inputs = schema ? fc.sample(arbitraryFor(schema, pools), { seed: 9001 + index, numRuns: perProcedure }) : Array<undefined>(perProcedure).fill(undefined);
      for (const [i, input] of inputs.entries()) {
        // signing out would end the session the other calls use
        const caller = path === "auth.signOut" ? callers[0]! : callers[i % callers.length]!;
        calls++;
        try {
          await procedureAt(caller.api, path)(input);
        } catch (error) {
          if (!(error instanceof TRPCError) || error.code === "INTERNAL_SERVER_ERROR") failures.push({ path, who: caller.who, input, error });
        }
      }
    }
    expect(calls).toBeGreaterThanOrEqual(CALLS);
    expect(failures.slice(0, 5).map((f) => `${f.path} as ${f.who}: ${String((f.error as Error)?.cause ?? f.error)} with ${JSON.stringify(f.input)?.slice(0, 300)}`)).toEqual([]);
  }, 900_000);
});
