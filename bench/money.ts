/**
 * Money at scale, on a fresh database on the PostgreSQL server at DATABASE_URL
 * (default: the local one), created and dropped here:
 * `npm run bench:money -- --orders 100000`.
 *
 * Generates orders across the three markets (cash on delivery and card),
 * deliveries, returns, refunds before and after the payout, and one
 * remittance file per cash market with a known number of planted mismatches
 * (amount, unknown number, duplicate, never remitted); then settles: captures,
 * cash collected, returns, refunds, remittance import and reconciliation, and
 * one payout run per market. Prints one JSON line. The expected payouts are
 * worked out from the generated orders alone, not from the ledger.
 */
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { migrate } from "@/db/migrate";
import { ledgerEntries, payoutReversals, shipments, shopPayoutAccounts } from "@/db/schema";
import { seed } from "@/db/seed";
import { makeRng } from "@/db/seed/images/motifs";
import { formatS10 } from "@/server/fulfilment/s10";
import { chargeCommissions } from "@/server/money/commission";
import { postCardCapturedMany, postCashCollectedMany, postParcelsReturned, postRefundMany } from "@/server/money/events";
import { imbalance } from "@/server/money/ledger";
import { runPayouts } from "@/server/money/payouts";
import { recoverAfterRefundMany } from "@/server/money/stripe-payouts";
import { cashInTransitByAge } from "@/server/money/reconciliation";
import { readRemittanceFile } from "@/server/money/remittance-file";
import { importRemittance } from "@/server/money/remittance-import";
import { statementOf } from "@/server/money/statement";
import { statementCsv, statementPdfStream } from "@/server/money/statement-render";
import { monthOf } from "@/server/money/periods";
import { freshPostgres } from "@/test/databases";
import { insertOrders, shopsWithVariants, type GeneratedOrder, type OrderSpec, type ShopPick } from "@/test/money-orders";

const DAY = 86_400_000;
/** planted per cash market, per kind */
const PLANT = 5;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 100) throw new Error(`--${name} must be a whole number of at least 100`);
  return value;
}

type Fate = "delivered" | "returned" | "refundedBefore" | "refundedAfter";
const net = (o: GeneratedOrder) => o.lines.reduce((s, l) => s + l.unitPriceMinor * l.quantity - Math.floor((l.unitPriceMinor * l.quantity * 1000 + 5000) / 10000), 0);
const due = (o: GeneratedOrder) => o.lines.reduce((s, l) => s + l.unitPriceMinor * l.quantity, 0) + o.postageMinor + o.codFeeMinor;

async function settle(db: Database, count: number) {
  const random = makeRng(20261203);
  const picks = await shopsWithVariants(db);
  const byMarket = (code: string) => picks.filter((p) => p.marketCode === code);
  const markets: { code: string; shops: ShopPick[]; price: [number, number]; postage: number }[] = [
    { code: "IR", shops: byMarket("IR"), price: [500_000, 20_000_000], postage: 350_000 },
    { code: "CN", shops: byMarket("CN"), price: [500, 30_000], postage: 1200 },
    { code: "VN", shops: byMarket("VN"), price: [20_000, 900_000], postage: 30_000 },
  ];
  // every shop can be paid: Connect accounts in the card markets, a Sheba IBAN in Iran
  await db.insert(shopPayoutAccounts).values(picks.map((p) => (p.marketCode === "IR" ? { shopId: p.shopId, iban: "IR062960000000100324200001", holderName: p.shopId } : { shopId: p.shopId, stripeAccountId: `acct_${p.shopId.slice(0, 8)}`, stripePayoutsEnabled: true })));

  const specs: OrderSpec[] = [];
  for (let i = 0; i < count; i++) {
    const market = markets[i % 3]!;
    const shop = market.shops[Math.floor(random() * market.shops.length)]!;
    // Iran pays cash on delivery; China by card or cash; Vietnam by card
    const method = market.code === "IR" || (market.code === "CN" && random() < 0.3) ? "cod" : "card";
    const lines = Array.from({ length: 1 + Math.floor(random() * 2) }, () => ({
      variantIndex: Math.floor(random() * 4),
      unitPriceMinor: Math.round(market.price[0] + random() * (market.price[1] - market.price[0])),
      quantity: 1 + Math.floor(random() * 3),
    }));
    specs.push({ shop, method, postageMinor: market.postage, lines });
  }
  const generateStart = performance.now();
  const orders = await insertOrders(db, specs, 2000);
  const fates = orders.map((o): Fate => {
    const r = random();
    if (r < 0.03) return "returned";
    if (o.method === "card" && r < 0.05) return "refundedBefore";
    if (o.method === "card" && r < 0.06) return "refundedAfter";
    return "delivered";
  });
  const generateSeconds = (performance.now() - generateStart) / 1000;

  const now = new Date();
  const placedAt = new Date(now.getTime() - 40 * DAY);
  const deliveredAt = new Date(now.getTime() - 30 * DAY);
  const started = performance.now();
  const phases: Record<string, number> = {};
  let mark = started;
  const phase = (name: string) => {
    const t = performance.now();
    phases[name] = Number(((t - mark) / 1000).toFixed(2));
    mark = t;
  };
  const ids = (pick: (o: GeneratedOrder, fate: Fate) => boolean) => orders.filter((o, i) => pick(o, fates[i]!));

  // orders placed: commission fixed per line; card payments captured
  await chargeCommissions(db, orders.map((o) => o.orderId));
  phase("commissions");
  await db.transaction((tx) => postCardCapturedMany(tx, ids((o) => o.method === "card").map((o) => o.orderId), placedAt));
  phase("cardCaptured");

  // the post delivers (collecting the cash due) or returns each parcel, as the tracking feed reports it
  const delivered = ids((_, fate) => fate !== "returned");
  await db.transaction(async (tx) => {
    await tx
      .update(shipments)
      .set({ trackingStatus: "delivered", trackingStatusAt: deliveredAt, codCollectedMinor: sql`case when ${shipments.codAmountMinor} > 0 then ${shipments.codAmountMinor} end` })
      .where(sql`${shipments.id} = any(${sql.param(delivered.map((o) => o.shipmentId))}::uuid[])`);
    await postCashCollectedMany(tx, delivered.filter((o) => o.method === "cod").map((o) => ({ shipmentId: o.shipmentId, collectedMinor: due(o) })), deliveredAt);
  });
  phase("delivered");
  const returned = ids((_, fate) => fate === "returned").map((o) => o.shipmentId);
  await db.transaction(async (tx) => {
    await tx.update(shipments).set({ trackingStatus: "returned_to_sender", trackingStatusAt: deliveredAt }).where(sql`${shipments.id} = any(${sql.param(returned)}::uuid[])`);
    await postParcelsReturned(tx, returned, deliveredAt);
  });
  phase("returned");
  await db.transaction((tx) => postRefundMany(tx, ids((_, fate) => fate === "refundedBefore").map((o) => o.orderId), deliveredAt, { includePostage: false }));
  phase("refundedBefore");
  // one remittance file per cash market, with planted mismatches
  let planted = 0;
  let found = 0;
  const notRemitted = new Set<string>();
  const differs = new Set<string>();
  for (const code of ["IR", "CN"]) {
    const cod = ids((o, fate) => o.marketCode === code && o.method === "cod" && fate === "delivered");
    const never = cod.slice(0, PLANT);
    const amountOff = cod.slice(PLANT, 2 * PLANT);
    never.forEach((o) => notRemitted.add(o.shipmentId));
    amountOff.forEach((o) => differs.add(o.shipmentId));
    const rows = cod.slice(PLANT).map((o) => [o.trackingNumber, amountOff.includes(o) ? due(o) - 1 : due(o), deliveredAt.toISOString().slice(0, 10), 0, `RM-${code}-1`].join(","));
    for (let k = 0; k < PLANT; k++) rows.push([formatS10("CP", 99_000_000 + k, code), 1000, deliveredAt.toISOString().slice(0, 10), 0, `RM-${code}-1`].join(","));
    for (const o of cod.slice(2 * PLANT, 3 * PLANT)) rows.push([o.trackingNumber, due(o), deliveredAt.toISOString().slice(0, 10), 0, `RM-${code}-1`].join(","));
    planted += 4 * PLANT;
    const file = new TextEncoder().encode(["tracking_number,amount_collected,collection_date,fee_withheld,remittance_reference", ...rows].join("\n"));
    const { rows: parsed, errors } = await readRemittanceFile(file, now);
    if (errors.length > 0) throw new Error(`the generated remittance file has ${errors.length} bad rows`);
    const result = await importRemittance(db, { marketCode: code, carrier: "postal-operator", rows: parsed, source: "webhook", importedBy: null, now });
    found += result.cases.amount_differs + result.cases.unknown + result.cases.duplicate + result.cases.not_delivered;
  }
  phase("remittances");
  // never remitted: delivered cash parcels aged 7 days or more without a remittance
  found += (await cashInTransitByAge(db, now)).filter((a) => a.bucket >= 7).reduce((s, a) => s + a.parcels, 0);

  phase("aging");
  // one payout run per market
  let payoutsMinor = 0;
  for (const { code } of markets) payoutsMinor += (await runPayouts(db, { marketCode: code, createdBy: null, now })).totalMinor;
  phase("payouts");
  // refunds after the payout: the sellers were paid, so each shop's debt is reversed from its Stripe transfer (an outbox job) or carried into its next payout
  const refundedAfter = ids((_, fate) => fate === "refundedAfter");
  const reversalJobs = await db.transaction(async (tx) => {
    await postRefundMany(tx, refundedAfter.map((o) => o.orderId), now, { includePostage: false });
    return recoverAfterRefundMany(tx, refundedAfter.map((o) => o.orderId), now);
  });
  phase("refundedAfter");
  const seconds = (performance.now() - started) / 1000;

  // the independent model: what each shop is owed once the payout runs
  const owed = new Map<string, number>();
  orders.forEach((o, i) => {
    const fate = fates[i]!;
    let amount = 0;
    if (o.method === "card" && (fate === "delivered" || fate === "refundedAfter")) amount = net(o);
    if (o.method === "cod" && fate === "delivered" && !notRemitted.has(o.shipmentId) && !differs.has(o.shipmentId)) amount = net(o);
    if (o.method === "cod" && fate === "returned") amount = -(o.postageMinor + o.codFeeMinor);
    owed.set(o.shopId, (owed.get(o.shopId) ?? 0) + amount);
  });
  const expectedPayoutsMinor = [...owed.values()].filter((v) => v >= 1).reduce((s, v) => s + v, 0);
  // and what the shops of the refunds after payout owe back: nothing left once paid (or their carried balance), less those sales
  const owesBack = new Map<string, number>();
  for (const o of refundedAfter) owesBack.set(o.shopId, (owesBack.get(o.shopId) ?? Math.min(0, owed.get(o.shopId) ?? 0)) - net(o));
  const debtShops = [...owesBack.keys()];
  const availableNow = new Map(
    (
      await db
        .select({ shopId: ledgerEntries.party, available: sql<string>`-sum(${ledgerEntries.amountMinor})` })
        .from(ledgerEntries)
        .where(sql`${ledgerEntries.account} = 'seller_available' and ${ledgerEntries.party} = any(${sql.param(debtShops)}::text[])`)
        .groupBy(ledgerEntries.party)
    ).map((r) => [r.shopId, Number(r.available)]),
  );
  const reversals = await db
    .select({ shopId: payoutReversals.shopId, amountMinor: payoutReversals.amountMinor })
    .from(payoutReversals)
    .where(sql`${payoutReversals.shopId} = any(${sql.param(debtShops)}::uuid[])`);
  const reversedMinor = reversals.reduce((s, r) => s + r.amountMinor, 0);
  const refundsAfterPayout = {
    orders: refundedAfter.length,
    refundedMinor: refundedAfter.reduce((s, o) => s + net(o), 0),
    reversals: reversals.length,
    reversalJobs: reversalJobs.length,
    reversedMinor,
    carriedMinor: debtShops.reduce((s, shop) => s + Math.max(0, -(availableNow.get(shop) ?? 0)), 0),
    // the model's balances before any reversal, and the ledger's with the reversals taken out again: equal to the minor unit
    expectedOwedMinor: [...owesBack.values()].reduce((s, v) => s + v, 0),
    owedMinor: debtShops.reduce((s, shop) => s + (availableNow.get(shop) ?? 0), 0) - reversedMinor,
  };

  // the busiest shop's statement for this month, PDF and CSV
  const busiest = [...owed.keys()].sort((a, b) => orders.filter((o) => o.shopId === b).length - orders.filter((o) => o.shopId === a).length)[0]!;
  const statementStart = performance.now();
  const month = monthOf(now, "gregory", "Asia/Shanghai");
  const statement = await statementOf(db, busiest, { year: month.year, month: month.month, locale: "en", now });
  statementCsv(statement);
  const pdf = await new Response(statementPdfStream(statement)).arrayBuffer();
  const statementSeconds = (performance.now() - statementStart) / 1000;

  const [entries] = await db.select({ n: sql<string>`count(*)` }).from(ledgerEntries);
  return {
    orders: count,
    entries: Number(entries?.n ?? 0),
    seconds: Number(seconds.toFixed(2)),
    imbalanceMinor: await imbalance(db),
    mismatchesPlanted: planted,
    mismatchesFound: found,
    payoutsMinor,
    expectedPayoutsMinor,
    statementSeconds: Number(statementSeconds.toFixed(2)),
    detail: { phases, refundsAfterPayout, generateSeconds: Number(generateSeconds.toFixed(2)), statementRows: statement.rows.length, statementBytes: pdf.byteLength },
  };
}

async function main() {
  const count = arg("orders", 100_000);
  const handle = await freshPostgres(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres", "vp_bench_money", 4);
  try {
    await migrate(handle);
    await seed(handle.db);
    const { detail, ...line } = await settle(handle.db, count);
    console.error(JSON.stringify(detail));
    console.log(JSON.stringify(line));
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
