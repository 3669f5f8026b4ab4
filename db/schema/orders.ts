import { sql } from "drizzle-orm";
import { bigint, char, check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { manifests, postalService, trackingStatus } from "./fulfilment";
import { variants } from "./catalog";
import { servicePoints, tariffVersions, tariffZone } from "./logistics";
import { markets } from "./markets";
import { regions } from "./regions";
import { shops } from "./shops";

/** A cart kept on the server, found by the hash of the token in the shopper's httpOnly cookie. */
export const carts = pgTable("carts", {
  id: uuid().primaryKey().defaultRandom(),
  tokenHash: text().notNull().unique(),
  userId: text().references(() => user.id, { onDelete: "cascade" }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const cartItems = pgTable(
  "cart_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    cartId: uuid()
      .notNull()
      .references(() => carts.id, { onDelete: "cascade" }),
    variantId: uuid()
      .notNull()
      .references(() => variants.id, { onDelete: "cascade" }),
    quantity: integer().notNull(),
    /** the price when added, to show a change before payment */
    priceMinorAtAdd: bigint({ mode: "number" }).notNull(),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("cart_items_cart_variant").on(t.cartId, t.variantId), check("cart_items_quantity_positive", sql`${t.quantity} > 0`)],
);

/** A shopper's saved delivery addresses: village, postal code and a landmark, since many roads have no name. */
export const addresses = pgTable(
  "addresses",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: text()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    villageId: uuid()
      .notNull()
      .references(() => regions.id),
    postalCode: text().notNull(),
    landmark: text().notNull(),
    recipientName: text().notNull(),
    recipientPhone: text().notNull(),
    lat: jsonb().$type<number | null>(),
    lng: jsonb().$type<number | null>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("addresses_user_idx").on(t.userId)],
);

export const orderStatus = pgEnum("order_status", ["pending_payment", "confirmed", "cancelled"]);
export const paymentMethod = pgEnum("payment_method", ["card", "cod"]);
export const shipmentStatus = pgEnum("shipment_status", ["pending", "confirmed", "cancelled"]);
/** A card parcel that came back to its seller: the shopper's refund of its items, sent by the outbox (pending) until Stripe confirms it (refunded). */
export const parcelRefundStatus = pgEnum("parcel_refund_status", ["pending", "refunded"]);

export interface DeliverySnapshot {
  kind: "home" | "service_point";
  recipientName: string;
  /** E.164 */
  recipientPhone: string;
  villageId?: string;
  postalCode?: string;
  landmark?: string;
  lat?: number | null;
  lng?: number | null;
  servicePointId?: string;
  /** names as the shopper saw them, in their language */
  placeLabel: string;
}

export const orders = pgTable(
  "orders",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** readable, e.g. VP-7K3Q-9XD2 */
    number: text().notNull().unique(),
    userId: text().references(() => user.id),
    /** hash of the secret in a guest's order link */
    accessTokenHash: text().notNull(),
    locale: text().notNull(),
    marketCode: char({ length: 2 })
      .notNull()
      .references(() => markets.code),
    currency: char({ length: 3 }).notNull(),
    status: orderStatus().notNull(),
    paymentMethod: paymentMethod().notNull(),
    delivery: jsonb().$type<DeliverySnapshot>().notNull(),
    servicePointId: uuid().references(() => servicePoints.id),
    /** the tariff version its postage was priced by (null for orders placed before tariffs had versions) */
    tariffVersionId: uuid().references(() => tariffVersions.id),
    itemsMinor: bigint({ mode: "number" }).notNull(),
    postageMinor: bigint({ mode: "number" }).notNull(),
    codFeeMinor: bigint({ mode: "number" }).notNull(),
    totalMinor: bigint({ mode: "number" }).notNull(),
    /** a card order holds its stock until then; unpaid after it, the stock goes back */
    holdExpiresAt: timestamp({ withTimezone: true }),
    stripeSessionId: text().unique(),
    paidAt: timestamp({ withTimezone: true }),
    cancelledAt: timestamp({ withTimezone: true }),
    cancelReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("orders_user_idx").on(t.userId, t.createdAt),
    // the lazy release of expired card holds looks only at pending orders
    index("orders_pending_hold_idx").on(t.holdExpiresAt).where(sql`${t.status} = 'pending_payment'`),
  ],
);

/** One parcel per shop per order. */
export const shipments = pgTable(
  "shipments",
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    shopId: uuid()
      .notNull()
      .references(() => shops.id),
    status: shipmentStatus().notNull(),
    zone: tariffZone().notNull(),
    weightGrams: integer().notNull(),
    postageMinor: bigint({ mode: "number" }).notNull(),
    /** what the carrier collects from the recipient; 0 for card orders */
    codAmountMinor: bigint({ mode: "number" }).notNull().default(0),
    /** the UPU S10 number the carrier booked the parcel under, once the order is confirmed */
    trackingNumber: text().unique(),
    carrier: text(),
    service: postalService().notNull().default("parcel"),
    /** where the parcel is; set to label_created when it is booked */
    trackingStatus: trackingStatus(),
    /** when the event that set trackingStatus happened; older events do not move the status */
    trackingStatusAt: timestamp({ withTimezone: true }),
    labelPrintedAt: timestamp({ withTimezone: true }),
    manifestId: uuid().references(() => manifests.id),
    /** cash the post collected at delivery, as the courier recorded it */
    codCollectedMinor: bigint({ mode: "number" }),
    /** a returned card parcel: its items' money going back to the shopper */
    refundStatus: parcelRefundStatus(),
    refundMinor: bigint({ mode: "number" }),
    /** Stripe's refund id, once confirmed */
    refundId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("shipments_shop_idx").on(t.shopId, t.createdAt),
    index("shipments_order_idx").on(t.orderId),
    index("shipments_manifest_idx").on(t.manifestId),
    // a shop's labels still to print and parcels still to hand over, paged by id: small however long the shop's history
    index("shipments_unprinted_idx")
      .on(t.shopId, t.id)
      .where(sql`${t.status} = 'confirmed' and ${t.labelPrintedAt} is null and ${t.trackingNumber} is not null`),
    index("shipments_ready_idx")
      .on(t.shopId, t.id)
      .where(sql`${t.trackingStatus} = 'label_created' and ${t.manifestId} is null`),
    check("shipments_cod_collected_nonnegative", sql`${t.codCollectedMinor} >= 0`),
  ],
);

export const orderLines = pgTable(
  "order_lines",
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    shipmentId: uuid()
      .notNull()
      .references(() => shipments.id, { onDelete: "cascade" }),
    variantId: uuid()
      .notNull()
      .references(() => variants.id),
    productName: text().notNull(),
    variantLabel: text().notNull(),
    unitPriceMinor: bigint({ mode: "number" }).notNull(),
    quantity: integer().notNull(),
    weightGrams: integer().notNull(),
  },
  (t) => [index("order_lines_order_idx").on(t.orderId), index("order_lines_shipment_idx").on(t.shipmentId), check("order_lines_quantity_positive", sql`${t.quantity} > 0`)],
);

/** refund_pending: the shopper is owed a refund that the outbox is still sending to Stripe */
export const paymentStatus = pgEnum("payment_status", ["pending", "succeeded", "refund_pending", "refunded", "failed"]);

export const payments = pgTable("payments", {
  id: uuid().primaryKey().defaultRandom(),
  orderId: uuid()
    .notNull()
    .unique()
    .references(() => orders.id, { onDelete: "cascade" }),
  provider: text().notNull().default("stripe"),
  checkoutSessionId: text().notNull().unique(),
  paymentIntentId: text(),
  amountMinor: bigint({ mode: "number" }).notNull(),
  currency: char({ length: 3 }).notNull(),
  status: paymentStatus().notNull().default("pending"),
  refundId: text(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Each Stripe event processed, by id: a redelivered event finds its row and changes nothing. */
export const stripeEvents = pgTable("stripe_events", {
  id: text().primaryKey(),
  type: text().notNull(),
  processedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Order = typeof orders.$inferSelect;
