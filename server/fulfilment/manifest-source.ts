import { asc, eq } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { manifests, orders, pickups, regions, servicePoints, shipments, shops } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { localize } from "../catalog/localize";
import { AppError } from "../errors";
import type { SessionUser } from "../trpc/context";
import { resolveShopAccess } from "../sellers/shop-access";
import type { ManifestData } from "./labels/manifest-data";

/**
 * A manifest's dispatch list for printing: open to the shop's members and
 * agents, and to postal staff. Anyone else: NOT_FOUND, as for a number that does not exist.
 */
export async function manifestDocument(db: DatabaseOrTx, user: SessionUser, number: string, locale: Locale): Promise<ManifestData> {
  const [row] = await db
    .select({ manifest: manifests, pickup: pickups, shop: shops, village: regions.name, pointName: servicePoints.name })
    .from(manifests)
    .innerJoin(pickups, eq(pickups.id, manifests.pickupId))
    .innerJoin(shops, eq(shops.id, manifests.shopId))
    .innerJoin(regions, eq(regions.id, shops.villageId))
    .leftJoin(servicePoints, eq(servicePoints.id, pickups.servicePointId))
    .where(eq(manifests.number, number));
  if (!row) throw new AppError("NOT_FOUND", "manifestNotFound");
  if (user.role !== "operator" && user.role !== "admin") {
    await resolveShopAccess(db, user, row.shop.id).catch(() => {
      throw new AppError("NOT_FOUND", "manifestNotFound");
    });
  }
  const parcels = await db
    .select({
      trackingNumber: shipments.trackingNumber,
      orderNumber: orders.number,
      delivery: orders.delivery,
      weightGrams: shipments.weightGrams,
      codAmountMinor: shipments.codAmountMinor,
      currency: orders.currency,
    })
    .from(shipments)
    .innerJoin(orders, eq(orders.id, shipments.orderId))
    .where(eq(shipments.manifestId, row.manifest.id))
    .orderBy(asc(shipments.trackingNumber));
  return {
    number,
    locale,
    shop: { name: localize(row.shop.name, locale).text, village: localize(row.village, locale).text, phone: row.shop.phone },
    handover: {
      kind: row.pickup.kind,
      date: row.pickup.date,
      ...(row.pickup.timeWindow ? { window: row.pickup.timeWindow } : {}),
      ...(row.pointName ? { servicePoint: localize(row.pointName, locale).text } : {}),
    },
    createdAt: row.manifest.createdAt,
    shipments: parcels.map((p) => ({
      trackingNumber: p.trackingNumber ?? "",
      orderNumber: p.orderNumber,
      recipientName: p.delivery.recipientName,
      destination: p.delivery.placeLabel,
      weightGrams: p.weightGrams,
      codAmountMinor: p.codAmountMinor,
      currency: p.currency,
    })),
  };
}
