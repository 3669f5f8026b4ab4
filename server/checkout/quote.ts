import { and, eq, inArray } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { markets, servicePoints, shops, tariffs } from "@/db/schema";
import { asciiDigits } from "@/lib/digits";
import { toE164 } from "@/lib/phone";
import { localize } from "../catalog/localize";
import { regionPath } from "../catalog/regions";
import { AppError } from "../errors";
import { ADDRESS_LEVELS, currentRegionOf, isOnMap } from "../network/current-map";
import type { CartLine } from "./cart";
import type { QuoteInput } from "./checkout.schema";
import { villageRouteDays } from "../network/calendar";
import { postageFor, zoneBetween, type Zone } from "./zone";
import { placeText } from "@/lib/address";

export interface QuotedShipment {
  shopId: string;
  shopName: string;
  lines: CartLine[];
  weightGrams: number;
  zone: Zone;
  itemsMinor: number;
  postageMinor: number;
  codFeeMinor: number;
}

export interface Quote {
  marketCode: string;
  currency: string;
  shipments: QuotedShipment[];
  itemsMinor: number;
  postageMinor: number;
  codFeeMinor: number;
  totalMinor: number;
  /** the next days the post serves the delivery village (or the service point's) */
  routeDays: string[];
  recipientPhone: string;
  postalCode: string | null;
  placeLabel: string;
  destinationId: string;
}

/** Postal code as digits only, checked against the market's pattern (Iran 10, China 6, Vietnam 5 or legacy 6). */
function normalisePostalCode(raw: string, pattern: string, country: string): string {
  const digits = asciiDigits(raw).replace(/[\s-]/g, "");
  if (!new RegExp(pattern).test(digits)) throw new AppError("BAD_REQUEST", "invalidPostalCode", { country }, "delivery.postalCode");
  return digits;
}

/**
 * Prices a cart for a delivery: one parcel per shop, postage from the
 * market's tariff by weight and zone, plus the cash-on-delivery fee per parcel.
 */
export async function quoteCart(db: DatabaseOrTx, lines: CartLine[], input: QuoteInput, now = new Date()): Promise<Quote> {
  const firstLine = lines[0];
  if (!firstLine) throw new AppError("BAD_REQUEST", "cartEmpty");
  const unavailable = lines.find((l) => l.unavailable || l.stock < l.quantity);
  if (unavailable) throw new AppError("CONFLICT", "soldOut", { product: unavailable.productName });
  const marketCode = firstLine.marketCode;
  const [market] = await db.select().from(markets).where(eq(markets.code, marketCode));
  if (!market) throw new Error(`market ${marketCode} missing`);
  const countryName = localize(market.name, input.locale).text;
  if (!market.paymentMethods.includes(input.paymentMethod)) throw new AppError("BAD_REQUEST", "paymentMethodUnavailable", {}, "paymentMethod");

  let destinationId: string;
  let postalCode: string | null = null;
  let placeLabel: string;
  if (input.delivery.kind === "home") {
    // an address written on a map since changed goes to the region that replaced its village
    const village = await currentRegionOf(db, input.delivery.villageId);
    if (!village || !ADDRESS_LEVELS.includes(village.level) || village.marketCode !== marketCode || !isOnMap(village)) {
      throw new AppError("BAD_REQUEST", "villageNotFound", {}, "delivery.villageId");
    }
    destinationId = village.id;
    postalCode = normalisePostalCode(input.delivery.postalCode, market.postalCodePattern, countryName);
    const path = await regionPath(db, village.id);
    placeLabel = `${input.delivery.landmark} — ${placeText(
      path.map((r) => localize(r.name, input.locale).text),
      input.locale,
    )}`;
  } else {
    const [point] = await db
      .select()
      .from(servicePoints)
      .where(and(eq(servicePoints.id, input.delivery.servicePointId), eq(servicePoints.marketCode, marketCode)));
    if (!point) throw new AppError("BAD_REQUEST", "servicePointNotFound", {}, "delivery.servicePointId");
    if (input.paymentMethod === "cod" && !point.acceptsCashOnDelivery) throw new AppError("BAD_REQUEST", "servicePointNoCash", {}, "delivery.servicePointId");
    destinationId = point.regionId;
    postalCode = point.postalCode;
    placeLabel = `${localize(point.name, input.locale).text} — ${localize(point.address, input.locale).text}`;
  }
  const recipientPhone = toE164(input.delivery.recipientPhone, market.phoneRegion);
  if (!recipientPhone) throw new AppError("BAD_REQUEST", "invalidPhone", {}, "delivery.recipientPhone");

  const destination = (await regionPath(db, destinationId)).map((r) => r.id);
  const tariff = await db.select().from(tariffs).where(eq(tariffs.marketCode, marketCode));
  const shopRows = await db
    .select({ id: shops.id, villageId: shops.villageId })
    .from(shops)
    .where(inArray(shops.id, [...new Set(lines.map((l) => l.shopId))]));

  const shipments: QuotedShipment[] = [];
  for (const shop of shopRows) {
    const own = lines.filter((l) => l.shopId === shop.id);
    const weightGrams = own.reduce((sum, l) => sum + l.weightGrams * l.quantity, 0);
    const zone = zoneBetween((await regionPath(db, shop.villageId)).map((r) => r.id), destination);
    const postageMinor = postageFor(tariff, zone, weightGrams);
    if (postageMinor === null) throw new AppError("BAD_REQUEST", "parcelTooHeavy");
    shipments.push({
      shopId: shop.id,
      shopName: own[0]?.shopName ?? "",
      lines: own,
      weightGrams,
      zone,
      itemsMinor: own.reduce((sum, l) => sum + l.unitPriceMinor * l.quantity, 0),
      postageMinor,
      codFeeMinor: input.paymentMethod === "cod" ? market.codFeeMinor : 0,
    });
  }
  const sum = (pick: (s: QuotedShipment) => number) => shipments.reduce((total, s) => total + pick(s), 0);
  const itemsMinor = sum((s) => s.itemsMinor);
  const postageMinor = sum((s) => s.postageMinor);
  const codFeeMinor = sum((s) => s.codFeeMinor);
  return {
    marketCode,
    currency: market.currency,
    shipments,
    itemsMinor,
    postageMinor,
    codFeeMinor,
    totalMinor: itemsMinor + postageMinor + codFeeMinor,
    routeDays: await villageRouteDays(db, destinationId, 3, now),
    recipientPhone,
    postalCode,
    placeLabel,
    destinationId,
  };
}

