import ExcelJS from "exceljs";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { ledgerEntries, remittanceImports, remittanceLines, user } from "@/db/schema";
import { seededDatabase, testDatabases } from "@/test/databases";
import { insertOrders, shopsWithVariants, type GeneratedOrder, type ShopPick } from "@/test/money-orders";
import { AppError } from "../errors";
import { recordTrackingEvent } from "../fulfilment/tracking";
import { sellerBalance } from "./balances";
import { chargeCommissions } from "./commission";
import { imbalance } from "./ledger";
import { cashInTransitByAge, openRemittanceLines, resolveRemittanceLine } from "./reconciliation";
import { readRemittanceFile } from "./remittance-file";
import { importRemittance } from "./remittance-import";

const csv = (rows: string[][]) => new TextEncoder().encode(["tracking_number,amount_collected,collection_date,fee_withheld,remittance_reference", ...rows.map((r) => r.join(","))].join("\r\n"));
const due = (o: GeneratedOrder) => o.lines.reduce((s, l) => s + l.unitPriceMinor * l.quantity, 0) + o.postageMinor + o.codFeeMinor;

describe.each(testDatabases())("cash-on-delivery remittance on $name", (target) => {
  let handle: DbHandle;
  let ir: ShopPick;
  let parcels: GeneratedOrder[] = [];
  const deliveredAt = new Date("2026-11-10T09:00:00Z");

  beforeAll(async () => {
    handle = await seededDatabase(target);
    ir = (await shopsWithVariants(handle.db)).find((p) => p.marketCode === "IR")!;
    parcels = await insertOrders(
      handle.db,
      Array.from({ length: 6 }, (_, i) => ({ shop: ir, method: "cod" as const, postageMinor: 350_000, lines: [{ variantIndex: i, unitPriceMinor: 1_500_000 + i * 1000, quantity: 1 }] })),
    );
    for (const p of parcels) await chargeCommissions(handle.db, p.orderId);
    // the postman delivers five of them, collecting what is due; the sixth is still on its way
    for (const p of parcels.slice(0, 5)) {
      await handle.db.transaction((tx) =>
        recordTrackingEvent(tx, { eventKey: `deliver-${p.shipmentId}`, shipmentId: p.shipmentId, status: "delivered", occurredAt: deliveredAt, source: "operator", codCollectedMinor: due(p) }),
      );
    }
  });
  afterAll(() => handle.close());

  it("posts the cash the postman collected, and shows it in transit by age", async () => {
    const aging = await cashInTransitByAge(handle.db, new Date("2026-11-26T09:00:00Z"));
    const ir14 = aging.find((a) => a.marketCode === "IR" && a.bucket === 14);
    expect(ir14?.parcels).toBe(5);
    expect(ir14?.amountMinor).toBe(parcels.slice(0, 5).reduce((s, p) => s + due(p), 0));
    expect((await sellerBalance(handle.db, ir.shopId)).pendingMinor).toBeGreaterThan(0);
  });

  it("refuses a file with bad rows as a whole, naming each row and why", async () => {
    const [a, b] = parcels;
    const file = csv([
      [a!.trackingNumber, String(due(a!)), "2026-11-12", "20000", "RM-1"],
      [b!.trackingNumber.replace(/\d(?=[A-Z]{2}$)/, (d) => String((Number(d) + 1) % 10)), "10", "2026-11-12", "0", "RM-1"],
      [b!.trackingNumber, "12.5", "2026-02-30", "0", ""],
      [b!.trackingNumber, "100", "2026-11-12", "200", "RM-1"],
    ]);
    const { rows, errors } = await readRemittanceFile(file, new Date("2026-11-20T00:00:00Z"));
    expect(rows).toHaveLength(1);
    expect(errors).toEqual([
      { rowNumber: 3, reason: "trackingNumber" },
      { rowNumber: 4, reason: "amount" },
      { rowNumber: 4, reason: "date" },
      { rowNumber: 4, reason: "reference" },
      { rowNumber: 5, reason: "feeAboveAmount" },
    ]);
    const missing = await readRemittanceFile(new TextEncoder().encode("tracking_number,amount\nCP1,2"), new Date()).then(() => null, (e: unknown) => e);
    expect((missing as AppError).messageKey).toBe("remittanceColumns");
    const binary = await readRemittanceFile(new Uint8Array([0xff, 0xfe, 0x00, 0x41, 0xc3]), new Date()).then(() => null, (e: unknown) => e);
    expect((binary as AppError).messageKey).toBe("remittanceUnreadable");
  });

  it("matches an XLSX file line by line, finds each planted mismatch, and changes nothing when imported again", async () => {
    const [a, b, c, d, , notYet] = parcels;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("remittance");
    sheet.addRow(["Tracking number", "Amount collected", "Collection date", "Fee withheld", "Remittance reference"]);
    sheet.addRow([a!.trackingNumber, due(a!), new Date("2026-11-10T00:00:00Z"), 20_000, "RM-7"]);
    sheet.addRow([b!.trackingNumber, due(b!) - 5000, "2026-11-10", 20_000, "RM-7"]); // amount differs
    sheet.addRow([c!.trackingNumber, due(c!), "2026-11-10", 20_000, "RM-7"]);
    sheet.addRow([c!.trackingNumber, due(c!), "2026-11-10", 20_000, "RM-7"]); // the same parcel twice: duplicate
    sheet.addRow([notYet!.trackingNumber, due(notYet!), "2026-11-10", 20_000, "RM-7"]); // not delivered
    sheet.addRow(["CP999999995IR", 100_000, "2026-11-10", 0, "RM-7"]); // unknown
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { rows, errors } = await readRemittanceFile(bytes, new Date("2026-11-20T00:00:00Z"));
    expect(errors).toEqual([]);
    const before = await sellerBalance(handle.db, ir.shopId);
    const result = await importRemittance(handle.db, { marketCode: "IR", carrier: "postal-operator", rows, source: "upload", importedBy: null, now: new Date("2026-11-20T00:00:00Z") });
    expect(result.cases).toEqual({ matched: 2, amount_differs: 1, not_delivered: 1, unknown: 1, duplicate: 1 });
    const after = await sellerBalance(handle.db, ir.shopId);
    // the two matched sales are payable now: 90 % of their items
    const net = (o: GeneratedOrder) => o.lines[0]!.unitPriceMinor - Math.floor((o.lines[0]!.unitPriceMinor * 1000 + 5000) / 10000);
    expect(after.availableMinor - before.availableMinor).toBe(net(a!) + net(c!));

    const entries = Number((await handle.db.select({ n: sql<string>`count(*)` }).from(ledgerEntries))[0]?.n);
    const again = await importRemittance(handle.db, { marketCode: "IR", carrier: "postal-operator", rows, source: "webhook", importedBy: null });
    expect(again).toMatchObject({ repeated: true, importId: result.importId, cases: result.cases });
    expect(Number((await handle.db.select({ n: sql<string>`count(*)` }).from(ledgerEntries))[0]?.n)).toBe(entries);
    expect(await handle.db.select().from(remittanceImports)).toHaveLength(1);

    // a later file remitting parcel a again finds it already remitted
    const later = await importRemittance(handle.db, { marketCode: "IR", carrier: "postal-operator", rows: [{ ...rows[0]!, reference: "RM-8" }], source: "upload", importedBy: null });
    expect(later.cases.duplicate).toBe(1);
    expect(d).toBeDefined();
  });

  it("resolves each open case once, with who, when and why, moving money only through new entries", async () => {
    const open = await openRemittanceLines(handle.db, "IR");
    expect(open.map((l) => l.case).sort()).toEqual(["amount_differs", "duplicate", "duplicate", "not_delivered", "unknown"]);
    const [admin] = await handle.db.select({ id: user.id }).from(user).where(eq(user.role, "admin")).limit(1);
    const differs = open.find((l) => l.case === "amount_differs")!;
    const wrong = await resolveRemittanceLine(handle.db, { lineId: differs.id, resolution: "book_as_difference", note: "x", userId: admin!.id }).then(() => null, (e: unknown) => e);
    expect((wrong as AppError).messageKey).toBe("resolutionNotAllowed");
    await resolveRemittanceLine(handle.db, { lineId: differs.id, resolution: "accept_amount", note: "post confirms the shortfall", userId: admin!.id });
    const twice = await resolveRemittanceLine(handle.db, { lineId: differs.id, resolution: "accept_amount", note: "again", userId: admin!.id }).then(() => null, (e: unknown) => e);
    expect((twice as AppError).messageKey).toBe("remittanceAlreadyResolved");
    const unknown = open.find((l) => l.case === "unknown")!;
    await resolveRemittanceLine(handle.db, { lineId: unknown.id, resolution: "book_as_difference", note: "kept until the post explains", userId: admin!.id });
    const [line] = await handle.db.select().from(remittanceLines).where(eq(remittanceLines.id, differs.id));
    expect(line).toMatchObject({ resolution: "accept_amount", resolutionNote: "post confirms the shortfall", resolvedBy: admin!.id });
    expect((await openRemittanceLines(handle.db, "IR")).map((l) => l.case).sort()).toEqual(["duplicate", "duplicate", "not_delivered"]);
    expect(await imbalance(handle.db)).toBe(0);
  });
});
