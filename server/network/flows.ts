import { sql } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import type { LocalizedText } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { localize } from "../catalog/localize";
import { rowsOf } from "./sql-rows";

/** The flows of one province in one month, as the flows screen and its CSV show them. */
export interface ProvinceFlow {
  provinceId: string;
  province: string;
  month: string;
  parcelsIn: number;
  parcelsOut: number;
  ordersIn: number;
  ordersOut: number;
  valueInMinor: number;
  valueOutMinor: number;
  /** orders in per order out; null when nothing went out */
  ratio: number | null;
  /** median whole days from order to delivery of the parcels delivered in the province; null when none */
  medianDays: number | null;
  delivered: number;
  held: number;
  redeliveries: number;
  codCollectedMinor: number;
}

export interface FlowsQuery {
  marketCode: string;
  /** first and last month, YYYY-MM */
  from: string;
  to: string;
}

interface FlowRow {
  province_id: string;
  name: LocalizedText;
  month: string;
  parcels_in: number;
  parcels_out: number;
  orders_in: number;
  orders_out: number;
  value_in_minor: number;
  value_out_minor: number;
  delivered: number;
  held: number;
  redeliveries: number;
  cod_collected_minor: number;
  median_days: number | null;
}

const monthDay = (month: string) => `${month}-01`;

/**
 * The flows per province and month of a market over a period, read from the
 * rollup the database keeps in step with the parcels (migration 0022): a few
 * hundred rows whatever the number of shipments.
 */
export async function provinceFlows(db: DatabaseOrTx, query: FlowsQuery, locale: Locale): Promise<ProvinceFlow[]> {
  const result = await db.execute(sql`
    with f as materialized (
      select province_id, month,
        sum(parcels_in)::int parcels_in, sum(parcels_out)::int parcels_out, sum(orders_in)::int orders_in, sum(orders_out)::int orders_out,
        sum(value_in_minor)::bigint value_in_minor, sum(value_out_minor)::bigint value_out_minor, sum(delivered)::int delivered,
        sum(held)::int held, sum(redeliveries)::int redeliveries, sum(cod_collected_minor)::bigint cod_collected_minor
      from province_flows
      where market_code = ${query.marketCode} and month between ${monthDay(query.from)}::date and ${monthDay(query.to)}::date
      group by province_id, month
    ),
    d as (
      select province_id, month, days, sum(parcels)::bigint n from province_delivery_days
      where market_code = ${query.marketCode} and month between ${monthDay(query.from)}::date and ${monthDay(query.to)}::date
      group by province_id, month, days having sum(parcels) > 0
    ),
    c as (
      select province_id, month, days, (sum(n) over w)::bigint cum, (sum(n) over (partition by province_id, month))::bigint total
      from d window w as (partition by province_id, month order by days)
    ),
    m as materialized (
      -- the middle parcel, or the mean of the two middle ones
      select province_id, month,
        (min(days) filter (where cum >= (total + 1) / 2) + min(days) filter (where cum >= total / 2 + 1)) / 2.0 median_days
      from c group by province_id, month
    )
    select f.province_id, to_char(f.month, 'YYYY-MM') as month, r.name, f.parcels_in, f.parcels_out, f.orders_in, f.orders_out,
      f.value_in_minor, f.value_out_minor, f.delivered, f.held, f.redeliveries, f.cod_collected_minor, m.median_days::float8 median_days
    from f join regions r on r.id = f.province_id
    left join m on m.province_id = f.province_id and m.month = f.month
    where f.orders_in <> 0 or f.orders_out <> 0 or f.held <> 0 or f.redeliveries <> 0
    order by f.month, r.position, r.code`);
  return rowsOf<FlowRow>(result).map((row) => toFlow(row, locale));
}

function toFlow(row: FlowRow, locale: Locale): ProvinceFlow {
  const ordersOut = Number(row.orders_out);
  const ordersIn = Number(row.orders_in);
  return {
    provinceId: row.province_id,
    province: localize(row.name, locale).text,
    month: row.month,
    parcelsIn: Number(row.parcels_in),
    parcelsOut: Number(row.parcels_out),
    ordersIn,
    ordersOut,
    valueInMinor: Number(row.value_in_minor),
    valueOutMinor: Number(row.value_out_minor),
    ratio: ordersOut > 0 ? Math.round((ordersIn / ordersOut) * 100) / 100 : null,
    medianDays: row.median_days === null ? null : Number(row.median_days),
    delivered: Number(row.delivered),
    held: Number(row.held),
    redeliveries: Number(row.redeliveries),
    codCollectedMinor: Number(row.cod_collected_minor),
  };
}

/** Every region with the province it lies in, walked down once from the provinces (a set, not a lookup per parcel). */
const provinceMap = sql.raw(`prov(id, province_id) as (
      select id, id from regions where level = 'province'
      union all
      select r.id, prov.province_id from regions r join prov on r.parent_id = prov.id and r.level <> 'province'
    )`);

/**
 * The same figures counted straight from the parcels, their lines, events and
 * redelivery requests: what the rollup must always equal. Slow on a large
 * database; used to rebuild the rollup and to check it.
 */
export function directFlowsSql(marketCode: string | null) {
  return sql`
    with recursive ${provinceMap},
    s as (
      select sh.id, sh.status, sh.tracking_status, sh.tracking_status_at, sh.created_at, sh.cod_collected_minor, o.market_code,
        date_trunc('month', sh.created_at at time zone mk.time_zone)::date as month,
        po.province_id as origin,
        pd.province_id as dest,
        (abs(hashtext(sh.id::text)) % 8)::smallint as shard,
        coalesce(v.value, 0) as value
      from shipments sh
      join orders o on o.id = sh.order_id
      join markets mk on mk.code = o.market_code
      join shops shop on shop.id = sh.shop_id
      left join service_points sp on sp.id = o.service_point_id
      left join (select shipment_id, sum(unit_price_minor * quantity) as value from order_lines group by shipment_id) v on v.shipment_id = sh.id
      left join prov po on po.id = shop.village_id
      left join prov pd on pd.id = coalesce(sp.region_id, nullif(o.delivery->>'villageId', '')::uuid)
      where ${marketCode === null ? sql`true` : sql`o.market_code = ${marketCode}`}
    ),
    c as (
      select origin as province_id, market_code, month, shard, 1 orders_out, 0 orders_in, value value_out, 0 value_in,
        (tracking_status is not null and tracking_status <> 'label_created')::int parcels_out, 0 parcels_in, 0 delivered, 0 held, 0 redeliveries, 0 cod
      from s where status = 'confirmed' and origin is not null
      union all
      select dest, market_code, month, shard, 0, 1, 0, value, 0, (tracking_status is not null and tracking_status <> 'label_created')::int,
        (tracking_status = 'delivered')::int, 0, 0, coalesce(cod_collected_minor, 0)
      from s where status = 'confirmed' and dest is not null
      union all
      select s.dest, s.market_code, s.month, s.shard, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0
      from tracking_events e join s on s.id = e.shipment_id where e.status = 'held_at_counter' and e.applied and s.dest is not null
      union all
      select s.dest, s.market_code, s.month, s.shard, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0
      from redelivery_requests r join s on s.id = r.shipment_id where s.dest is not null
    )
    select province_id, market_code, month, shard,
      sum(orders_out)::int orders_out, sum(orders_in)::int orders_in, sum(value_out)::bigint value_out_minor, sum(value_in)::bigint value_in_minor,
      sum(parcels_out)::int parcels_out, sum(parcels_in)::int parcels_in, sum(delivered)::int delivered, sum(held)::int held,
      sum(redeliveries)::int redeliveries, sum(cod)::bigint cod_collected_minor
    from c group by province_id, market_code, month, shard`;
}

/** Delivered parcels by days from order to delivery, counted straight from the parcels. */
export function directDeliveryDaysSql(marketCode: string | null) {
  return sql`
    with recursive ${provinceMap}
    select pd.province_id, o.market_code,
      date_trunc('month', sh.created_at at time zone mk.time_zone)::date as month,
      greatest(0, floor(extract(epoch from sh.tracking_status_at - sh.created_at) / 86400))::int as days, count(*)::int as parcels
    from shipments sh
    join orders o on o.id = sh.order_id
    join markets mk on mk.code = o.market_code
    left join service_points sp on sp.id = o.service_point_id
    join prov pd on pd.id = coalesce(sp.region_id, nullif(o.delivery->>'villageId', '')::uuid)
    where sh.status = 'confirmed' and sh.tracking_status = 'delivered'
      and ${marketCode === null ? sql`true` : sql`o.market_code = ${marketCode}`}
    group by 1, 2, 3, 4`;
}

/**
 * Recounts the rollup of every market from the parcels, in one transaction
 * (after a bulk load with triggers off, or to check nothing drifted).
 */
export async function rebuildProvinceFlows(db: DatabaseOrTx): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`lock table province_flows, province_delivery_days in exclusive mode`);
    await tx.execute(sql`delete from province_flows where true`);
    await tx.execute(sql`delete from province_delivery_days where true`);
    await tx.execute(sql`
      insert into province_flows (province_id, market_code, month, shard, orders_out, orders_in, value_out_minor, value_in_minor,
        parcels_out, parcels_in, delivered, held, redeliveries, cod_collected_minor)
      select province_id, market_code, month, shard, orders_out, orders_in, value_out_minor, value_in_minor,
        parcels_out, parcels_in, delivered, held, redeliveries, cod_collected_minor
      from (${directFlowsSql(null)}) d`);
    await tx.execute(sql`
      insert into province_delivery_days (province_id, market_code, month, days, parcels)
      select province_id, market_code, month, days, parcels from (${directDeliveryDaysSql(null)}) d`);
  });
  // the planner learns the new size of the tables at once
  await db.execute(sql`analyze province_flows, province_delivery_days`);
}

/** One CSV field, quoted when it must be. */
function csvCell(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The flows as CSV (UTF-8 with BOM for spreadsheets): one row per province and
 * month, amounts in the currency's minor unit as stored, headers as given.
 */
export function flowsCsv(flows: ProvinceFlow[], headers: Record<FlowColumn, string>): string {
  const rows = [
    FLOW_COLUMNS.map((c) => csvCell(headers[c])).join(","),
    ...flows.map((f) =>
      [f.month, f.province, f.parcelsIn, f.parcelsOut, f.ordersIn, f.ordersOut, f.valueInMinor, f.valueOutMinor, f.ratio, f.medianDays, f.held, f.redeliveries, f.codCollectedMinor]
        .map((v) => csvCell(v))
        .join(","),
    ),
  ];
  return `\uFEFF${rows.join("\r\n")}\r\n`;
}

export const FLOW_COLUMNS = ["month", "province", "parcelsIn", "parcelsOut", "ordersIn", "ordersOut", "valueIn", "valueOut", "ratio", "medianDays", "held", "redeliveries", "cod"] as const;
export type FlowColumn = (typeof FLOW_COLUMNS)[number];
