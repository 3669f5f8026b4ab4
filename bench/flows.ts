/**
 * npm run bench:flows [-- --shipments 1000000 --provinces 34 --runs 200]
 * Fills a fresh database on the PostgreSQL server at DATABASE_URL (default: the
 * local one; created under a unique name and dropped here) with one market's
 * provinces, villages, shops and N orders with their parcels, lines, holds and
 * redeliveries over a year (INSERT … SELECT generate_series, the rollup triggers
 * off), recounts the province flows rollup once, then times the flows query of
 * the screen over periods of 1 to 12 months.
 * Prints one final JSON line {"shipments":N,"p95Ms":…}. Target: p95 ≤ 100 ms.
 */
import pg from "pg";
import { freshPostgres } from "@/test/databases";
import { migrate } from "@/db/migrate";
import { seed } from "@/db/seed";
import { provinceFlows, rebuildProvinceFlows } from "@/server/network/flows";

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round = (n: number) => Math.round(n * 10) / 10;

async function generate(client: pg.Client, shipments: number, provinces: number) {
  const [market] = (await client.query<{ code: string; currency: string }>("select code, currency from markets order by position, code limit 1")).rows;
  if (!market) throw new Error("the seed wrote no market");
  const villagesPer = 20;
  const shopsPer = 10;
  // the bulk load writes the rollup once at the end, not row by row
  await client.query("set session_replication_role = replica");
  await client.query(
    `insert into regions (slug, market_code, code, level, name, position)
     select 'bench-p-' || p, $1, 'BENCH-P' || p, 'province', jsonb_build_object('en', 'Province ' || p), 1000 + p from generate_series(1, $2) p`,
    [market.code, provinces],
  );
  await client.query(
    `insert into regions (slug, market_code, code, parent_id, level, name)
     select 'bench-v-' || p || '-' || v, $1, 'BENCH-V' || p || '-' || v, r.id, 'village', jsonb_build_object('en', 'Village ' || v)
     from generate_series(1, $2) p join regions r on r.code = 'BENCH-P' || p and r.market_code = $1
     cross join generate_series(1, $3) v`,
    [market.code, provinces, villagesPer],
  );
  await client.query(`create temp table bench_villages as select row_number() over (order by code) - 1 as i, id from regions where code like 'BENCH-V%'`);
  await client.query(
    `insert into shops (slug, market_code, village_id, status, name, story, phone)
     select 'bench-shop-' || v.i || '-' || k, $1, v.id, 'approved', '{"en":"Bench shop"}', '{}', '+10000000000'
     from bench_villages v cross join generate_series(1, $2) k where v.i % $3 = 0`,
    [market.code, shopsPer / 2, villagesPer / 2],
  );
  await client.query(`create temp table bench_shops as select row_number() over (order by slug) - 1 as i, id from shops where slug like 'bench-shop-%'`);
  const villages = provinces * villagesPer;
  const shopCount = Number((await client.query<{ n: string }>("select count(*) n from bench_shops")).rows[0]?.n ?? 0);
  const variant = (await client.query<{ id: string }>("select id from variants limit 1")).rows[0]?.id;
  if (!variant) throw new Error("the seed wrote no product");
  await client.query(
    `insert into orders (id, number, access_token_hash, locale, market_code, currency, status, payment_method, delivery,
       items_minor, postage_minor, cod_fee_minor, total_minor, created_at)
     select md5('order' || g)::uuid, 'VP-BENCH-' || g, 'x', 'en', $1, $2, 'confirmed', 'cod',
       jsonb_build_object('kind', 'home', 'recipientName', 'R', 'recipientPhone', '+10000000000', 'villageId', v.id, 'placeLabel', 'x'),
       1000 + g % 5000, 300, 0, 1300 + g % 5000, now() - make_interval(days => g % 365, hours => g % 24)
     from generate_series(1, $3) g join bench_villages v on v.i = (g::bigint * 7919) % $4`,
    [market.code, market.currency, shipments, villages],
  );
  // most parcels delivered 1–9 days after the order, some held, on the way or just booked
  await client.query(
    `insert into shipments (id, order_id, shop_id, status, zone, weight_grams, postage_minor, cod_amount_minor, tracking_number,
       tracking_status, tracking_status_at, cod_collected_minor, created_at)
     select md5('parcel' || g)::uuid, md5('order' || g)::uuid, s.id, 'confirmed', 'other_province', 500, 300, 1300 + g % 5000,
       'CB' || lpad(g::text, 9, '0') || 'XX',
       (case when g % 20 < 13 then 'delivered' when g % 20 = 13 then 'held_at_counter' when g % 20 < 17 then 'in_transit' else 'label_created' end)::tracking_status,
       o.created_at + make_interval(days => 1 + g % 9), case when g % 20 < 13 then 1300 + g % 5000 end, o.created_at
     from generate_series(1, $1) g join orders o on o.id = md5('order' || g)::uuid join bench_shops s on s.i = (g::bigint * 104729) % $2`,
    [shipments, shopCount],
  );
  await client.query(
    `insert into order_lines (order_id, shipment_id, variant_id, product_name, variant_label, unit_price_minor, quantity, weight_grams)
     select md5('order' || g)::uuid, md5('parcel' || g)::uuid, $2, 'p', 'v', 1000 + g % 5000, 1, 500 from generate_series(1, $1) g`,
    [shipments, variant],
  );
  await client.query(
    `insert into tracking_events (event_key, shipment_id, status, occurred_at, source, applied)
     select 'bench:' || g, md5('parcel' || g)::uuid, 'held_at_counter', now(), 'carrier', true from generate_series(1, $1) g where g % 20 = 13`,
    [shipments],
  );
  await client.query(
    `insert into redelivery_requests (shipment_id, date, slot)
     select md5('parcel' || g)::uuid, current_date, '09:00-12:00' from generate_series(1, $1) g where g % 40 = 13`,
    [shipments],
  );
  await client.query("set session_replication_role = origin");
  await client.query("analyze");
  return market.code;
}

async function main() {
  const shipments = flag("shipments", 1_000_000);
  const provinces = flag("provinces", 34);
  const runs = flag("runs", 200);
  const handle = await freshPostgres(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres", "vp_bench_flows", 2);
  const client = new pg.Client({ connectionString: handle.url });
  try {
    await migrate(handle);
    await seed(handle.db);
    await client.connect();
    let started = performance.now();
    const marketCode = await generate(client, shipments, provinces);
    const generateSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    await rebuildProvinceFlows(handle.db);
    const rebuildSeconds = (performance.now() - started) / 1000;

    const thisMonth = new Date();
    const monthBack = (n: number) => new Date(Date.UTC(thisMonth.getUTCFullYear(), thisMonth.getUTCMonth() - n, 1)).toISOString().slice(0, 7);
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs + 10; i++) {
      const span = 1 + (i % 12);
      const to = monthBack(i % 3);
      const t0 = performance.now();
      const flows = await provinceFlows(handle.db, { marketCode, from: monthBack((i % 3) + span - 1), to }, "en");
      const ms = performance.now() - t0;
      // the first runs warm the connection and the plan cache
      if (i >= 10) times.push(ms);
      rows = Math.max(rows, flows.length);
    }
    times.sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        shipments,
        provinces,
        runs,
        maxRows: rows,
        p50Ms: round(percentile(times, 50)),
        p95Ms: round(percentile(times, 95)),
        generateSeconds: round(generateSeconds),
        rebuildSeconds: round(rebuildSeconds),
      }),
    );
  } finally {
    await client.end().catch(() => undefined);
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
