import { and, eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, DbHandle } from "@/db/client";
import { markets, orderLines, orders, redeliveryRequests, regions, shipments, shops, trackingEvents, variants } from "@/db/schema";
import { seededDatabase, testDatabases } from "@/test/databases";
import { directDeliveryDaysSql, directFlowsSql, provinceFlows, rebuildProvinceFlows } from "./flows";
import { rowsOf } from "./sql-rows";

/** A small seeded generator: the same events on every run, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(list: T[]): T => list[Math.floor(next() * list.length)]! };
}

type Totals = Record<string, number>;

/** Province × month × shard → figures, summed; rows that add up to nothing left out. */
function keyed(rows: Record<string, unknown>[], keyOf: (row: Record<string, unknown>) => string): Map<string, Totals> {
  const map = new Map<string, Totals>();
  for (const row of rows) {
    const key = keyOf(row);
    const totals = map.get(key) ?? {};
    for (const [name, value] of Object.entries(row)) {
      if (["province_id", "market_code", "month", "shard", "days"].includes(name)) continue;
      totals[name] = (totals[name] ?? 0) + Number(value);
    }
    map.set(key, totals);
  }
  for (const [key, totals] of map) if (Object.values(totals).every((v) => v === 0)) map.delete(key);
  return map;
}

const monthOf = (row: Record<string, unknown>) => String(row.month instanceof Date ? row.month.toISOString().slice(0, 10) : row.month).slice(0, 10);

async function compare(handle: DbHandle) {
  const { db } = handle;
  const rollup = rowsOf<Record<string, unknown>>(await db.execute(sql`select * from province_flows`));
  const direct = rowsOf<Record<string, unknown>>(await db.execute(directFlowsSql(null)));
  const flowKey = (r: Record<string, unknown>) => `${String(r.province_id)}|${monthOf(r)}|${String(r.shard)}`;
  const rollupDays = rowsOf<Record<string, unknown>>(await db.execute(sql`select * from province_delivery_days`));
  const directDays = rowsOf<Record<string, unknown>>(await db.execute(directDeliveryDaysSql(null)));
  const dayKey = (r: Record<string, unknown>) => `${String(r.province_id)}|${monthOf(r)}|${String(r.days)}`;
  return { rollup: keyed(rollup, flowKey), direct: keyed(direct, flowKey), rollupDays: keyed(rollupDays, dayKey), directDays: keyed(directDays, dayKey) };
}

/** The seeded shops, villages (regions without children), a size to order and each market's currency. */
async function world(db: Database) {
  const allShops = await db.select({ id: shops.id, marketCode: shops.marketCode }).from(shops);
  const villages = await db
    .select({ id: regions.id, marketCode: regions.marketCode })
    .from(regions)
    .where(sql`not exists (select 1 from ${regions} c where c.parent_id = ${regions.id})`);
  const [variant] = await db.select({ id: variants.id }).from(variants).limit(1);
  const currencies = new Map((await db.select({ code: markets.code, currency: markets.currency }).from(markets)).map((m) => [m.code, m.currency]));
  return { allShops, villages, variant, currencies };
}

describe.each(testDatabases())("province flows on $name", (target) => {
  let handle: DbHandle;

  beforeAll(async () => {
    handle = await seededDatabase(target);
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("the rollup equals the flows counted straight from the parcels after random events", async () => {
    const { db } = handle;
    const rng = random(20_261_203);
    const { allShops, villages, variant, currencies } = await world(db);
    const parcels: { id: string; status: string }[] = [];
    const statuses = ["accepted", "in_transit", "arrived_at_service_point", "out_for_delivery", "delivered", "held_at_counter", "delivery_failed"] as const;

    for (let i = 0; i < 160; i++) {
      const action = parcels.length < 20 ? 0 : rng.int(6);
      if (action <= 1) {
        // a new order: cash (confirmed at once, lines after the parcel) or card (confirmed later)
        const shop = rng.pick(allShops);
        const village = rng.pick(villages.filter((v) => v.marketCode === shop.marketCode));
        const cod = rng.next() < 0.6;
        const createdAt = new Date(Date.UTC(2026, rng.int(12), 1 + rng.int(28), rng.int(24)));
        const [order] = await db
          .insert(orders)
          .values({
            number: `VP-FLOW-${i}`,
            accessTokenHash: "x",
            locale: "en",
            marketCode: shop.marketCode,
            currency: currencies.get(shop.marketCode)!,
            status: cod ? "confirmed" : "pending_payment",
            paymentMethod: cod ? "cod" : "card",
            delivery: { kind: "home", recipientName: "R", recipientPhone: "+989151230000", villageId: village.id, placeLabel: "here" },
            itemsMinor: 0,
            postageMinor: 0,
            codFeeMinor: 0,
            totalMinor: 0,
            createdAt,
          })
          .returning({ id: orders.id });
        const [parcel] = await db
          .insert(shipments)
          .values({
            orderId: order!.id,
            shopId: shop.id,
            status: cod ? "confirmed" : "pending",
            zone: "other_province",
            weightGrams: 500,
            postageMinor: 100,
            codAmountMinor: cod ? 5000 : 0,
            // a card order is booked (numbered, label created) once paid
            trackingNumber: cod ? `CP${String(10_000_000 + i)}XX` : null,
            trackingStatus: cod ? "label_created" : null,
            createdAt,
          })
          .returning({ id: shipments.id });
        for (let l = 0; l <= rng.int(3); l++) {
          await db.insert(orderLines).values({
            orderId: order!.id,
            shipmentId: parcel!.id,
            variantId: variant!.id,
            productName: "p",
            variantLabel: "v",
            unitPriceMinor: 100 + rng.int(10_000),
            quantity: 1 + rng.int(4),
            weightGrams: 100,
          });
        }
        parcels.push({ id: parcel!.id, status: cod ? "confirmed" : "pending" });
      } else if (action === 2) {
        // a card payment arrives, or an order is cancelled
        const parcel = rng.pick(parcels);
        const status = rng.next() < 0.8 ? "confirmed" : "cancelled";
        await db.update(shipments).set({ status }).where(eq(shipments.id, parcel.id));
        if (status === "confirmed") {
          await db
            .update(shipments)
            .set({ trackingNumber: `CP${String(20_000_000 + i)}XX`, trackingStatus: "label_created", trackingStatusAt: new Date() })
            .where(and(eq(shipments.id, parcel.id), isNull(shipments.trackingNumber)));
        }
        parcel.status = status;
      } else if (action === 3) {
        const parcel = rng.pick(parcels);
        await db.insert(redeliveryRequests).values({ shipmentId: parcel.id, date: "2026-12-10", slot: "09:00-12:00" });
      } else {
        // a tracking event; a delivery records the cash and takes days from the order
        const parcel = rng.pick(parcels);
        const status = rng.pick([...statuses]);
        const [row] = await db.select({ createdAt: shipments.createdAt }).from(shipments).where(eq(shipments.id, parcel.id));
        const at = new Date(row!.createdAt.getTime() + rng.int(12 * 86_400_000));
        const applied = rng.next() < 0.85;
        await db.insert(trackingEvents).values({ eventKey: `flow:${i}`, shipmentId: parcel.id, status, occurredAt: at, source: "carrier", applied });
        if (applied) {
          await db
            .update(shipments)
            .set({ trackingStatus: status, trackingStatusAt: at, ...(status === "delivered" ? { codCollectedMinor: rng.int(6000) } : {}) })
            .where(eq(shipments.id, parcel.id));
        }
      }
    }

    const { rollup, direct, rollupDays, directDays } = await compare(handle);
    expect(direct.size).toBeGreaterThan(10);
    expect([...directDays.values()].length).toBeGreaterThan(0);
    expect(Object.fromEntries(rollup)).toEqual(Object.fromEntries(direct));
    expect(Object.fromEntries(rollupDays)).toEqual(Object.fromEntries(directDays));

    // a rebuild from the parcels lands on the same figures, however the shards fall
    const before = await provinceFlows(db, { marketCode: "IR", from: "2026-01", to: "2026-12" }, "en");
    await rebuildProvinceFlows(db);
    expect(await provinceFlows(db, { marketCode: "IR", from: "2026-01", to: "2026-12" }, "en")).toEqual(before);
    expect(before.length).toBeGreaterThan(0);
  });

  it("the rollup equals the flows counted straight from the parcels after statements over many parcels at once", async () => {
    const { db } = handle;
    const rng = random(20_261_204);
    const { allShops, villages, variant, currencies } = await world(db);
    const picked = Array.from({ length: 60 }, (_, i) => {
      const shop = rng.pick(allShops);
      const village = rng.pick(villages.filter((v) => v.marketCode === shop.marketCode));
      return { i, shop, village, createdAt: new Date(Date.UTC(2026, rng.int(12), 1 + rng.int(28), rng.int(24))), cod: rng.next() < 0.5 };
    });
    const orderRows = await db
      .insert(orders)
      .values(
        picked.map((p) => ({
          number: `VP-BULK-${p.i}`,
          accessTokenHash: "x",
          locale: "en",
          marketCode: p.shop.marketCode,
          currency: currencies.get(p.shop.marketCode)!,
          status: "confirmed" as const,
          paymentMethod: p.cod ? ("cod" as const) : ("card" as const),
          delivery: { kind: "home" as const, recipientName: "R", recipientPhone: "+989151230000", villageId: p.village.id, placeLabel: "here" },
          itemsMinor: 0,
          postageMinor: 0,
          codFeeMinor: 0,
          totalMinor: 0,
          createdAt: p.createdAt,
        })),
      )
      .returning({ id: orders.id });
    // every parcel in one statement, some not confirmed yet, then every line in one statement
    const parcelRows = await db
      .insert(shipments)
      .values(
        picked.map((p, k) => ({
          orderId: orderRows[k]!.id,
          shopId: p.shop.id,
          status: k % 5 === 0 ? ("pending" as const) : ("confirmed" as const),
          zone: "other_province" as const,
          weightGrams: 500,
          postageMinor: 100,
          codAmountMinor: p.cod ? 5000 : 0,
          trackingNumber: `CP${String(30_000_000 + p.i)}XX`,
          trackingStatus: "label_created" as const,
          createdAt: p.createdAt,
        })),
      )
      .returning({ id: shipments.id, orderId: shipments.orderId });
    await db.insert(orderLines).values(
      parcelRows.flatMap((parcel) =>
        Array.from({ length: 1 + rng.int(3) }, () => ({
          orderId: parcel.orderId,
          shipmentId: parcel.id,
          variantId: variant!.id,
          productName: "p",
          variantLabel: "v",
          unitPriceMinor: 100 + rng.int(10_000),
          quantity: 1 + rng.int(4),
          weightGrams: 100,
        })),
      ),
    );
    const ids = parcelRows.map((p) => p.id);
    const some = (from: number, to: number) => sql`${shipments.id} = any(${sql.param(ids.slice(from, to))}::uuid[])`;
    // the post moves many parcels in one statement, each to its own status and day
    await db.execute(sql`
      update ${shipments} set tracking_status = 'in_transit', tracking_status_at = created_at + interval '1 day'
      where ${some(0, 50)}`);
    await db.execute(sql`
      update ${shipments} set tracking_status = 'delivered', tracking_status_at = created_at + (abs(hashtext(id::text)) % 9) * interval '1 day',
        cod_collected_minor = case when cod_amount_minor > 0 then cod_amount_minor - abs(hashtext(id::text)) % 100 end
      where ${some(0, 40)}`);
    // confirmed and cancelled together; a statement that changes nothing counted; a parcel moved to another shop
    await db.execute(sql`update ${shipments} set status = case when abs(hashtext(id::text)) % 2 = 0 then 'confirmed' else 'cancelled' end::shipment_status where ${some(0, 60)} and status = 'pending'`);
    await db.execute(sql`update ${shipments} set weight_grams = weight_grams + 1 where ${some(0, 60)}`);
    const mover = rng.pick(allShops.filter((s) => s.marketCode === picked[3]!.shop.marketCode && s.id !== picked[3]!.shop.id));
    if (mover) await db.update(shipments).set({ shopId: mover.id }).where(eq(shipments.id, ids[3]!));
    // delivered again on another day: the days move from one count to the other
    await db.execute(sql`update ${shipments} set tracking_status_at = tracking_status_at + interval '2 days' where ${some(10, 30)}`);

    const { rollup, direct, rollupDays, directDays } = await compare(handle);
    expect([...directDays.values()].length).toBeGreaterThan(0);
    expect(Object.fromEntries(rollup)).toEqual(Object.fromEntries(direct));
    expect(Object.fromEntries(rollupDays)).toEqual(Object.fromEntries(directDays));
  });

  it("reads the median days and the in/out ratio of a province and month", async () => {
    const all = [];
    for (const market of await handle.db.select({ code: markets.code, timeZone: markets.timeZone }).from(markets)) {
      const flows = await provinceFlows(handle.db, { marketCode: market.code, from: "2026-01", to: "2026-12" }, "en");
      all.push(...flows.map((f) => ({ ...f, market })));
    }
    for (const row of all) {
      expect(row.ratio).toBe(row.ordersOut > 0 ? Math.round((row.ordersIn / row.ordersOut) * 100) / 100 : null);
      expect(row.province.length).toBeGreaterThan(0);
      if (row.delivered === 0) expect(row.medianDays).toBeNull();
      else expect(row.medianDays).toBeGreaterThanOrEqual(0);
    }
    // the median of every province and month with deliveries, against the parcels themselves
    const withDays = all.filter((f) => f.delivered > 0);
    expect(withDays.length).toBeGreaterThan(0);
    for (const flow of withDays) {
      const days = rowsOf<{ days: number }>(
        await handle.db.execute(sql`
          select greatest(0, floor(extract(epoch from s.tracking_status_at - s.created_at) / 86400))::int days
          from shipments s join orders o on o.id = s.order_id
          where s.status = 'confirmed' and s.tracking_status = 'delivered' and o.market_code = ${flow.market.code}
            and vp_province_of(nullif(o.delivery->>'villageId', '')::uuid) = ${flow.provinceId}
            and to_char(date_trunc('month', s.created_at at time zone ${flow.market.timeZone}), 'YYYY-MM') = ${flow.month}`),
      )
        .map((r) => Number(r.days))
        .sort((a, b) => a - b);
      expect(days.length).toBe(flow.delivered);
      const mid = days.length / 2;
      const median = days.length % 2 ? days[Math.floor(mid)]! : (days[mid - 1]! + days[mid]!) / 2;
      expect(flow.medianDays).toBe(median);
    }
  });
});
