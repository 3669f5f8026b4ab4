import type { Tx } from "@/db/client";
import type { PostalService, TrackingStatus } from "@/db/schema";

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

export interface PickupRequest {
  pickupId: string;
  kind: "collection" | "drop_off";
  /** ISO date: a route day of the seller's village for a collection */
  date: string;
  timeWindow: string | null;
  servicePointCode: string | null;
  trackingNumbers: string[];
}

export interface ManifestHandover {
  manifestNumber: string;
  trackingNumbers: string[];
}

/** One tracking event as a carrier reports it, already checked (signature, S10 number, status). */
export interface CarrierEvent {
  id: string;
  trackingNumber: string;
  status: TrackingStatus;
  occurredAt: Date;
  location: string | null;
  servicePointCode: string | null;
  codCollectedMinor: number | null;
}

export interface WebhookDelivery {
  events: CarrierEvent[];
  rejected: { id: string; reason: string }[];
}

/**
 * A carrier that takes Villagepost's parcels. Calls that change the carrier's
 * books run inside the caller's transaction, so a parcel never exists without
 * its number, and a pickup never without its manifest.
 */
export interface Carrier {
  readonly code: string;
  book(tx: Tx, request: BookingRequest): Promise<Booking>;
  /** withdraws a parcel that was booked but not yet handed over */
  cancel(tx: Tx, trackingNumber: string): Promise<void>;
  requestPickup(tx: Tx, request: PickupRequest): Promise<{ carrierReference: string | null }>;
  handOverManifest(tx: Tx, handover: ManifestHandover): Promise<void>;
  /**
   * Checks a webhook delivery (signature, freshness, shape) and returns its
   * events, with those that cannot be taken (a bad tracking number, an
   * impossible time) set apart; throws AppError (401 for a bad signature, 400
   * for a body that is not a delivery at all).
   */
  verifyWebhook(rawBody: string, headers: Headers, secret: string, now?: Date): WebhookDelivery;
}
