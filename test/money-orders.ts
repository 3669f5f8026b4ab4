import { randomBytes, randomInt, randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import type { DatabaseOrTx, DbHandle } from "@/db/client";
import { markets, orderLines, orders, products, shipments, shops, variants } from "@/db/schema";
import { formatS10 } from "@/server/fulfilment/s10";
import { seededDatabase, type TestDatabase } from "./databases";

/** When generated parcels were booked: before the dates tests deliver them on. */
const BOOKED_AT = new Date("2026-11-01T00:00:00Z");

/** Serials far from the seeded S10 ranges, so generated parcels never take a number checkout could. */
let nextSerial = 60_000_000 + randomInt(0, 30_000_000);

/** One order as generated for money tests and the money bench: one shop, one parcel. */
export interface GeneratedOrder {
  orderId: string;
  shipmentId: string;
  shopId: string;
  marketCode: string;
  currency: string;
  method: "card" | "cod";
  postageMinor: number;
  codFeeMinor: number;
  lines: { id: string; unitPriceMinor: number; quantity: number; categoryId: string | null }[];
  trackingNumber: string;
}

export interface ShopPick {
  shopId: string;
  marketCode: string;
  currency: string;
  codFeeMinor: number;
  variants: { variantId: string; categoryId: string }[];
}

/** The demo shops with their variants, to hang generated orders on. */
export async function shopsWithVariants(db: DatabaseOrTx): Promise<ShopPick[]> {
  const rows = await db
    .select({ shopId: shops.id, marketCode: shops.marketCode, currency: markets.currency, codFeeMinor: markets.codFeeMinor, variantId: variants.id, categoryId: products.categoryId })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .innerJoin(shops, eq(shops.id, products.shopId))
    .innerJoin(markets, eq(markets.code, shops.marketCode))
    .orderBy(asc(shops.slug), asc(variants.id));
  const byShop = new Map<string, ShopPick>();
  for (const r of rows) {
    const pick = byShop.get(r.shopId) ?? { shopId: r.shopId, marketCode: r.marketCode, currency: r.currency, codFeeMinor: r.codFeeMinor, variants: [] };
    pick.variants.push({ variantId: r.variantId, categoryId: r.categoryId });
    byShop.set(r.shopId, pick);
  }
  return [...byShop.values()];
}

export interface OrderSpec {
  shop: ShopPick;
  method: "card" | "cod";
  postageMinor: number;
  lines: { variantIndex: number; unitPriceMinor: number; quantity: number }[];
}

/** Builds the rows of confirmed orders (ids chosen here) without touching the database. */
export function orderRows(specs: OrderSpec[]) {
  const orderValues: (typeof orders.$inferInsert)[] = [];
  const shipmentValues: (typeof shipments.$inferInsert)[] = [];
  const lineValues: (typeof orderLines.$inferInsert)[] = [];
  const generated: GeneratedOrder[] = [];
  for (const spec of specs) {
    const orderId = randomUUID();
    const shipmentId = randomUUID();
    const codFeeMinor = spec.method === "cod" ? spec.shop.codFeeMinor : 0;
    const lines = spec.lines.map((l) => {
      const variant = spec.shop.variants[l.variantIndex % spec.shop.variants.length];
      if (!variant) throw new Error("a shop without variants");
      return { id: randomUUID(), variantId: variant.variantId, categoryId: variant.categoryId, unitPriceMinor: l.unitPriceMinor, quantity: l.quantity };
    });
    const itemsMinor = lines.reduce((s, l) => s + l.unitPriceMinor * l.quantity, 0);
    const totalMinor = itemsMinor + spec.postageMinor + codFeeMinor;
    const trackingNumber = formatS10("CP", nextSerial++, spec.shop.marketCode);
    orderValues.push({
      id: orderId,
      number: `VP-${randomBytes(6).toString("hex").toUpperCase()}`,
      accessTokenHash: randomBytes(16).toString("hex"),
      locale: "en",
      marketCode: spec.shop.marketCode,
      currency: spec.shop.currency,
      status: "confirmed",
      paymentMethod: spec.method,
      delivery: { kind: "home", recipientName: "Test", recipientPhone: "+989151239876", placeLabel: "Test" },
      itemsMinor,
      postageMinor: spec.postageMinor,
      codFeeMinor,
      totalMinor,
      paidAt: spec.method === "card" ? new Date() : null,
    });
    shipmentValues.push({
      id: shipmentId,
      orderId,
      shopId: spec.shop.shopId,
      status: "confirmed",
      zone: "same_province",
      weightGrams: 500,
      postageMinor: spec.postageMinor,
      codAmountMinor: spec.method === "cod" ? totalMinor : 0,
      trackingNumber,
      carrier: "postal-operator",
      trackingStatus: "label_created",
      trackingStatusAt: BOOKED_AT,
    });
    for (const l of lines) {
      lineValues.push({ id: l.id, orderId, shipmentId, variantId: l.variantId, productName: "p", variantLabel: "v", unitPriceMinor: l.unitPriceMinor, quantity: l.quantity, weightGrams: 250 });
    }
    generated.push({
      orderId,
      shipmentId,
      shopId: spec.shop.shopId,
      marketCode: spec.shop.marketCode,
      currency: spec.shop.currency,
      method: spec.method,
      postageMinor: spec.postageMinor,
      codFeeMinor,
      lines: lines.map((l) => ({ id: l.id, unitPriceMinor: l.unitPriceMinor, quantity: l.quantity, categoryId: l.categoryId })),
      trackingNumber,
    });
  }
  return { orderValues, shipmentValues, lineValues, generated };
}

/** Inserts generated orders in chunks a statement can carry. */
export async function insertOrders(db: DatabaseOrTx, specs: OrderSpec[], chunk = 1000): Promise<GeneratedOrder[]> {
  const rows = orderRows(specs);
  for (let i = 0; i < rows.orderValues.length; i += chunk) await db.insert(orders).values(rows.orderValues.slice(i, i + chunk));
  for (let i = 0; i < rows.shipmentValues.length; i += chunk) await db.insert(shipments).values(rows.shipmentValues.slice(i, i + chunk));
  for (let i = 0; i < rows.lineValues.length; i += chunk) await db.insert(orderLines).values(rows.lineValues.slice(i, i + chunk));
  return rows.generated;
}

/** A seeded database with a shop of Iran (cash) and one of China (card) to hang orders on. */
export async function moneyDatabase(target: TestDatabase): Promise<{ handle: DbHandle; ir: ShopPick; cn: ShopPick }> {
  const handle = await seededDatabase(target);
  const picks = await shopsWithVariants(handle.db);
  const ir = picks.find((p) => p.marketCode === "IR");
  const cn = picks.find((p) => p.marketCode === "CN");
  if (!ir || !cn) throw new Error("the demo seed has no shop in Iran or China");
  return { handle, ir, cn };
}
