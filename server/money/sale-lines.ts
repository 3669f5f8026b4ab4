import { eq, inArray } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { orderLineCommissions, orderLines, orders, shipments } from "@/db/schema";
import { carrierFor } from "../fulfilment/carriers/postal-operator";
import type { Posting } from "./ledger";

/** A parcel as money sees it: what its lines earn the seller and the marketplace, and what the post is owed. */
export interface SaleParcel {
  shipmentId: string;
  orderId: string;
  shopId: string;
  marketCode: string;
  currency: string;
  paymentMethod: "card" | "cod";
  /** the post's party in the ledger */
  carrier: string;
  postageMinor: number;
  /** cash on delivery: what the post collects (items + postage + fee); 0 for card */
  codAmountMinor: number;
  codCollectedMinor: number | null;
  lines: { id: string; itemsMinor: number; commissionMinor: number }[];
}

export function parcelItemsMinor(parcel: SaleParcel): number {
  return parcel.lines.reduce((sum, l) => sum + l.itemsMinor, 0);
}

/** The COD fee the post charges on this parcel (0 for card). */
export function parcelCodFeeMinor(parcel: SaleParcel): number {
  return parcel.codAmountMinor > 0 ? parcel.codAmountMinor - parcelItemsMinor(parcel) - parcel.postageMinor : 0;
}

/** The parcels of some shipments with their lines and commissions. */
export async function saleParcels(db: DatabaseOrTx, by: { orderId: string } | { orderIds: string[] } | { shipmentIds: string[] }): Promise<SaleParcel[]> {
  if ("orderId" in by) return saleParcels(db, { orderIds: [by.orderId] });
  const ids = "orderIds" in by ? by.orderIds : by.shipmentIds;
  if (ids.length === 0) return [];
  if (ids.length > 5000) {
    const parts = [];
    for (let i = 0; i < ids.length; i += 5000) parts.push(...(await saleParcels(db, "orderIds" in by ? { orderIds: ids.slice(i, i + 5000) } : { shipmentIds: ids.slice(i, i + 5000) })));
    return parts;
  }
  const rows = await db
    .select({
      shipment: shipments,
      marketCode: orders.marketCode,
      currency: orders.currency,
      paymentMethod: orders.paymentMethod,
      lineId: orderLines.id,
      unitPriceMinor: orderLines.unitPriceMinor,
      quantity: orderLines.quantity,
      commissionMinor: orderLineCommissions.commissionMinor,
    })
    .from(shipments)
    .innerJoin(orders, eq(orders.id, shipments.orderId))
    .innerJoin(orderLines, eq(orderLines.shipmentId, shipments.id))
    .leftJoin(orderLineCommissions, eq(orderLineCommissions.orderLineId, orderLines.id))
    .where("orderIds" in by ? inArray(shipments.orderId, ids) : inArray(shipments.id, ids))
    .orderBy(shipments.id, orderLines.id);
  const parcels = new Map<string, SaleParcel>();
  for (const row of rows) {
    const s = row.shipment;
    let parcel = parcels.get(s.id);
    if (!parcel) {
      parcel = {
        shipmentId: s.id,
        orderId: s.orderId,
        shopId: s.shopId,
        marketCode: row.marketCode,
        currency: row.currency,
        paymentMethod: row.paymentMethod,
        carrier: s.carrier ?? carrierFor(row.marketCode).code,
        postageMinor: s.postageMinor,
        codAmountMinor: s.codAmountMinor,
        codCollectedMinor: s.codCollectedMinor,
        lines: [],
      };
      parcels.set(s.id, parcel);
    }
    parcel.lines.push({ id: row.lineId, itemsMinor: row.unitPriceMinor * row.quantity, commissionMinor: row.commissionMinor ?? 0 });
  }
  return [...parcels.values()];
}

/**
 * The credits of a sale: each line's net to the seller's pending balance, its
 * commission to revenue, postage and the COD fee to the post. The caller debits
 * where the money is (the card clearing account, or the post's cash in transit).
 */
export function saleCredits(parcel: SaleParcel): Posting[] {
  const credits: Posting[] = [];
  for (const line of parcel.lines) {
    credits.push({ account: "seller_pending", party: parcel.shopId, amountMinor: -(line.itemsMinor - line.commissionMinor), orderLineId: line.id });
    credits.push({ account: "commission_revenue", amountMinor: -line.commissionMinor, orderLineId: line.id });
  }
  credits.push({ account: "postage_payable", party: parcel.carrier, amountMinor: -(parcel.postageMinor + parcelCodFeeMinor(parcel)) });
  return credits;
}

