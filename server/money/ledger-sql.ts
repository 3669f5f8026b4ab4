import { sql, type SQL } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { carrierFor } from "../fulfilment/carriers/postal-operator";

/** A list of ids as one array parameter (any length, one placeholder). */
export const uuidArray = (values: (string | null)[]) => sql`${sql.param(values)}::uuid[]`;
export const bigintArray = (values: number[]) => sql`${sql.param(values)}::bigint[]`;
export const textArray = (values: (string | null)[]) => sql`${sql.param(values)}::text[]`;
export const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** The party of a parcel's post when the shipment names none: every market's parcels go to its postal operator. */
const DEFAULT_CARRIER = carrierFor("").code;

/**
 * One row per order line of the parcels chosen by `where` (over `s` shipments,
 * `o` orders, `l` order lines), with what money needs of it: the line's items
 * and commission, the parcel's postage and COD fee owed to the post
 * (`post_minor`), and `first_line` marking one row per parcel.
 * `join` adds tables (an input list) and `columns` their columns.
 */
export function parcelLines(where: SQL, options: { join?: SQL; columns?: SQL } = {}): SQL {
  return sql`
    select p.*, p.postage_minor + case when p.cod_amount_minor > 0 then p.cod_amount_minor - p.parcel_items_minor - p.postage_minor else 0 end as post_minor
    from (
      select s.id as shipment_id, s.order_id, s.shop_id::text as shop_id, o.market_code, o.currency, o.payment_method::text as payment_method,
        coalesce(s.carrier, ${DEFAULT_CARRIER}) as carrier, s.postage_minor::bigint as postage_minor, s.cod_amount_minor::bigint as cod_amount_minor,
        s.cod_collected_minor::bigint as cod_collected_minor,
        l.id as line_id, l.unit_price_minor::bigint * l.quantity as items_minor, coalesce(c.commission_minor, 0)::bigint as commission_minor,
        sum(l.unit_price_minor::bigint * l.quantity) over (partition by s.id) as parcel_items_minor,
        row_number() over (partition by s.id order by l.id) = 1 as first_line
        ${options.columns ? sql`, ${options.columns}` : sql``}
      from shipments s
      join orders o on o.id = s.order_id
      join order_lines l on l.shipment_id = s.id
      left join order_line_commissions c on c.order_line_id = l.id
      ${options.join ?? sql``}
      where ${where}
    ) p`;
}

/**
 * The same lines with `owed_minor`: what each line still holds in the seller's
 * pending balance (the net of a sale not yet released), from its entries.
 */
export function parcelLinesWithPending(where: SQL, options: { join?: SQL; columns?: SQL } = {}): SQL {
  return sql`
    with lines as materialized (${parcelLines(where, options)}),
    pending as (
      select e.order_line_id, -sum(e.amount_minor) as owed_minor
      from ledger_entries e
      where e.account = 'seller_pending' and e.order_line_id in (select line_id from lines)
      group by e.order_line_id
    )
    select lines.*, coalesce(pending.owed_minor, 0)::bigint as owed_minor
    from lines left join pending on pending.order_line_id = lines.line_id`;
}

/** What a set-based posting wrote: one row per new event. */
export interface PostedRow {
  key: string;
  market_code: string;
  order_id: string | null;
  shipment_id: string | null;
  /** whatever the event's query computed for its caller (an amount refunded), as the driver returns it */
  result: string | number | null;
}

/** Memory per hash or sort of a batch statement. */
const BATCH_WORK_MEM = "64MB";

/** Past this many parcels or orders a posting runs as a batch (see withHashJoins). */
export const BULK = 200;

/**
 * Writes money events computed inside the database, in one statement:
 * `source` is the CTE `src` (the rows the events come from); `events` selects
 * from it one row per event (key, kind, market_code, currency, order_id,
 * shipment_id, occurred_at, memo, result); `entries` selects from `src` (and
 * `ev`, the events) their postings (key, account, party, amount_minor,
 * order_line_id). Entries of zero are dropped; an event whose key is in the
 * ledger already writes nothing; the database refuses the statement when an
 * event's entries do not sum to zero. `bulk` for a batch (see withHashJoins).
 * Returns the events written.
 */
export async function postQueried(db: DatabaseOrTx, query: { source: SQL; events: SQL; entries: SQL; bulk?: boolean }): Promise<PostedRow[]> {
  const statement = sql`
    with src as materialized (${query.source}),
    ev as materialized (${query.events}),
    ins as (
      insert into ledger_transactions (key, kind, market_code, order_id, shipment_id, occurred_at, memo)
      select ev.key, ev.kind::money_event_kind, ev.market_code, ev.order_id, ev.shipment_id, ev.occurred_at, ev.memo from ev
      on conflict (key) do nothing
      returning id, key
    ),
    en as (${query.entries}),
    written as (
      insert into ledger_entries (transaction_id, account, party, market_code, currency, amount_minor, order_line_id, occurred_at)
      select ins.id, en.account::ledger_account_kind, en.party, ev.market_code, ev.currency, en.amount_minor, en.order_line_id, ev.occurred_at
      from en join ins on ins.key = en.key join ev on ev.key = en.key
      where en.amount_minor <> 0
    )
    select ev.key, ev.market_code, ev.order_id, ev.shipment_id, ev.result from ins join ev on ev.key = ins.key`;
  if (!query.bulk) return rowsOf<PostedRow>(await db.execute(statement));
  return rowsOf<PostedRow>(await withHashJoins(db, (tx) => tx.execute(statement)));
}

/**
 * Runs a statement over many rows with nested loops off, in the caller's
 * transaction (or a new one), and puts the setting back after. Its joins are
 * on the statement's own CTEs and on tables a batch has just filled, whose
 * row counts the planner does not know: a nested loop it picks on an estimate
 * of one row costs the square of the batch, a hash join one pass.
 */
export async function withHashJoins<T>(db: DatabaseOrTx, run: (tx: DatabaseOrTx) => Promise<T>): Promise<T> {
  if (!("rollback" in db)) return db.transaction((tx) => withHashJoins(tx, run));
  const [previous] = rowsOf<{ nestloop: string; jit: string; workMem: string }>(
    await db.execute(sql`select current_setting('enable_nestloop') as nestloop, current_setting('jit') as jit, current_setting('work_mem') as "workMem",
      set_config('enable_nestloop', 'off', true), set_config('jit', 'off', true), set_config('work_mem', ${BATCH_WORK_MEM}, true)`),
  );
  try {
    return await run(db);
  } finally {
    await db.execute(
      sql`select set_config('enable_nestloop', ${previous?.nestloop ?? "on"}, true), set_config('jit', ${previous?.jit ?? "on"}, true), set_config('work_mem', ${previous?.workMem ?? "4MB"}, true)`,
    );
  }
}
