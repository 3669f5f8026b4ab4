import type { Tx } from "@/db/client";
import { allocateTrackingNumber } from "../allocate-s10";
import type { Booking, BookingRequest, Carrier } from "./carrier";

/**
 * A market's postal operator in contract-customer mode: the operator assigns
 * the marketplace S10 ranges; Villagepost numbers each parcel itself, prints
 * its label and hands the parcels over with a manifest.
 */
export const postalOperator: Carrier = {
  code: "postal-operator",
  async book(tx: Tx, request: BookingRequest): Promise<Booking> {
    const allocated = await allocateTrackingNumber(tx, request.marketCode, request.service);
    if (allocated.low) console.warn(`S10 range ${allocated.rangeId} of ${request.marketCode}/${request.service}: ${allocated.remaining} numbers left`);
    return { trackingNumber: allocated.trackingNumber, carrierReference: null, numbersRunningLow: allocated.low };
  },
};

/** Carriers by market; each market's postal operator for now, a courier later is one more entry. */
const CARRIERS: Record<string, Carrier> = { IR: postalOperator, CN: postalOperator, VN: postalOperator };

/** The carrier that takes a market's parcels. */
export function carrierFor(marketCode: string): Carrier {
  const carrier = CARRIERS[marketCode];
  if (!carrier) throw new Error(`No carrier serves market ${marketCode}`);
  return carrier;
}
