import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { ledgerEntries, shipments, shopPayoutAccounts } from "@/db/schema";
import { testDatabases } from "@/test/databases";
import { insertOrders, moneyDatabase, type GeneratedOrder, type ShopPick } from "@/test/money-orders";
import { eq } from "drizzle-orm";
import { sellerBalance } from "./balances";
import { chargeCommissions } from "./commission";
import { postCardCaptured, postCashCollected, postCashRemitted, postParcelReturned, postRefund, releaseParcel } from "./events";
import { imbalance } from "./ledger";
import { recordPayoutOutcome, runPayouts } from "./payouts";
import { saleParcels } from "./sale-lines";

/** The independent model: what each sale owes its seller, worked out from the order alone. */
interface SaleModel {
  order: GeneratedOrder;
  /** items less a 10 % commission per line, rounded half up */
  net: number;
  pending: number;
  captured: boolean;
  collected: boolean;
  remitted: boolean;
  released: boolean;
  refunded: boolean;
  returned: boolean;
}

type Command =
  | { op: "capture" | "release" | "refund" | "return" | "collect" | "remit"; sale: number; twice: boolean; delta: number }
  | { op: "payout"; market: "IR" | "CN" }
  | { op: "fail"; payout: number; twice: boolean };

const saleCommand = fc.record({
  op: fc.constantFrom("capture" as const, "release" as const, "refund" as const, "return" as const, "collect" as const, "remit" as const),
  sale: fc.nat({ max: 5 }),
  twice: fc.boolean(),
  delta: fc.integer({ min: -500, max: 500 }),
});
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 8, arbitrary: saleCommand },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("payout" as const), market: fc.constantFrom("IR" as const, "CN" as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("fail" as const), payout: fc.nat({ max: 10 }), twice: fc.boolean() }) },
);
const orderShape = fc.record({
  cn: fc.boolean(),
  lines: fc.array(fc.record({ variantIndex: fc.nat({ max: 3 }), unitPriceMinor: fc.integer({ min: 1, max: 5_000_000 }), quantity: fc.integer({ min: 1, max: 9 }) }), { minLength: 1, maxLength: 3 }),
  postageMinor: fc.integer({ min: 0, max: 400_000 }),
});

describe.each(testDatabases())("money events in random order on $name", (target) => {
  let handle: DbHandle;
  let ir: ShopPick;
  let cn: ShopPick;

  beforeAll(async () => {
    ({ handle, ir, cn } = await moneyDatabase(target));
    // both shops can be paid: Connect for China, a Sheba IBAN for Iran
    await handle.db.insert(shopPayoutAccounts).values([
      { shopId: cn.shopId, stripeAccountId: "acct_property", stripePayoutsEnabled: true },
      { shopId: ir.shopId, iban: "IR062960000000100324200001", holderName: "Test" },
    ]);
  });
  afterAll(() => handle.close());

  const entryCount = async () => Number((await handle.db.select({ n: sql<string>`count(*)` }).from(ledgerEntries))[0]?.n);

  it("keeps every transaction balanced, seller balances equal to the model, and repeated events without effect", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(orderShape, { minLength: 6, maxLength: 6 }), fc.array(command, { minLength: 5, maxLength: 30 }), async (shapes, commands) => {
        const generated = await insertOrders(
          handle.db,
          // card orders in China, cash on delivery in Iran, as the markets allow
          shapes.map((s) => ({ shop: s.cn ? cn : ir, method: s.cn ? ("card" as const) : ("cod" as const), postageMinor: s.postageMinor, lines: s.lines })),
        );
        for (const order of generated) await chargeCommissions(handle.db, order.orderId);
        const sales: SaleModel[] = generated.map((order) => ({
          order,
          net: order.lines.reduce((s, l) => s + l.unitPriceMinor * l.quantity - Math.floor((l.unitPriceMinor * l.quantity * 1000 + 5000) / 10000), 0),
          pending: 0,
          captured: false,
          collected: false,
          remitted: false,
          released: false,
          refunded: false,
          returned: false,
        }));
        const start = { [ir.shopId]: await sellerBalance(handle.db, ir.shopId), [cn.shopId]: await sellerBalance(handle.db, cn.shopId) };
        const model = Object.fromEntries(Object.entries(start).map(([id, b]) => [id, { pending: b.pendingMinor, available: b.availableMinor, paid: b.paidMinor }]));
        const payoutsMade: { id: string; shopId: string; amount: number; failed: boolean }[] = [];
        const at = new Date("2026-11-20T10:00:00Z");

        const takeBack = (sale: SaleModel) => {
          const m = model[sale.order.shopId]!;
          m.pending -= sale.pending;
          m.available -= sale.net - sale.pending;
          sale.pending = 0;
        };
        const release = (sale: SaleModel) => {
          const m = model[sale.order.shopId]!;
          m.pending -= sale.pending;
          m.available += sale.pending;
          sale.pending = 0;
          sale.released = true;
        };

        for (const c of commands) {
          if (c.op === "payout") {
            const market = c.market === "IR" ? ir : cn;
            const run = await runPayouts(handle.db, { marketCode: c.market, createdBy: null, now: at });
            const m = model[market.shopId]!;
            // the model pays the shop's whole available balance when it is positive; other shops of the market may be paid too
            const ours = run.payouts.filter((p) => p.shopId === market.shopId);
            expect(ours.map((p) => p.amountMinor)).toEqual(m.available > 0 ? [m.available] : []);
            for (const p of ours) payoutsMade.push({ id: p.payoutId, shopId: p.shopId, amount: p.amountMinor, failed: false });
            if (m.available > 0) {
              m.paid += m.available;
              m.available = 0;
            }
            continue;
          }
          const before = await entryCount();
          if (c.op === "fail") {
            const payout = payoutsMade[c.payout % Math.max(1, payoutsMade.length)];
            if (!payout) continue;
            await recordPayoutOutcome(handle.db, { payoutId: payout.id, outcome: "failed", reason: "closed account" });
            if (!payout.failed) {
              payout.failed = true;
              model[payout.shopId]!.available += payout.amount;
              model[payout.shopId]!.paid -= payout.amount;
            }
            const after = await entryCount();
            if (c.twice) {
              await recordPayoutOutcome(handle.db, { payoutId: payout.id, outcome: "failed", reason: "closed account" });
              expect(await entryCount()).toBe(after);
            }
            continue;
          }
          const sale = sales[c.sale % sales.length]!;
          const card = sale.order.method === "card";
          const apply = async (): Promise<void> => {
            switch (c.op) {
              case "capture":
                if (card) await postCardCaptured(handle.db, sale.order.orderId, at);
                return;
              case "collect":
                if (card || sale.returned) return;
                await handle.db.transaction(async (tx) => {
                  const due = sale.order.lines.reduce((s, l) => s + l.unitPriceMinor * l.quantity, 0) + sale.order.postageMinor + sale.order.codFeeMinor;
                  if (await postCashCollected(tx, sale.order.shipmentId, Math.max(0, due + c.delta), at)) {
                    await tx.update(shipments).set({ codCollectedMinor: Math.max(0, due + c.delta) }).where(eq(shipments.id, sale.order.shipmentId));
                  }
                });
                return;
              case "remit":
                if (card) return;
                await postCashRemitted(handle.db, { shipmentId: sale.order.shipmentId, amountMinor: 1000 + Math.abs(c.delta), feeMinor: Math.abs(c.delta), reference: "R" }, at);
                return;
              case "release":
                if (!card || !sale.captured || sale.returned) return;
                await releaseParcel(handle.db, (await saleParcels(handle.db, { shipmentIds: [sale.order.shipmentId] }))[0]!, at);
                return;
              case "refund":
                if (card) await postRefund(handle.db, sale.order.orderId, at, { includePostage: c.delta > 0 });
                return;
              case "return":
                if (sale.released || sale.collected || (card && !sale.captured)) return;
                await postParcelReturned(handle.db, sale.order.shipmentId, at);
                return;
            }
          };
          await apply();
          // the model's view of the same event
          if (c.op === "capture" && card && !sale.captured && !sale.returned) {
            sale.captured = true;
            sale.pending = sale.net;
            model[sale.order.shopId]!.pending += sale.net;
          } else if (c.op === "collect" && !card && !sale.collected && !sale.returned) {
            sale.collected = true;
            sale.pending = sale.net;
            model[sale.order.shopId]!.pending += sale.net;
          } else if (c.op === "remit" && !card && sale.collected && !sale.remitted) {
            sale.remitted = true;
            release(sale);
          } else if (c.op === "release" && card && sale.captured && !sale.returned && !sale.released) {
            release(sale);
          } else if (c.op === "refund" && card && sale.captured && !sale.refunded && !sale.returned) {
            sale.refunded = true;
            takeBack(sale);
          } else if (c.op === "return" && !sale.returned && !sale.released && !sale.collected && (!card || sale.captured)) {
            if (card && !sale.refunded) {
              sale.returned = true;
              takeBack(sale);
            } else if (!card) {
              sale.returned = true;
              model[sale.order.shopId]!.available -= sale.order.postageMinor + sale.order.codFeeMinor;
            }
          }
          if (c.twice) {
            const after = await entryCount();
            await apply();
            expect(await entryCount()).toBe(after);
          }
          expect(await entryCount()).toBeGreaterThanOrEqual(before);
        }

        expect(await imbalance(handle.db)).toBe(0);
        for (const shop of [ir, cn]) {
          const actual = await sellerBalance(handle.db, shop.shopId);
          const expected = model[shop.shopId]!;
          expect({ pending: actual.pendingMinor, available: actual.availableMinor, paid: actual.paidMinor }).toEqual(expected);
        }
      }),
      { numRuns: 15 },
    );
  });
});
