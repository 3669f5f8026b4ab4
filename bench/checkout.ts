/**
 * npm run bench:checkout
 * The race for the last jars, on the PostgreSQL server at DATABASE_URL (default: the local one): 200
 * buyers at once for a size with 10 in stock, first through the checkout service itself, then over
 * HTTP through two app processes sharing the database. A fresh database is created and dropped.
 * Prints one final JSON line; correct means orders = 10, oversold = 0, errors = 0, soldOut = 190.
 */
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { freshPostgres } from "@/test/databases";
import { migrate } from "@/db/migrate";
import { cartItems, orderLines, products, regions, variants } from "@/db/schema";
import { seed } from "@/db/seed";
import { demoMarkets } from "@/db/seed/data";
import { cartFor } from "@/server/checkout/cart";
import { newCartToken } from "@/server/checkout/cart-token";
import { placeOrder } from "@/server/checkout/place-order";
import { AppError } from "@/server/errors";
import { ensureBuild, startServer } from "./server";

const BUYERS = 200;
const STOCK = 10;

interface RaceResult {
  buyers: number;
  stock: number;
  orders: number;
  soldOut: number;
  oversold: number;
  errors: number;
  ordersPerSecond: number;
  p95Ms: number;
}

function p95(ms: number[]): number {
  const sorted = [...ms].sort((a, b) => a - b);
  return Math.round((sorted[Math.ceil(0.95 * sorted.length) - 1] ?? 0) * 10) / 10;
}

async function count(db: Database, variantId: string) {
  const [row] = await db.select({ stock: variants.stock }).from(variants).where(eq(variants.id, variantId));
  const sold = await db.$count(orderLines, eq(orderLines.variantId, variantId));
  return { stock: row?.stock ?? 0, sold };
}

async function run(attempts: (() => Promise<"order" | "soldOut">)[], db: Database, variantId: string, soldBefore: number): Promise<RaceResult> {
  const latencies: number[] = [];
  const started = performance.now();
  const outcomes = await Promise.allSettled(
    attempts.map(async (attempt) => {
      const t0 = performance.now();
      try {
        return await attempt();
      } finally {
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const orders = outcomes.filter((o) => o.status === "fulfilled" && o.value === "order").length;
  const soldOut = outcomes.filter((o) => o.status === "fulfilled" && o.value === "soldOut").length;
  const after = await count(db, variantId);
  const soldNow = after.sold - soldBefore;
  return {
    buyers: attempts.length,
    stock: STOCK,
    orders,
    soldOut,
    oversold: Math.max(0, soldNow - STOCK) + (after.stock < 0 ? -after.stock : 0),
    errors: outcomes.filter((o) => o.status === "rejected").length + (soldNow !== orders ? 1 : 0),
    ordersPerSecond: Math.round((attempts.length / seconds) * 10) / 10,
    p95Ms: p95(latencies),
  };
}

async function main() {
  const handle = await freshPostgres(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres", "vp_bench_checkout", 40);
  const servers: { stop(): Promise<void> }[] = [];
  try {
    await migrate(handle);
    await seed(handle.db);
    const db = handle.db;
    const product = demoMarkets[0]!.products[0]!;
    const [variant] = await db
      .select({ id: variants.id, price: variants.priceMinor })
      .from(variants)
      .innerJoin(products, eq(products.id, variants.productId))
      .where(eq(products.slug, product.slug))
      .limit(1);
    if (!variant) throw new Error("no variant to race for");
    const village = demoMarkets[0]!.regions[0]!.children![0]!.children![0]!.slug;
    const [dest] = await db.select({ id: regions.id }).from(regions).where(eq(regions.slug, village));
    const input = {
      locale: "en" as const,
      paymentMethod: "cod" as const,
      delivery: { kind: "home" as const, villageId: dest!.id, postalCode: "9761814567", landmark: "next to the mosque", recipientName: "Bench Buyer", recipientPhone: "+989151234567", lat: null, lng: null, saveToAddressBook: false },
    };

    // 1. through the checkout service
    await db.update(variants).set({ stock: STOCK }).where(eq(variants.id, variant.id));
    const carts = await Promise.all(
      Array.from({ length: BUYERS }, async () => {
        const cartId = await cartFor(db, newCartToken(), null);
        await db.insert(cartItems).values({ cartId, variantId: variant.id, quantity: 1, priceMinorAtAdd: variant.price });
        return cartId;
      }),
    );
    const service = await run(
      carts.map((cartId) => async () => {
        try {
          await placeOrder(db, { cartId, userId: null, input });
          return "order" as const;
        } catch (error) {
          if (error instanceof AppError && error.messageKey === "soldOut") return "soldOut" as const;
          throw error;
        }
      }),
      db,
      variant.id,
      0,
    );

    // 2. over HTTP, through two app processes on the same database
    ensureBuild();
    const env = { DATABASE_URL: handle.url, SEED_ON_START: "false", BETTER_AUTH_SECRET: randomBytes(32).toString("hex"), DATABASE_POOL_MAX: "20" };
    const ports = [3700 + Math.floor(Math.random() * 100), 3850 + Math.floor(Math.random() * 100)];
    for (const port of ports) servers.push(await startServer(port, { ...env, APP_URL: `http://127.0.0.1:${port}` }));
    const soldBefore = (await count(db, variant.id)).sold;
    await db.update(variants).set({ stock: STOCK }).where(eq(variants.id, variant.id));
    const cookies = await Promise.all(
      Array.from({ length: BUYERS }, async (_, i) => {
        const base = `http://127.0.0.1:${ports[i % 2]}`;
        const response = await fetch(`${base}/api/cart/add`, {
          method: "POST",
          body: new URLSearchParams({ locale: "en", variantId: variant.id, quantity: "1" }),
          redirect: "manual",
        });
        return { base, cookie: response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ") };
      }),
    );
    const http = await run(
      cookies.map(({ base, cookie }) => async () => {
        const response = await fetch(`${base}/api/trpc/shop.placeOrder`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie },
          body: JSON.stringify({ json: input }),
        });
        const body = (await response.json()) as { error?: { json?: { data?: { code?: string } } } };
        if (response.ok) return "order" as const;
        if (response.status === 409 && body.error?.json?.data?.code === "CONFLICT") return "soldOut" as const;
        throw new Error(`HTTP ${response.status}`);
      }),
      db,
      variant.id,
      soldBefore,
    );
    console.log(JSON.stringify({ ...service, http: { ...http, processes: 2 } }));
  } finally {
    for (const server of servers) await server.stop();
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
