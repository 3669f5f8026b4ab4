import { inArray, sql } from "drizzle-orm";
import type { Database, Tx } from "@/db/client";
import { markets, regions, servicePoints, servicePointVillages } from "@/db/schema";
import { cleanText, codeText } from "@/lib/text";
import { recordChange } from "../audit";
import { hoursText, parseDays, parseHours } from "../hours";
import { rowsOf } from "../sql-rows";
import { parseNetworkFile, type FileColumns, type RawRow } from "./parse";
import type { ImportOptions, ImportResult } from "./import-regions";
import type { RowError } from "./validate";

export const POINT_COLUMNS = [
  "market",
  "code",
  "type",
  "region_code",
  "postal_code",
  "lat",
  "lng",
  "takes_cash",
  "hours",
  "closed_days",
  "villages",
  "name_local",
  "name_en",
  "name_fa",
  "name_zh",
  "name_vi",
  "address_local",
] as const;
export const POINT_OPTIONAL_COLUMNS = ["address_en", "address_fa", "address_zh", "address_vi"] as const;
export type PointColumn = (typeof POINT_COLUMNS)[number] | (typeof POINT_OPTIONAL_COLUMNS)[number];
export const POINT_FILE: FileColumns<PointColumn> = { required: POINT_COLUMNS, optional: POINT_OPTIONAL_COLUMNS };

/** The kinds of service point, as a file or the admin form names them. */
export const POINT_TYPES = ["post_office", "commune_post_office", "rural_counter", "village_agency", "delivery_station", "collaborator_point"] as const;
export type PointTypeName = (typeof POINT_TYPES)[number];
const STORED_TYPE = {
  post_office: "post_office",
  commune_post_office: "commune_post_office",
  rural_counter: "service_counter",
  village_agency: "village_agency",
  delivery_station: "village_station",
  collaborator_point: "collaborator_point",
} as const satisfies Record<PointTypeName, string>;
type StoredType = (typeof STORED_TYPE)[PointTypeName];

/** The name a file or form uses for a stored type. */
export function typeName(stored: string): PointTypeName {
  return (Object.entries(STORED_TYPE).find(([, s]) => s === stored)?.[0] as PointTypeName | undefined) ?? "post_office";
}

/** A refused row; `column` is the cell it is about (the admin form shows it next to that field). */
export interface PointRowError extends RowError {
  column: PointColumn;
}

export interface PointRow {
  line: number;
  marketCode: string;
  code: string;
  type: StoredType;
  regionId: string;
  postalCode: string;
  lat: number;
  lng: number;
  takesCash: boolean;
  hours: Record<string, string>;
  openingHours: Record<string, string[]>;
  closedDays: string[];
  villageIds: string[];
  name: Record<string, string>;
  address: Record<string, string>;
}

interface MarketInfo {
  code: string;
  defaultLocale: string;
  postalCodePattern: string;
  /** region code → id */
  regions: Map<string, string>;
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
const LOCALES = ["en", "fa", "zh", "vi"] as const;
const NAME_MAX = 120;
const ADDRESS_MAX = 300;
const YES = new Set(["yes", "y", "true", "1"]);
const NO = new Set(["no", "n", "false", "0"]);

/** Checks every row against the markets, their maps and the points of other markets; every refused row is named with its reason. */
export function validatePointRows(
  rows: RawRow<PointColumn>[],
  columnCount: number,
  marketInfo: Map<string, MarketInfo>,
  /** existing points' codes → their market */
  existingCodes: Map<string, string>,
): { rows: PointRow[]; errors: PointRowError[] } {
  const errors: PointRowError[] = [];
  const accepted: PointRow[] = [];
  const seen = new Map<string, number>();
  for (const raw of rows) {
    const cell = (c: PointColumn) => raw.cells[c] ?? "";
    const fail = (column: PointColumn, reason: string, params?: RowError["params"]) => errors.push({ line: raw.line, column, reason, params });
    if (raw.columnCount !== columnCount) {
      fail("market", "columnCount", { expected: columnCount, found: raw.columnCount });
      continue;
    }
    const market = marketInfo.get(codeText(cell("market")).toUpperCase());
    if (!market) {
      fail("market", "unknownMarket", { market: cleanText(cell("market")).slice(0, 20) });
      continue;
    }
    const code = codeText(cell("code")).toUpperCase();
    if (!CODE.test(code)) {
      fail("code", "badCode");
      continue;
    }
    const earlier = seen.get(code);
    if (earlier !== undefined) {
      fail("code", "duplicateCode", { code, line: earlier });
      continue;
    }
    const owner = existingCodes.get(code);
    if (owner && owner !== market.code) {
      fail("code", "pointCodeTaken", { code, market: owner });
      continue;
    }
    const typeCell = codeText(cell("type")).toLowerCase() as PointTypeName;
    if (!(POINT_TYPES as readonly string[]).includes(typeCell)) {
      fail("type", "badPointType", { allowed: POINT_TYPES.join(", ") });
      continue;
    }
    const regionCode = codeText(cell("region_code"));
    const regionId = market.regions.get(regionCode);
    if (!regionId) {
      fail("region_code", "unknownRegion", { code: regionCode.slice(0, 40) || "—" });
      continue;
    }
    const postalCode = codeText(cell("postal_code"));
    if (!new RegExp(market.postalCodePattern).test(postalCode)) {
      fail("postal_code", "badPostalCode", { code: postalCode.slice(0, 20) });
      continue;
    }
    const lat = Number(codeText(cell("lat")));
    const lng = Number(codeText(cell("lng")));
    if (cell("lat") === "" || cell("lng") === "" || !Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
      fail(cell("lat") === "" || !Number.isFinite(lat) || Math.abs(lat) > 90 ? "lat" : "lng", "pointCoordinates");
      continue;
    }
    const cash = codeText(cell("takes_cash")).toLowerCase();
    if (!YES.has(cash) && !NO.has(cash)) {
      fail("takes_cash", "badTakesCash");
      continue;
    }
    const hours = parseHours(codeText(cell("hours")));
    if (!hours) {
      fail("hours", "badHours");
      continue;
    }
    const closedDays = parseDays(codeText(cell("closed_days")));
    if (!closedDays) {
      fail("closed_days", "badClosedDays");
      continue;
    }
    const villageCodes = codeText(cell("villages")).split(/[;,\s]+/).filter(Boolean);
    const unknownVillage = villageCodes.find((v) => !market.regions.has(v));
    if (unknownVillage) {
      fail("villages", "unknownVillage", { code: unknownVillage.slice(0, 40) });
      continue;
    }
    const name: Record<string, string> = {};
    const address: Record<string, string> = {};
    const local = cleanText(cell("name_local"));
    if (!local) {
      fail("name_local", "missingLocalName", { locale: market.defaultLocale });
      continue;
    }
    const tooLong = (["name_local", ...LOCALES.map((l) => `name_${l}` as const)] as const).find((c) => cleanText(cell(c)).length > NAME_MAX);
    if (tooLong) {
      fail(tooLong, "nameTooLong", { column: tooLong, max: NAME_MAX });
      continue;
    }
    const addressLocal = cleanText(cell("address_local"));
    if (!addressLocal) {
      fail("address_local", "missingLocalAddress", { locale: market.defaultLocale });
      continue;
    }
    const addressTooLong = (["address_local", ...LOCALES.map((l) => `address_${l}` as const)] as const).find((c) => cleanText(cell(c)).length > ADDRESS_MAX);
    if (addressTooLong) {
      fail(addressTooLong, "nameTooLong", { column: addressTooLong, max: ADDRESS_MAX });
      continue;
    }
    for (const l of LOCALES) {
      const n = cleanText(cell(`name_${l}`));
      if (n) name[l] = n;
      const a = cleanText(cell(`address_${l}`));
      if (a) address[l] = a;
    }
    name[market.defaultLocale] = local;
    address[market.defaultLocale] = addressLocal;
    seen.set(code, raw.line);
    accepted.push({
      line: raw.line,
      marketCode: market.code,
      code,
      type: STORED_TYPE[typeCell],
      regionId,
      postalCode,
      lat,
      lng,
      takesCash: YES.has(cash),
      hours: hoursText(hours.groups),
      openingHours: hours.weekly,
      closedDays,
      villageIds: [...new Set(villageCodes.map((v) => market.regions.get(v) ?? ""))].sort(),
      name,
      address,
    });
  }
  return { rows: accepted, errors };
}

async function marketInfoFor(tx: Tx, codes: string[]): Promise<Map<string, MarketInfo>> {
  const rows = await tx.select({ code: markets.code, defaultLocale: markets.defaultLocale, postalCodePattern: markets.postalCodePattern }).from(markets);
  const info = new Map<string, MarketInfo>(rows.map((m) => [m.code, { ...m, regions: new Map() }]));
  const wanted = codes.filter((c) => info.has(c));
  if (wanted.length > 0) {
    const regionRows = await tx
      .select({ marketCode: regions.marketCode, code: regions.code, id: regions.id })
      .from(regions)
      .where(inArray(regions.marketCode, wanted));
    for (const r of regionRows) info.get(r.marketCode)?.regions.set(r.code, r.id);
  }
  return info;
}

/** Writes accepted rows: a point equal to what is stored is left alone, so the same file twice changes nothing. */
async function writePointRows(tx: Tx, rows: PointRow[]): Promise<{ inserted: number; updated: number; ids: Map<string, string> }> {
  const json = JSON.stringify(
    rows.map((r) => ({
      code: r.code,
      market_code: r.marketCode,
      region_id: r.regionId,
      type: r.type,
      name: r.name,
      address: r.address,
      hours: r.hours,
      lat: r.lat,
      lng: r.lng,
      cash: r.takesCash,
      postal_code: r.postalCode,
      opening_hours: r.openingHours,
      closed_days: r.closedDays,
    })),
  );
  const result = await tx.execute(sql`
    insert into service_points (code, market_code, region_id, type, name, address, hours, lat, lng, accepts_cash_on_delivery, postal_code, opening_hours, closed_days)
    select u.code, u.market_code, u.region_id, u.type::service_point_type, u.name, u.address, u.hours, u.lat, u.lng, u.cash, u.postal_code, u.opening_hours, u.closed_days
    from jsonb_to_recordset(${json}::jsonb) as u(code text, market_code text, region_id uuid, type text, name jsonb, address jsonb, hours jsonb,
      lat float8, lng float8, cash boolean, postal_code text, opening_hours jsonb, closed_days jsonb)
    on conflict (code) do update set
      region_id = excluded.region_id, type = excluded.type, name = excluded.name, address = excluded.address, hours = excluded.hours,
      lat = excluded.lat, lng = excluded.lng, accepts_cash_on_delivery = excluded.accepts_cash_on_delivery, postal_code = excluded.postal_code,
      opening_hours = excluded.opening_hours, closed_days = excluded.closed_days, updated_at = now()
    where (service_points.region_id, service_points.type, service_points.name, service_points.address, service_points.hours, service_points.lat,
        service_points.lng, service_points.accepts_cash_on_delivery, service_points.postal_code, service_points.opening_hours, service_points.closed_days)
      is distinct from (excluded.region_id, excluded.type, excluded.name, excluded.address, excluded.hours, excluded.lat,
        excluded.lng, excluded.accepts_cash_on_delivery, excluded.postal_code, excluded.opening_hours, excluded.closed_days)
    returning code, (xmax = 0) as fresh`);
  const changed = rowsOf<{ code: string; fresh: boolean }>(result);
  const inserted = new Set(changed.filter((c) => c.fresh).map((c) => c.code));
  const updated = new Set(changed.filter((c) => !c.fresh).map((c) => c.code));

  const codes = rows.map((r) => r.code);
  const ids = new Map(
    (await tx.select({ id: servicePoints.id, code: servicePoints.code }).from(servicePoints).where(inArray(servicePoints.code, codes))).map((p) => [p.code, p.id]),
  );
  // the villages each point serves: exactly the file's list
  const links = await tx
    .select({ pointId: servicePointVillages.servicePointId, regionId: servicePointVillages.regionId })
    .from(servicePointVillages)
    .where(inArray(servicePointVillages.servicePointId, [...ids.values()]));
  const have = new Set(links.map((l) => `${l.pointId}:${l.regionId}`));
  const want = new Set(rows.flatMap((r) => r.villageIds.map((v) => `${ids.get(r.code)}:${v}`)));
  const toAdd = [...want].filter((k) => !have.has(k));
  const toRemove = [...have].filter((k) => !want.has(k));
  const pair = (k: string) => ({ point: k.slice(0, 36), region: k.slice(37) });
  if (toRemove.length > 0) {
    await tx.execute(sql`
      delete from service_point_villages s using jsonb_to_recordset(${JSON.stringify(toRemove.map(pair))}::jsonb) as u(point uuid, region uuid)
      where s.service_point_id = u.point and s.region_id = u.region`);
  }
  if (toAdd.length > 0) {
    await tx.execute(sql`
      insert into service_point_villages (service_point_id, region_id)
      select u.point, u.region from jsonb_to_recordset(${JSON.stringify(toAdd.map(pair))}::jsonb) as u(point uuid, region uuid)
      on conflict do nothing`);
  }
  const pointOf = new Map([...ids].map(([code, id]) => [id, code]));
  for (const k of [...toAdd, ...toRemove]) {
    const code = pointOf.get(pair(k).point);
    if (code && !inserted.has(code)) updated.add(code);
  }
  return { inserted: inserted.size, updated: updated.size, ids };
}

/**
 * Checks and writes rows of service points in one transaction: all or, when
 * any row is refused, none. Audited when anything changed.
 */
export async function writeServicePoints(
  db: Database,
  rawRows: RawRow<PointColumn>[],
  columnCount: number,
  options: ImportOptions & { action: string },
): Promise<Omit<ImportResult, "seconds" | "errors"> & { errors: PointRowError[]; ids: Map<string, string> }> {
  const named = [...new Set(rawRows.map((r) => codeText(r.cells.market ?? "").toUpperCase()))];
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('villagepost:network-import'))`);
    const info = await marketInfoFor(tx, named);
    const codes = rawRows.map((r) => codeText(r.cells.code ?? "").toUpperCase()).filter(Boolean);
    const existing = new Map<string, string>();
    if (codes.length > 0) {
      for (const p of await tx.select({ code: servicePoints.code, marketCode: servicePoints.marketCode }).from(servicePoints).where(inArray(servicePoints.code, codes))) {
        existing.set(p.code, p.marketCode);
      }
    }
    const { rows, errors } = validatePointRows(rawRows, columnCount, info, existing);
    if (errors.length > 0) return { rows: rawRows.length, inserted: 0, updated: 0, rejected: errors.length, errors, ids: new Map() };
    const { inserted, updated, ids } = await writePointRows(tx, rows);
    if (inserted + updated > 0) {
      await recordChange(tx, options.actorId, options.action, {
        file: options.fileName.slice(0, 200),
        rows: rows.length,
        inserted,
        updated,
        ...(rows.length === 1 ? { code: rows[0]?.code } : {}),
      });
    }
    return { rows: rawRows.length, inserted, updated, rejected: 0, errors: [], ids };
  });
}

/**
 * Imports a file of service points (CSV or XLSX, the columns of POINT_COLUMNS):
 * all of it or none, every refused row named with its line and reason; the
 * same file twice changes nothing the second time.
 */
export async function importServicePoints(db: Database, bytes: Uint8Array, options: ImportOptions): Promise<Omit<ImportResult, "errors"> & { errors: PointRowError[] }> {
  const started = performance.now();
  const file = await parseNetworkFile(bytes, POINT_FILE);
  const result = await writeServicePoints(db, file.rows, file.columns.length, { ...options, action: "points.import" });
  return {
    rows: result.rows,
    inserted: result.inserted,
    updated: result.updated,
    rejected: result.rejected,
    seconds: Math.round((performance.now() - started) / 10) / 100,
    errors: result.errors,
  };
}
