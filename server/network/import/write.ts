import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { rowsOf } from "../sql-rows";
import type { RegionRow } from "./validate";

const BATCH = 5000;

function* batches<T>(items: T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += BATCH) yield items.slice(i, i + BATCH);
}


/**
 * Inserts or updates the regions of one level, a batch of rows per statement
 * (the rows travel as one JSON parameter). A row equal to what is stored is
 * left alone, so a second import of the same file changes nothing.
 * Returns the codes inserted and the codes updated.
 */
async function upsertRegions(tx: Tx, rows: RegionRow[]): Promise<{ inserted: Set<string>; updated: Set<string> }> {
  const inserted = new Set<string>();
  const updated = new Set<string>();
  for (const batch of batches(rows)) {
    const json = JSON.stringify(
      batch.map((r) => ({
        market_code: r.marketCode,
        code: r.code,
        slug: r.slug,
        parent_code: r.parentCode,
        level: r.level,
        name: r.name,
        lat: r.lat,
        lng: r.lng,
        postal_code: r.postalCode,
        valid_from: r.validFrom,
        position: r.line,
      })),
    );
    const result = await tx.execute(sql`
      insert into regions (slug, code, market_code, parent_id, level, name, lat, lng, postal_code, valid_from, position)
      select u.slug, u.code, u.market_code, p.id, u.level::region_level, u.name, u.lat, u.lng, u.postal_code, u.valid_from, u.position
      from jsonb_to_recordset(${json}::jsonb) as u(market_code text, code text, slug text, parent_code text, level text, name jsonb,
        lat float8, lng float8, postal_code text, valid_from date, position int)
      left join regions p on p.market_code = u.market_code and p.code = u.parent_code
      on conflict (market_code, code) do update set
        parent_id = excluded.parent_id, name = excluded.name, lat = excluded.lat, lng = excluded.lng,
        postal_code = excluded.postal_code, valid_from = excluded.valid_from
      where (regions.parent_id, regions.name, regions.lat, regions.lng, regions.postal_code, regions.valid_from)
        is distinct from (excluded.parent_id, excluded.name, excluded.lat, excluded.lng, excluded.postal_code, excluded.valid_from)
      returning market_code || ':' || code as key, (xmax = 0) as fresh`);
    for (const row of rowsOf<{ key: string; fresh: boolean }>(result)) (row.fresh ? inserted : updated).add(row.key);
  }
  return { inserted, updated };
}

/** Sets the weekly route days of the rows that name them; returns the regions whose days changed. */
async function upsertRouteDays(tx: Tx, rows: RegionRow[]): Promise<Set<string>> {
  const changed = new Set<string>();
  for (const batch of batches(rows.filter((r) => r.weekdays !== null))) {
    const json = JSON.stringify(batch.map((r) => ({ market_code: r.marketCode, code: r.code, weekdays: r.weekdays })));
    const result = await tx.execute(sql`
      with wanted as (
        select r.id, r.market_code || ':' || r.code as key, u.weekdays
        from jsonb_to_recordset(${json}::jsonb) as u(market_code text, code text, weekdays int[])
        join regions r on r.market_code = u.market_code and r.code = u.code
      ), written as (
        insert into route_schedules (region_id, weekdays)
        select id, weekdays from wanted
        on conflict (region_id) do update set weekdays = excluded.weekdays
        where route_schedules.weekdays is distinct from excluded.weekdays
        returning region_id
      )
      select wanted.key from written join wanted on wanted.id = written.region_id`);
    for (const row of rowsOf<{ key: string }>(result)) changed.add(row.key);
  }
  return changed;
}

/**
 * Closes the regions a merge or rename replaces, from the new region's first
 * day, and every still-open region below them; returns how many changed.
 */
async function closeReplaced(tx: Tx, rows: RegionRow[]): Promise<number> {
  const pairs = rows.flatMap((r) => r.replaces.map((old) => ({ market_code: r.marketCode, code: r.code, old_code: old, valid_from: r.validFrom })));
  let count = 0;
  for (const batch of batches(pairs)) {
    const json = JSON.stringify(batch);
    const replaced = await tx.execute(sql`
      update regions old set valid_to = u.valid_from, replaced_by_id = fresh.id
      from jsonb_to_recordset(${json}::jsonb) as u(market_code text, code text, old_code text, valid_from date)
      join regions fresh on fresh.market_code = u.market_code and fresh.code = u.code
      where old.market_code = u.market_code and old.code = u.old_code
        and (old.valid_to is distinct from u.valid_from or old.replaced_by_id is distinct from fresh.id)
      returning old.id`);
    count += rowsOf(replaced).length;
    const below = await tx.execute(sql`
      with recursive down(id, valid_to) as (
        select old.id, u.valid_from
        from jsonb_to_recordset(${json}::jsonb) as u(market_code text, old_code text, valid_from date)
        join regions old on old.market_code = u.market_code and old.code = u.old_code
        union all
        select r.id, down.valid_to from regions r join down on r.parent_id = down.id
      )
      update regions r set valid_to = down.valid_to from down
      where r.id = down.id and r.valid_to is null
      returning r.id`);
    count += rowsOf(below).length;
  }
  return count;
}

/** Writes validated rows, parents before children, inside the caller's transaction. */
export async function writeRegionRows(tx: Tx, rows: RegionRow[]): Promise<{ inserted: number; updated: number }> {
  const byDepth = new Map<number, RegionRow[]>();
  for (const row of rows) {
    const list = byDepth.get(row.depth);
    if (list) list.push(row);
    else byDepth.set(row.depth, [row]);
  }
  const inserted = new Set<string>();
  const updated = new Set<string>();
  for (const depth of [...byDepth.keys()].sort((a, b) => a - b)) {
    const result = await upsertRegions(tx, byDepth.get(depth) ?? []);
    result.inserted.forEach((k) => inserted.add(k));
    result.updated.forEach((k) => updated.add(k));
  }
  for (const key of await upsertRouteDays(tx, rows)) if (!inserted.has(key)) updated.add(key);
  const closed = await closeReplaced(tx, rows);
  return { inserted: inserted.size, updated: updated.size + closed };
}
