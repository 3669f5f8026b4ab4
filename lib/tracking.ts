/**
 * Where a parcel is, as the post reports it, in the order a parcel usually
 * goes through them. Shared by the database enum, the services and the screens.
 */
export const TRACKING_STATUSES = [
  "label_created",
  "accepted",
  "in_transit",
  "arrived_at_service_point",
  "out_for_delivery",
  "delivered",
  "delivery_failed",
  "held_at_counter",
  "returned_to_sender",
] as const;

export type TrackingStatus = (typeof TRACKING_STATUSES)[number];

/** What postal staff and carriers can record: every status but the first, which booking sets. */
export const EVENT_STATUSES = TRACKING_STATUSES.filter((s): s is Exclude<TrackingStatus, "label_created"> => s !== "label_created");
