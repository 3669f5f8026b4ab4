import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Database, Tx } from "@/db/client";
import { addresses, cartItems, orderLines, orders, shipments, type DeliverySnapshot } from "@/db/schema";
import { AppError } from "../errors";
import { bookShipments } from "../fulfilment/book-shipments";
import { readableNumber } from "../lib/readable-number";
import { chargeCommissions } from "../money/commission";
import { enqueue } from "../outbox/outbox";
import { cartLines } from "./cart";
import { hashToken } from "./cart-token";
import type { QuoteInput } from "./checkout.schema";
import { HOLD_MINUTES, releaseExpiredHolds, takeStock } from "./holds";
import { quoteCart } from "./quote";

export function newOrderNumber(): string {
  return readableNumber("VP");
}

export interface PlacedOrder {
  id: string;
  number: string;
  /** the secret of the order link; only its hash is stored */
  accessToken: string;
  status: "pending_payment" | "confirmed";
  totalMinor: number;
  currency: string;
  recipientPhone: string;
}

/**
 * Turns the cart into an order in one transaction: stock is taken with one
 * conditional update per size (`stock >= quantity`), so two buyers of the
 * last jar cannot both get it; a sold-out size rolls everything back. Cash on
 * delivery is confirmed at once; a card order holds its stock for HOLD_MINUTES.
 */
export async function placeOrder(
  db: Database,
  args: {
    cartId: string | null;
    userId: string | null;
    input: QuoteInput;
    now?: Date;
    /** side effects of the new order (its SMS, its payment page), written in the order's transaction */
    onPlaced?: (tx: Tx, order: PlacedOrder) => Promise<void>;
  },
): Promise<PlacedOrder> {
  const now = args.now ?? new Date();
  return db.transaction(async (tx) => {
    await releaseExpiredHolds(tx, now);
    const lines = await cartLines(tx, args.cartId, args.input.locale);
    const quote = await quoteCart(tx, lines, args.input, now);
    // a fixed order of updates keeps two overlapping carts from deadlocking
    for (const line of [...lines].sort((a, b) => a.variantId.localeCompare(b.variantId))) {
      if (!(await takeStock(tx, line.variantId, line.quantity))) throw new AppError("CONFLICT", "soldOut", { product: line.productName });
    }
    const accessToken = randomBytes(32).toString("base64url");
    const card = args.input.paymentMethod === "card";
    const delivery: DeliverySnapshot =
      args.input.delivery.kind === "home"
        ? {
            kind: "home",
            recipientName: args.input.delivery.recipientName,
            recipientPhone: quote.recipientPhone,
            // the village on today's map (an old code leads to the region that replaced it)
            villageId: quote.destinationId,
            postalCode: quote.postalCode ?? undefined,
            landmark: args.input.delivery.landmark,
            lat: args.input.delivery.lat,
            lng: args.input.delivery.lng,
            placeLabel: quote.placeLabel,
          }
        : {
            kind: "service_point",
            recipientName: args.input.delivery.recipientName,
            recipientPhone: quote.recipientPhone,
            servicePointId: args.input.delivery.servicePointId,
            postalCode: quote.postalCode ?? undefined,
            placeLabel: quote.placeLabel,
          };
    const [order] = await tx
      .insert(orders)
      .values({
        number: newOrderNumber(),
        userId: args.userId,
        accessTokenHash: hashToken(accessToken),
        locale: args.input.locale,
        marketCode: quote.marketCode,
        currency: quote.currency,
        status: card ? "pending_payment" : "confirmed",
        paymentMethod: args.input.paymentMethod,
        delivery,
        servicePointId: args.input.delivery.kind === "service_point" ? args.input.delivery.servicePointId : null,
        itemsMinor: quote.itemsMinor,
        postageMinor: quote.postageMinor,
        codFeeMinor: quote.codFeeMinor,
        totalMinor: quote.totalMinor,
        holdExpiresAt: card ? new Date(now.getTime() + HOLD_MINUTES * 60_000) : null,
        createdAt: now,
      })
      .returning();
    if (!order) throw new Error("order insert returned nothing");
    for (const parcel of quote.shipments) {
      const [shipment] = await tx
        .insert(shipments)
        .values({
          orderId: order.id,
          shopId: parcel.shopId,
          status: card ? "pending" : "confirmed",
          zone: parcel.zone,
          weightGrams: parcel.weightGrams,
          postageMinor: parcel.postageMinor,
          codAmountMinor: card ? 0 : parcel.itemsMinor + parcel.postageMinor + parcel.codFeeMinor,
        })
        .returning({ id: shipments.id });
      if (!shipment) throw new Error("shipment insert returned nothing");
      await tx.insert(orderLines).values(
        parcel.lines.map((l) => ({
          orderId: order.id,
          shipmentId: shipment.id,
          variantId: l.variantId,
          productName: l.productName,
          variantLabel: l.variantLabel,
          unitPriceMinor: l.unitPriceMinor,
          quantity: l.quantity,
          weightGrams: l.weightGrams,
        })),
      );
    }
    // the commission rules of today are fixed on each line, whatever an admin changes later
    await chargeCommissions(tx, order.id);
    // cash on delivery is confirmed now: its parcels get their tracking numbers in the same transaction
    if (!card) await bookShipments(tx, order.id);
    if (args.cartId) await tx.delete(cartItems).where(eq(cartItems.cartId, args.cartId));
    if (args.userId && args.input.delivery.kind === "home" && args.input.delivery.saveToAddressBook) {
      const d = args.input.delivery;
      const postalCode = quote.postalCode ?? d.postalCode;
      // the same address again is offered once at the next checkout, not once per order
      const [known] = await tx
        .select({ id: addresses.id })
        .from(addresses)
        .where(
          and(
            eq(addresses.userId, args.userId),
            eq(addresses.villageId, quote.destinationId),
            eq(addresses.postalCode, postalCode),
            eq(addresses.landmark, d.landmark),
            eq(addresses.recipientName, d.recipientName),
            eq(addresses.recipientPhone, quote.recipientPhone),
          ),
        )
        .limit(1);
      if (!known) await tx.insert(addresses).values({
        userId: args.userId,
        villageId: quote.destinationId,
        postalCode,
        landmark: d.landmark,
        recipientName: d.recipientName,
        recipientPhone: quote.recipientPhone,
        lat: d.lat,
        lng: d.lng,
      });
    }
    // the hold ends on time even if no other checkout comes along to sweep it
    if (order.holdExpiresAt) {
      await enqueue(tx, { kind: "order.release_hold", key: `order-${order.id}-hold`, payload: { orderId: order.id }, runAt: new Date(order.holdExpiresAt.getTime() + 1000) });
    }
    const placed: PlacedOrder = {
      id: order.id,
      number: order.number,
      accessToken,
      status: order.status as PlacedOrder["status"],
      totalMinor: order.totalMinor,
      currency: order.currency,
      recipientPhone: quote.recipientPhone,
    };
    await args.onPlaced?.(tx, placed);
    return placed;
  });
}
