import { and, desc, eq, inArray } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { markets, orderLines, orders, payments, redeliveryRequests, shipments, shops } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { localize } from "../catalog/localize";
import { AppError } from "../errors";
import { currentRedelivery } from "../fulfilment/redelivery";
import { timelines } from "../fulfilment/tracking";
import { hashToken } from "./cart-token";

/**
 * An order as its shopper sees it: allowed for the signed-in buyer, or for
 * whoever holds the secret of the order link (guests). Anyone else: NOT_FOUND.
 */
export async function getOrder(db: DatabaseOrTx, args: { number: string; token?: string; userId: string | null; locale: Locale }) {
  const [order] = await db.select().from(orders).where(eq(orders.number, args.number));
  const allowed = order && ((args.userId && order.userId === args.userId) || (args.token && hashToken(args.token) === order.accessTokenHash));
  if (!order || !allowed) throw new AppError("NOT_FOUND", "orderNotFound");
  const [parcels, lines, payment, redeliveries, [market]] = await Promise.all([
    db
      .select({ shipment: shipments, shopName: shops.name, sourceLocale: shops.sourceLocale })
      .from(shipments)
      .innerJoin(shops, eq(shops.id, shipments.shopId))
      .where(eq(shipments.orderId, order.id)),
    db.select().from(orderLines).where(eq(orderLines.orderId, order.id)),
    db.select({ status: payments.status }).from(payments).where(eq(payments.orderId, order.id)),
    db
      .select({ shipmentId: redeliveryRequests.shipmentId, date: redeliveryRequests.date, slot: redeliveryRequests.slot, createdAt: redeliveryRequests.createdAt })
      .from(redeliveryRequests)
      .innerJoin(shipments, eq(shipments.id, redeliveryRequests.shipmentId))
      .where(eq(shipments.orderId, order.id))
      .orderBy(desc(redeliveryRequests.createdAt)),
    db.select({ timeZone: markets.timeZone }).from(markets).where(eq(markets.code, order.marketCode)),
  ]);
  const events = await timelines(
    db,
    parcels.map((p) => p.shipment.id),
  );
  return {
    paymentStatus: payment[0]?.status ?? null,
    id: order.id,
    number: order.number,
    status: order.status,
    paymentMethod: order.paymentMethod,
    currency: order.currency,
    /** the market's time zone, for the times of the parcels' events */
    timeZone: market?.timeZone ?? "UTC",
    itemsMinor: order.itemsMinor,
    postageMinor: order.postageMinor,
    codFeeMinor: order.codFeeMinor,
    totalMinor: order.totalMinor,
    delivery: order.delivery,
    createdAt: order.createdAt,
    paidAt: order.paidAt,
    cancelReason: order.cancelReason,
    holdExpiresAt: order.holdExpiresAt,
    shipments: parcels.map((p) => ({
      id: p.shipment.id,
      shopName: localize(p.shopName, args.locale, p.sourceLocale as Locale).text,
      status: p.shipment.status,
      trackingNumber: p.shipment.trackingNumber,
      trackingStatus: p.shipment.trackingStatus,
      timeline: (events.get(p.shipment.id) ?? []).map((e) => ({
        status: e.status,
        occurredAt: e.occurredAt,
        place: e.servicePointName ? localize(e.servicePointName, args.locale).text : e.location,
      })),
      redelivery: currentRedelivery(
        redeliveries.filter((r) => r.shipmentId === p.shipment.id),
        p.shipment.trackingStatus,
        events.get(p.shipment.id) ?? [],
      ),
      codCollectedMinor: p.shipment.codCollectedMinor,
      /** a returned card parcel: its items' refund, on its way (pending) or confirmed by Stripe (refunded) */
      refund: p.shipment.refundStatus && p.shipment.refundMinor !== null ? { status: p.shipment.refundStatus, amountMinor: p.shipment.refundMinor } : null,
      postageMinor: p.shipment.postageMinor,
      codAmountMinor: p.shipment.codAmountMinor,
      weightGrams: p.shipment.weightGrams,
      lines: lines.filter((l) => l.shipmentId === p.shipment.id),
    })),
  };
}

/** A signed-in shopper's orders, newest first. */
export async function listMyOrders(db: DatabaseOrTx, userId: string) {
  return db
    .select({ number: orders.number, status: orders.status, totalMinor: orders.totalMinor, currency: orders.currency, createdAt: orders.createdAt })
    .from(orders)
    .where(eq(orders.userId, userId))
    .orderBy(desc(orders.createdAt))
    .limit(50);
}

/** A shop's parcels to pack: the buyer's delivery details and what goes in each. */
export async function listShopShipments(db: DatabaseOrTx, shopId: string) {
  const rows = await db
    .select({ shipment: shipments, order: orders })
    .from(shipments)
    .innerJoin(orders, eq(orders.id, shipments.orderId))
    .where(and(eq(shipments.shopId, shopId), eq(shipments.status, "confirmed")))
    .orderBy(desc(shipments.createdAt))
    .limit(200);
  const ids = rows.map((r) => r.shipment.id);
  const lines = ids.length ? await db.select().from(orderLines).where(inArray(orderLines.shipmentId, ids)) : [];
  return rows.map((r) => ({
    id: r.shipment.id,
    orderNumber: r.order.number,
    createdAt: r.shipment.createdAt,
    paymentMethod: r.order.paymentMethod,
    codAmountMinor: r.shipment.codAmountMinor,
    trackingNumber: r.shipment.trackingNumber,
    trackingStatus: r.shipment.trackingStatus,
    labelPrintedAt: r.shipment.labelPrintedAt,
    onManifest: r.shipment.manifestId !== null,
    currency: r.order.currency,
    weightGrams: r.shipment.weightGrams,
    delivery: r.order.delivery,
    lines: lines.filter((l) => l.shipmentId === r.shipment.id),
  }));
}
