import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { shipments } from "@/db/schema";
import { testDatabases } from "@/test/databases";
import { insertOrders, moneyDatabase, type ShopPick } from "@/test/money-orders";
import { sellerBalance } from "./balances";
import { chargeCommissions } from "./commission";
import { postCardCaptured, postCashCollected, postCashRemitted, postRefund, releaseParcel } from "./events";
import { postMoneyEvent } from "./ledger";
import { saleParcels } from "./sale-lines";
import { statementOf } from "./statement";
import { statementCsv, statementPdfStream } from "./statement-render";

const OUT = path.join("test-results", "statements");

async function pdfBytes(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

describe.each(testDatabases())("monthly statements on $name", (target) => {
  let handle: DbHandle;
  let ir: ShopPick;
  let cn: ShopPick;

  beforeAll(async () => {
    ({ handle, ir, cn } = await moneyDatabase(target));
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(() => handle.close());

  it("gives a Jalali month's statement whose closing balances are the ledger's at the month's end", async () => {
    const orders = await insertOrders(handle.db, [
      { shop: ir, method: "cod", postageMinor: 300_000, lines: [{ variantIndex: 0, unitPriceMinor: 2_500_000, quantity: 2 }] },
      { shop: ir, method: "cod", postageMinor: 300_000, lines: [{ variantIndex: 1, unitPriceMinor: 900_000, quantity: 1 }] },
    ]);
    for (const o of orders) await chargeCommissions(handle.db, o.orderId);
    const [a, b] = orders;
    // Aban 1405 ends on 21 November 2026 at 20:30 UTC: the first sale is in Aban, everything after in Azar
    await handle.db.transaction((tx) => postCashCollected(tx, a!.shipmentId, 5_000_000 + 300_000 + ir.codFeeMinor, new Date("2026-11-20T08:00:00Z")));
    await handle.db.transaction((tx) => postCashCollected(tx, b!.shipmentId, 900_000 + 300_000 + ir.codFeeMinor, new Date("2026-11-25T08:00:00Z")));
    await handle.db.update(shipments).set({ codCollectedMinor: sql`${shipments.codAmountMinor}` }).where(inArray(shipments.id, [a!.shipmentId, b!.shipmentId]));
    await postCashRemitted(handle.db, { shipmentId: a!.shipmentId, amountMinor: 5_000_000 + 300_000 + ir.codFeeMinor, feeMinor: 10_000, reference: "RM-1" }, new Date("2026-11-28T08:00:00Z"));

    const azar = await statementOf(handle.db, ir.shopId, { year: 1405, month: 9, locale: "fa", now: new Date("2026-12-03T10:00:00Z") });
    expect(azar.opening).toEqual({ pendingMinor: 4_500_000, availableMinor: 0 });
    expect(azar.rows.map((r) => r.kind)).toEqual(["cash_collected", "sale_released"]);
    expect(azar.rows[0]).toMatchObject({ grossMinor: 900_000, commissionMinor: 90_000, pendingMinor: 810_000 });
    const atEnd = await sellerBalance(handle.db, ir.shopId, new Date(azar.period.end.getTime() - 1));
    expect(azar.closing).toEqual({ pendingMinor: atEnd.pendingMinor, availableMinor: atEnd.availableMinor });
    expect(azar.closing).toEqual({ pendingMinor: 810_000, availableMinor: 4_500_000 });

    const csv = statementCsv(azar);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("فروش نقدی");
    expect(csv).toContain(azar.label);

    const file = path.join(OUT, `statement-fa-${target.name}.pdf`);
    writeFileSync(file, await pdfBytes(statementPdfStream(azar)));
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/[\u200e\u200f\u202a-\u202e]/g, "");
    expect(text).toContain("آذر");
    expect(text).toContain("۱۴۰۵");
    expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(/Pages:\s+1/);
    execFileSync("pdftoppm", ["-png", "-r", "60", "-singlefile", file, file.replace(/\.pdf$/, "")]);
  });

  it("shows a refund after payout as a negative available balance carried into the next month", async () => {
    const [card] = await insertOrders(handle.db, [{ shop: cn, method: "card", postageMinor: 1200, lines: [{ variantIndex: 0, unitPriceMinor: 10_000, quantity: 1 }] }]);
    await chargeCommissions(handle.db, card!.orderId);
    await postCardCaptured(handle.db, card!.orderId, new Date("2026-10-05T02:00:00Z"));
    const [parcel] = await saleParcels(handle.db, { orderId: card!.orderId });
    await releaseParcel(handle.db, parcel!, new Date("2026-10-20T02:00:00Z"));
    await postMoneyEvent(handle.db, {
      key: "statement-payout",
      kind: "payout_sent",
      marketCode: "CN",
      currency: "CNY",
      occurredAt: new Date("2026-10-26T02:00:00Z"),
      entries: [
        { account: "seller_available", party: cn.shopId, amountMinor: 9000 },
        { account: "payments_clearing", party: "stripe", amountMinor: -9000 },
      ],
    });
    await postRefund(handle.db, card!.orderId, new Date("2026-11-02T02:00:00Z"), { includePostage: false });
    const november = await statementOf(handle.db, cn.shopId, { year: 2026, month: 11, locale: "zh" });
    expect(november.opening.availableMinor).toBe(0);
    expect(november.rows.map((r) => [r.kind, r.availableMinor])).toEqual([["refund", -9000]]);
    expect(november.closing.availableMinor).toBe(-9000);
    const december = await statementOf(handle.db, cn.shopId, { year: 2026, month: 12, locale: "zh" });
    expect(december.opening.availableMinor).toBe(-9000);
    const file = path.join(OUT, `statement-zh-${target.name}.pdf`);
    writeFileSync(file, await pdfBytes(statementPdfStream(november)));
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
    expect(text).toContain("2026年11月");
    expect(text).toContain("退款");
    execFileSync("pdftoppm", ["-png", "-r", "60", "-singlefile", file, file.replace(/\.pdf$/, "")]);
  });
});
