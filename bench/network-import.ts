/**
 * npm run bench:network-import [-- --villages 50000 --provinces 34]
 * Writes a two-level Vietnamese map (provinces → communes) to a CSV file, then
 * runs `npm run network:import` on it twice against a fresh database on the
 * PostgreSQL server at DATABASE_URL (default: the local one), created and dropped here.
 * Prints one final JSON line: the command's own lines for the first import and
 * for the second (which must change nothing). Target: 50,000 villages in ≤ 10 s.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { createDb } from "@/db/client";
import { migrate } from "@/db/migrate";
import { seed } from "@/db/seed";

const run = promisify(execFile);

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

const DAYS = ["mon;wed;fri", "tue;thu;sat", "mon;thu", "tue;fri"];

function mapCsv(provinces: number, villages: number): string {
  const lines = ["market,level,code,parent_code,postal_code,lat,lng,route_days,name_local,name_en,name_fa,name_zh,name_vi,valid_from"];
  for (let p = 0; p < provinces; p++) {
    const prefix = String(10 + p);
    lines.push(`VN,province,BENCH-P${p},,${prefix},${(9 + p * 0.4).toFixed(4)},105.5,,Tỉnh ${p + 1},Province ${p + 1},استان ${p + 1},第${p + 1}省,Tỉnh ${p + 1},2025-07-01`);
  }
  for (let v = 0; v < villages; v++) {
    const p = v % provinces;
    const postal = `${10 + p}${String(v % 1000).padStart(3, "0")}`;
    const lat = (9 + p * 0.4 + (v % 97) * 0.001).toFixed(4);
    lines.push(
      `VN,commune,BENCH-C${v},BENCH-P${p},${postal},${lat},106.1,${DAYS[v % DAYS.length]},Xã Phước Hòa ${v},Phuoc Hoa ${v},فوک هوا ${v},福和社${v},Xã Phước Hòa ${v},2025-07-01`,
    );
  }
  return lines.join("\n") + "\n";
}

async function importOnce(file: string, url: string): Promise<Record<string, number>> {
  const { stdout } = await run("npx", ["tsx", "scripts/network-import.ts", file], {
    env: { ...process.env, DATABASE_URL: url },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 300_000,
  });
  const last = stdout.trim().split("\n").at(-1) ?? "{}";
  return JSON.parse(last) as Record<string, number>;
}

async function main() {
  const villages = flag("villages", 50_000);
  const provinces = flag("provinces", 34);
  const adminUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `vp_bench_network_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dir = await mkdtemp(path.join(tmpdir(), "vp-network-"));
  try {
    const handle = await createDb({ url: url.toString() });
    await migrate(handle);
    await seed(handle.db);
    await handle.close();
    const file = path.join(dir, "vn-map.csv");
    await writeFile(file, mapCsv(provinces, villages));
    const first = await importOnce(file, url.toString());
    const second = await importOnce(file, url.toString());
    console.log(JSON.stringify({ villages, provinces, first, second }));
  } finally {
    await rm(dir, { recursive: true, force: true });
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
