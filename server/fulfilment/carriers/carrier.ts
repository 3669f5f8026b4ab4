import type { Tx } from "@/db/client";
import type { PostalService } from "@/db/schema";

export interface BookingRequest {
  shipmentId: string;
  marketCode: string;
  service: PostalService;
  weightGrams: number;
}

export interface Booking {
  trackingNumber: string;
  /** the carrier's own reference, when it has one */
  carrierReference: string | null;
  /** fewer than the warning mark of numbers remain in the range it came from */
  numbersRunningLow: boolean;
}

/**
 * A carrier that takes Villagepost's parcels. Booking happens inside the
 * order's transaction, so a parcel never exists without its number (or the other way round).
 */
export interface Carrier {
  readonly code: string;
  book(tx: Tx, request: BookingRequest): Promise<Booking>;
}
