/**
 * npm run bench:s10 [-- --allocations 4000 --concurrency 40 --hold-ms 5]
 * S10 numbers taken at checkout's concurrency on a fresh PostgreSQL database (DATABASE_URL, default
 * the local server): every allocation runs in its own transaction that stays open `hold-ms` longer,
 * as a checkout's does while it writes the order. First the allocator the app uses (a sequence per
 * range, no row written), then the reference it replaced (one counter row per range, updated by every
 * checkout, so each holds the row's lock until it commits). Prints one final JSON line with both
 * throughputs and the numbers handed out twice (must be 0).
 */
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { freshPostgres } from "@/test/databases";
import { migrate } from "@/db/migrate";
import { markets, s10Ranges } from "@/db/schema";
import { allocateTrackingNumber, rangeStates } from "@/server/fulfilment/allocate-s10";
import { formatS10 } from "@/server/fulfilment/s10";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} takes a positive whole number`);
  return value;
}

const ALLOCATIONS = arg("allocations", 4000);
const CONCURRENCY = arg("concurrency", 40);
const HOLD_MS = arg("hold-ms", 5);

function p95(ms: number[]): number {
  const sorted = [...ms].sort((a, b) => a - b);
  return Math.round((sorted[Math.ceil(0.95 * sorted.length) - 1] ?? 0) * 10) / 10;
}

/** `ALLOCATIONS` transactions, `CONCURRENCY` at a time, each taking one number then holding its transaction open. */
async function race(db: Database, take: (tx: Parameters<Parameters<Database["transaction"]>[0]>[0]) => Promise<string>) {
  const numbers: string[] = [];
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < ALLOCATIONS) {
        next++;
        const t0 = performance.now();
        const number = await db.transaction(async (tx) => {
          const n = await take(tx);
          // the rest of a checkout: order, shipments, outbox rows
          await tx.execute(sql`select pg_sleep(${HOLD_MS / 1000})`);
          return n;
        });
        latencies.push(performance.now() - t0);
        numbers.push(number);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    allocations: numbers.length,
    duplicates: numbers.length - new Set(numbers).size,
    perSecond: Math.round(numbers.length / seconds),
    p95Ms: p95(latencies),
  };
}

async function main() {
  const handle = await freshPostgres(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres", "vp_bench_s10", CONCURRENCY + 2);
  try {
    await migrate(handle);
    const db = handle.db;
    await db.insert(markets).values({
      code: "ZZ",
      name: { en: "Bench" },
      currency: "XXX",
      currencyExponent: 0,
      defaultLocale: "en",
      postalCodePattern: "^\\d{5}$",
      phoneRegion: "ZZ",
      timeZone: "UTC",
      position: 0,
      regionLevels: ["province", "village"],
    });
    await db.insert(s10Ranges).values({ marketCode: "ZZ", service: "parcel", prefix: "CP", country: "ZZ", firstSerial: 0, lastSerial: 99_999_999 });
    const sequence = await race(db, async (tx) => (await allocateTrackingNumber(tx, "ZZ", "parcel")).trackingNumber);
    const [state] = await rangeStates(db, "ZZ");

    // the reference: a counter column on one row, moved by every checkout
    await db.execute(sql`create table bench_counter (id int primary key, next_serial int not null)`);
    await db.execute(sql`insert into bench_counter values (1, 0)`);
    const rowCounter = await race(db, async (tx) => {
      const result = await tx.execute(sql`update bench_counter set next_serial = next_serial + 1 where id = 1 returning next_serial - 1 as serial`);
      const [row] = (result as unknown as { rows: { serial: number }[] }).rows;
      return formatS10("CP", Number(row?.serial), "ZZ");
    });
    const [range] = await db.select({ exhaustedAt: s10Ranges.exhaustedAt }).from(s10Ranges).where(and(eq(s10Ranges.marketCode, "ZZ")));
    console.log(
      JSON.stringify({
        allocations: ALLOCATIONS,
        concurrency: CONCURRENCY,
        holdMs: HOLD_MS,
        sequence: { ...sequence, remaining: state?.remaining, rangeRowWritten: range?.exhaustedAt !== null },
        rowCounter,
        speedup: Math.round((sequence.perSecond / Math.max(rowCounter.perSecond, 1)) * 10) / 10,
      }),
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
