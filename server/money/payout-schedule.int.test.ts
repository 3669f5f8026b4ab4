import { and, eq, inArray, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { categories, orderLineCommissions, outbox, payoutBatches, payoutScheduleRuns, shipments, shopPayoutAccounts, user } from "@/db/schema";
import { testDatabases } from "@/test/databases";
import { insertOrders, moneyDatabase, type ShopPick } from "@/test/money-orders";
import { AppError } from "../errors";
import { handlerFor, type OutboxServices } from "../outbox/handlers";
import { chargeCommissions } from "./commission";
import { endCommissionRule, listCommissionRules, saveCommissionRule, saveMoneySettings } from "./commission-rules";
import { postCardCapturedMany } from "./events";
import { netPerSale } from "./seller-money";
import { nextPayoutRun, PAYOUT_RUN_JOB, payoutPeriod, schedulePayouts } from "./payout-schedule";

describe("payout periods", () => {
  it("names the ISO week and puts the run on the weekday at 00:00 UTC", () => {
    // Thursday 3 December 2026 is in ISO week 49
    expect(payoutPeriod(new Date("2026-12-03T15:00:00Z"), 1)).toEqual({ period: "2026-W49", dueAt: new Date("2026-11-30T00:00:00Z") });
    expect(payoutPeriod(new Date("2026-12-03T15:00:00Z"), 5).dueAt).toEqual(new Date("2026-12-04T00:00:00Z"));
    // 1 January 2027 is a Friday of 2026's week 53
    expect(payoutPeriod(new Date("2027-01-01T00:00:00Z"), 1).period).toBe("2026-W53");
    expect(nextPayoutRun(new Date("2026-12-03T15:00:00Z"), 1)).toEqual({ period: "2026-W50", dueAt: new Date("2026-12-07T00:00:00Z") });
    expect(nextPayoutRun(new Date("2026-12-03T15:00:00Z"), 4)).toEqual({ period: "2026-W50", dueAt: new Date("2026-12-10T00:00:00Z") });
  });
});

describe.each(testDatabases())("payout schedule and commission rules on $name", (target) => {
  let handle: DbHandle;
  let cn: ShopPick;
  let ir: ShopPick;
  const adminId = "schedule-admin";
  const services = () => ({ db: handle.db, sms: null, stripe: null }) as unknown as OutboxServices;

  beforeAll(async () => {
    ({ handle, cn, ir } = await moneyDatabase(target));
    await handle.db.insert(user).values({ id: adminId, name: "Admin", email: "schedule-admin@example.test", emailVerified: false, role: "admin" });
    await handle.db.insert(shopPayoutAccounts).values({ shopId: cn.shopId, stripeAccountId: "acct_schedule", stripePayoutsEnabled: true });
  });
  afterAll(() => handle.close());

  it("runs a market's payout from the outbox on its weekday, once per period, and schedules the next", async () => {
    await saveMoneySettings(handle.db, { marketCode: "CN", returnWindowDays: 7, trustPostCash: false, payoutMinimumMinor: 100, payoutWeekday: 3 });
    const [order] = await insertOrders(handle.db, [{ shop: cn, method: "card", postageMinor: 1200, lines: [{ variantIndex: 0, unitPriceMinor: 10_000, quantity: 2 }] }]);
    await chargeCommissions(handle.db, order!.orderId);
    await handle.db.transaction((tx) => postCardCapturedMany(tx, [order!.orderId], new Date("2026-11-01T00:00:00Z")));
    await handle.db.update(shipments).set({ trackingStatus: "delivered", trackingStatusAt: new Date("2026-11-05T00:00:00Z") }).where(eq(shipments.id, order!.shipmentId));

    const monday = new Date("2026-11-30T08:00:00Z");
    const [scheduled] = await schedulePayouts(handle.db, monday, ["CN"]);
    expect(scheduled).toEqual({ marketCode: "CN", period: "2026-W49", dueAt: new Date("2026-12-02T00:00:00Z") });
    const [job] = await handle.db.select().from(outbox).where(eq(outbox.key, "payout_run:CN:2026-W49:3"));
    expect(job?.kind).toBe(PAYOUT_RUN_JOB);
    expect(job?.runAt).toEqual(new Date("2026-12-02T00:00:00Z"));

    const handler = handlerFor(PAYOUT_RUN_JOB)!;
    const first = (await handler.run(services(), job!.payload, job!.key)) as { batchId: string | null; payouts: number; totalMinor: number; repeated: boolean };
    expect(first.batchId).not.toBeNull();
    expect(first.payouts).toBe(1);
    expect(first.totalMinor).toBe(20_000 - 2000);
    // the job runs again (a worker died after the run): no second batch
    const again = (await handler.run(services(), job!.payload, job!.key)) as { batchId: string | null; repeated: boolean };
    expect(again).toMatchObject({ batchId: null, repeated: true });
    const batches = await handle.db.select().from(payoutBatches).where(eq(payoutBatches.marketCode, "CN"));
    expect(batches).toHaveLength(1);
    const [run] = await handle.db.select().from(payoutScheduleRuns).where(and(eq(payoutScheduleRuns.marketCode, "CN"), eq(payoutScheduleRuns.period, "2026-W49")));
    expect(run?.batchId).toBe(batches[0]!.id);
    // the next period waits in the outbox
    const next = await handle.db.select().from(outbox).where(like(outbox.key, "payout_run:CN:%"));
    expect(next.map((j) => j.key)).toContain(`payout_run:CN:${nextPayoutRun(new Date(), 3).period}:3`);
  });

  it("pays no one below the market's minimum, and a job left on an old weekday does nothing", async () => {
    await saveMoneySettings(handle.db, { marketCode: "CN", returnWindowDays: 7, trustPostCash: false, payoutMinimumMinor: 1_000_000, payoutWeekday: 3 });
    const [order] = await insertOrders(handle.db, [{ shop: cn, method: "card", postageMinor: 1200, lines: [{ variantIndex: 1, unitPriceMinor: 5_000, quantity: 1 }] }]);
    await chargeCommissions(handle.db, order!.orderId);
    await handle.db.transaction((tx) => postCardCapturedMany(tx, [order!.orderId], new Date("2026-11-01T00:00:00Z")));
    await handle.db.update(shipments).set({ trackingStatus: "delivered", trackingStatusAt: new Date("2026-11-05T00:00:00Z") }).where(eq(shipments.id, order!.shipmentId));
    const handler = handlerFor(PAYOUT_RUN_JOB)!;
    const below = (await handler.run(services(), { marketCode: "CN", period: "2026-W51", weekday: 3 }, "payout_run:CN:2026-W51:3")) as { batchId: string | null; payouts: number; repeated: boolean };
    expect(below).toMatchObject({ batchId: null, payouts: 0, repeated: false });
    await saveMoneySettings(handle.db, { marketCode: "CN", returnWindowDays: 7, trustPostCash: false, payoutMinimumMinor: 0, payoutWeekday: 5 });
    const stale = await handler.run(services(), { marketCode: "CN", period: "2026-W52", weekday: 3 }, "payout_run:CN:2026-W52:3");
    expect(stale).toEqual({ superseded: true });
    expect(await handle.db.select().from(payoutScheduleRuns).where(eq(payoutScheduleRuns.period, "2026-W52"))).toHaveLength(0);
  });

  it("adds, lists and ends commission rules; a rule changed later never changes an order charged before", async () => {
    const category = ir.variants[0]!.categoryId;
    const [order] = await insertOrders(handle.db, [{ shop: ir, method: "cod", postageMinor: 350_000, lines: [{ variantIndex: 0, unitPriceMinor: 1_000_000, quantity: 1 }] }]);
    const market = await saveCommissionRule(handle.db, { marketCode: "IR", categoryId: null, shopId: null, kind: "percent", rateBasisPoints: 800, fixedMinor: 0, floorMinor: 0, capMinor: null }, adminId);
    const capped = await saveCommissionRule(handle.db, { marketCode: "IR", categoryId: category, shopId: null, kind: "percent", rateBasisPoints: 2000, fixedMinor: 0, floorMinor: 0, capMinor: 150_000 }, adminId);
    const later = await saveCommissionRule(
      handle.db,
      { marketCode: "IR", categoryId: null, shopId: ir.shopId, kind: "fixed", rateBasisPoints: 0, fixedMinor: 50_000, floorMinor: 0, capMinor: null, effectiveFrom: new Date(Date.now() + 30 * 86_400_000) },
      adminId,
    );
    const listed = (await listCommissionRules(handle.db)).map((r) => r.rule.id);
    expect(listed).toEqual(expect.arrayContaining([market!.id, capped!.id, later!.id]));

    // the shop's own rule is not in force yet: the category's applies, capped
    await chargeCommissions(handle.db, order!.orderId);
    const charged = await handle.db.select().from(orderLineCommissions).where(inArray(orderLineCommissions.orderLineId, order!.lines.map((l) => l.id)));
    expect(charged).toEqual([{ orderLineId: order!.lines[0]!.id, ruleId: capped!.id, commissionMinor: 150_000 }]);

    // the category's rule ends, and a new market rule replaces the old one: the order keeps what it was charged
    await endCommissionRule(handle.db, capped!.id);
    await expect(endCommissionRule(handle.db, capped!.id)).rejects.toMatchObject({ messageKey: "commissionRuleEnded" });
    await saveCommissionRule(handle.db, { marketCode: "IR", categoryId: null, shopId: null, kind: "percent", rateBasisPoints: 500, fixedMinor: 0, floorMinor: 0, capMinor: null }, adminId);
    await chargeCommissions(handle.db, order!.orderId);
    const after = await handle.db.select().from(orderLineCommissions).where(inArray(orderLineCommissions.orderLineId, order!.lines.map((l) => l.id)));
    expect(after).toEqual(charged);
    const now = (await listCommissionRules(handle.db)).map((r) => r.rule.id);
    expect(now).not.toContain(capped!.id);
    expect(now).not.toContain(market!.id);
    expect(now).toContain(later!.id);
    // a rule ended before it started was never in force: it leaves the list
    await endCommissionRule(handle.db, later!.id);
    expect((await listCommissionRules(handle.db)).map((r) => r.rule.id)).not.toContain(later!.id);
  });

  it("tells a seller before listing what they keep of a sale at each price, under the rule that would apply", async () => {
    const category = cn.variants[0]!.categoryId;
    const [slugRow] = await handle.db.select({ slug: categories.slug }).from(categories).where(eq(categories.id, category));
    await saveCommissionRule(handle.db, { marketCode: "CN", categoryId: null, shopId: null, kind: "percent", rateBasisPoints: 1000, fixedMinor: 0, floorMinor: 0, capMinor: null }, adminId);
    await saveCommissionRule(handle.db, { marketCode: "CN", categoryId: category, shopId: null, kind: "percent", rateBasisPoints: 1500, fixedMinor: 0, floorMinor: 100, capMinor: 2000 }, adminId);
    const byCategory = await netPerSale(handle.db, cn.shopId, { categorySlug: slugRow!.slug, pricesMinor: [500, 3990, 50_000] });
    expect(byCategory.currency).toBe("CNY");
    // 15 % of 5.00 is 0.75, raised to the 1.00 floor; 15 % of 39.90 rounds half up to 5.99; 15 % of 500.00 is capped at 20.00
    expect(byCategory.sales).toEqual([
      { priceMinor: 500, commissionMinor: 100, netMinor: 400 },
      { priceMinor: 3990, commissionMinor: 599, netMinor: 3391 },
      { priceMinor: 50_000, commissionMinor: 2000, netMinor: 48_000 },
    ]);
    const marketWide = await netPerSale(handle.db, cn.shopId, { categorySlug: null, pricesMinor: [3990] });
    expect(marketWide.sales).toEqual([{ priceMinor: 3990, commissionMinor: 399, netMinor: 3591 }]);
  });

  it("refuses a cap below the floor, a shop of another market and an unknown category, each with its reason", async () => {
    const base = { marketCode: "IR", categoryId: null, shopId: null, kind: "percent" as const, rateBasisPoints: 1000, fixedMinor: 0, floorMinor: 0, capMinor: null };
    const reason = async (promise: Promise<unknown>) => ((await promise.then(() => null, (e: unknown) => e)) as AppError | null)?.messageKey;
    expect(await reason(saveCommissionRule(handle.db, { ...base, floorMinor: 500, capMinor: 100 }, adminId))).toBe("commissionCapBelowFloor");
    expect(await reason(saveCommissionRule(handle.db, { ...base, shopId: cn.shopId }, adminId))).toBe("commissionShopNotInMarket");
    expect(await reason(saveCommissionRule(handle.db, { ...base, categoryId: "00000000-0000-4000-8000-000000000000" }, adminId))).toBe("commissionCategoryUnknown");
  });
});
