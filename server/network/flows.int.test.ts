import { and, eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
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
    const allShops = await db.select({ id: shops.id, marketCode: shops.marketCode }).from(shops);
    const villages = await db
      .select({ id: regions.id, marketCode: regions.marketCode })
      .from(regions)
      .where(sql`not exists (select 1 from ${regions} c where c.parent_id = ${regions.id})`);
    const [variant] = await db.select({ id: variants.id }).from(variants).limit(1);
    const currencies = new Map((await db.select({ code: markets.code, currency: markets.currency }).from(markets)).map((m) => [m.code, m.currency]));
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
