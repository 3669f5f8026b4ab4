import { and, asc, count, eq, gt, inArray, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { markets, orders, regions, routeSchedules, servicePoints, shipments, shops, type LocalizedText } from "@/db/schema";
import { isLocale, type Locale } from "@/lib/locales";
import { localize } from "../catalog/localize";
import { labelCharacters, type LabelCharacters } from "./labels/glyph-check";
import type { LabelData } from "./labels/label-data";

/** Labels are read this many at a time: memory stays flat however large the batch. */
const PAGE = 500;

export type LabelSelection = { shipmentIds: string[] } | { select: "unprinted" | "all" };

/** Parcels that can carry a label: confirmed and numbered. */
const labelled = (shopId: string) => and(eq(shipments.shopId, shopId), eq(shipments.status, "confirmed"), isNotNull(shipments.trackingNumber));

/** "all" reprints what the post does not have yet; a parcel already handed over is reprinted by naming it. */
function selectionFilter(shopId: string, select: "unprinted" | "all"): SQL | undefined {
  return select === "unprinted" ? and(labelled(shopId), isNull(shipments.labelPrintedAt)) : and(labelled(shopId), eq(shipments.trackingStatus, "label_created"));
}

/** Named parcels in id order, a page at a time (never thousands of ids in one statement). */
function idPages(ids: string[]): string[][] {
  const sorted = [...new Set(ids)].sort();
  return Array.from({ length: Math.ceil(sorted.length / PAGE) }, (_, i) => sorted.slice(i * PAGE, (i + 1) * PAGE));
}

/** How many labels a selection prints (for the progress bar, before the first byte). */
export async function countLabels(db: DatabaseOrTx, shopId: string, selection: LabelSelection): Promise<number> {
  const filters = "shipmentIds" in selection ? idPages(selection.shipmentIds).map((page) => and(labelled(shopId), inArray(shipments.id, page))) : [selectionFilter(shopId, selection.select)];
  let total = 0;
  for (const filter of filters) {
    const [row] = await db.select({ n: count() }).from(shipments).where(filter);
    total += row?.n ?? 0;
  }
  return total;
}

const weekdayNames = new Map<Locale, string[]>();
/** The village's route days as printed on a label, e.g. "Sat · Mon · Wed" in the label's language. */
function routeDaysText(weekdays: number[] | null, locale: Locale): string | undefined {
  if (!weekdays || weekdays.length === 0) return undefined;
  let names = weekdayNames.get(locale);
  if (!names) {
    const format = new Intl.DateTimeFormat(locale === "fa" ? "fa-IR" : locale, { weekday: "short", timeZone: "UTC" });
    // 2026-11-01 is a Sunday (0)
    names = Array.from({ length: 7 }, (_, day) => format.format(new Date(Date.UTC(2026, 10, 1 + day))));
    weekdayNames.set(locale, names);
  }
  // the week as the market counts it: from Saturday in Iran, from Monday elsewhere
  const start = locale === "fa" ? 6 : 1;
  return [...weekdays]
    .sort((a, b) => ((a - start + 7) % 7) - ((b - start + 7) % 7))
    .map((d) => names[d] ?? "")
    .join(" · ");
}

interface LabelRow {
  id: string;
  trackingNumber: string | null;
  service: "parcel" | "registered" | "express";
  weightGrams: number;
  codAmountMinor: number;
  orderNumber: string;
  /** The destination market's language: what its post reads, whatever screen the shopper ordered from. */
  marketLocale: string;
  currency: string;
  delivery: (typeof orders.$inferSelect)["delivery"];
  shopName: LocalizedText;
  shopPhone: string;
  shopLocale: string;
  shopVillage: LocalizedText;
  pointName: LocalizedText | null;
  pointAddress: LocalizedText | null;
  pointPostalCode: string | null;
  routeWeekdays: number[] | null;
  timeZone: string;
}

/**
 * The delivery place without the landmark checkout wrote in front of it: the
 * landmark has a line of its own on the label and the parcel card, printed once.
 */
export function placeWithoutLandmark(delivery: { placeLabel: string; landmark?: string | null }): string {
  const landmark = delivery.landmark?.trim();
  const prefix = landmark ? `${landmark} — ` : null;
  return prefix && delivery.placeLabel.startsWith(prefix) ? delivery.placeLabel.slice(prefix.length) : delivery.placeLabel;
}

/** What the seller is warned of before printing a parcel's label: characters of the recipient's name and address the label fonts lack. */
export function deliveryLabelCharacters(delivery: { recipientName: string; placeLabel: string; landmark?: string | null }): LabelCharacters | null {
  return labelCharacters([delivery.recipientName, placeWithoutLandmark(delivery), delivery.landmark]);
}

function toLabel(row: LabelRow, date: Date): LabelData {
  // the label is in the destination market's language (market data), not the storefront's the shopper used
  const locale: Locale = isLocale(row.marketLocale) ? row.marketLocale : "en";
  const fallback: Locale = isLocale(row.shopLocale) ? row.shopLocale : "en";
  const { delivery } = row;
  const addressLines =
    delivery.kind === "service_point" && row.pointName
      ? [localize(row.pointName, locale).text, row.pointAddress ? localize(row.pointAddress, locale).text : ""]
      : [placeWithoutLandmark(delivery), delivery.landmark ?? ""];
  const currency = row.currency as "IRR" | "CNY" | "VND";
  const routeDays = routeDaysText(row.routeWeekdays, locale);
  return {
    trackingNumber: row.trackingNumber ?? "",
    orderNumber: row.orderNumber,
    service: row.service,
    weightGrams: row.weightGrams,
    locale,
    sender: { name: localize(row.shopName, locale, fallback).text, village: localize(row.shopVillage, locale).text, phone: row.shopPhone },
    recipient: {
      name: delivery.recipientName,
      addressLines: addressLines.filter(Boolean),
      postalCode: delivery.postalCode ?? row.pointPostalCode ?? "",
      phone: delivery.recipientPhone,
    },
    ...(row.codAmountMinor > 0 ? { cashOnDelivery: { amountMinor: row.codAmountMinor, currency } } : {}),
    ...(routeDays ? { routeDays } : {}),
    date,
    timeZone: row.timeZone,
  };
}

/**
 * The labels of a selection, read page by page in id order. Once the last
 * one has been taken (the printer stream pulls as it renders), the parcels are
 * marked printed; a batch broken off halfway marks nothing.
 */
export async function* labelsOf(db: DatabaseOrTx, shopId: string, selection: LabelSelection, date = new Date()): AsyncGenerator<LabelData> {
  const printed: string[] = [];
  const named = "shipmentIds" in selection ? idPages(selection.shipmentIds) : null;
  let after: string | null = null;
  for (let page = 0; ; page++) {
    let filter: SQL | undefined;
    if (named) {
      const ids = named[page];
      if (!ids) break;
      filter = and(labelled(shopId), inArray(shipments.id, ids));
    } else {
      const base = selectionFilter(shopId, "select" in selection ? selection.select : "unprinted");
      filter = after ? and(base, gt(shipments.id, after)) : base;
    }
    const rows: LabelRow[] = await labelRows(db, filter);
    for (const row of rows) {
      yield toLabel(row, date);
      printed.push(row.id);
    }
    if (!named && rows.length < PAGE) break;
    after = rows[rows.length - 1]?.id ?? null;
  }
  for (const ids of idPages(printed)) await db.update(shipments).set({ labelPrintedAt: date }).where(inArray(shipments.id, ids));
}

function labelRows(db: DatabaseOrTx, filter: SQL | undefined): Promise<LabelRow[]> {
  return db
    .select({
      id: shipments.id,
      trackingNumber: shipments.trackingNumber,
      service: shipments.service,
      weightGrams: shipments.weightGrams,
      codAmountMinor: shipments.codAmountMinor,
      orderNumber: orders.number,
      marketLocale: markets.defaultLocale,
      currency: orders.currency,
      delivery: orders.delivery,
      shopName: shops.name,
      shopPhone: shops.phone,
      shopLocale: shops.sourceLocale,
      shopVillage: regions.name,
      pointName: servicePoints.name,
      pointAddress: servicePoints.address,
      pointPostalCode: servicePoints.postalCode,
      routeWeekdays: routeSchedules.weekdays,
      timeZone: markets.timeZone,
    })
    .from(shipments)
    .innerJoin(orders, eq(orders.id, shipments.orderId))
    .innerJoin(markets, eq(markets.code, orders.marketCode))
    .innerJoin(shops, eq(shops.id, shipments.shopId))
    .innerJoin(regions, eq(regions.id, shops.villageId))
    .leftJoin(servicePoints, eq(servicePoints.id, orders.servicePointId))
    .leftJoin(routeSchedules, eq(routeSchedules.regionId, sql`coalesce((${orders.delivery}->>'villageId')::uuid, ${servicePoints.regionId})`))
    .where(filter)
    .orderBy(asc(shipments.id))
    .limit(PAGE);
}
