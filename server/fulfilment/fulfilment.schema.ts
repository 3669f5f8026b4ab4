import { z } from "zod";
import { text, code } from "@/lib/text-schema";
import { EVENT_STATUSES } from "@/lib/tracking";
import { localeSchema } from "../catalog/catalog.schema";
import { orderRefInput } from "../checkout/checkout.schema";

/** A calendar day the post can work with (zod alone lets year 0000 through, which the database refuses). */
const isoDate = z.iso.date().refine((day) => day >= "2000-01-01" && day <= "2100-12-31");

/** Merged with the shop procedure's { shopId }, so not strict. */
export const pickupInput = z.object({
    kind: z.enum(["collection", "drop_off"]),
    date: isoDate,
    timeWindow: text({ max: 20 }).optional(),
    servicePointId: z.uuid().optional(),
    /** omitted: every parcel ready to hand over */
    shipmentIds: z.array(z.uuid()).min(1).max(20_000).optional(),
  });

/** A code as scanned by the camera or typed at the counter. */
export const lookUpInput = z.object({ code: code({ min: 1, max: 60 }), locale: localeSchema }).strict();

export const staffEventInput = z
  .object({
    trackingNumber: code({ min: 1, max: 40 }),
    status: z.enum(EVENT_STATUSES),
    scanId: z.uuid(),
    servicePointId: z.uuid().optional(),
    codCollectedMinor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  })
  .strict();

export const manifestInput = z.object({ number: code({ min: 1, max: 40 }) }).strict();
export const dayInput = z.object({ date: isoDate, locale: localeSchema, wholeMarket: z.boolean().optional() }).strict();

export const redeliveryInput = orderRefInput.extend({ shipmentId: z.uuid(), date: isoDate, slot: text({ max: 20 }) }).strict();
