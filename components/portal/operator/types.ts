import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

type Outputs = inferRouterOutputs<AppRouter>["fulfilment"];

/** What a scan found: a parcel or a manifest. */
export type LookUpResult = Outputs["lookUp"];
export type StaffParcel = Extract<LookUpResult, { kind: "parcel" }>;
export type StaffManifest = Extract<LookUpResult, { kind: "manifest" }>;
export type DayPickup = Outputs["pickupsForDay"][number];

export type TrackingStatus = NonNullable<StaffParcel["status"]>;
/** What staff can record: every status but the label's creation. */
export type StaffStatus = Exclude<TrackingStatus, "label_created">;
