import { z } from "zod";
import { text, code } from "@/lib/text-schema";
import { localeSchema } from "../catalog/catalog.schema";

export const MAX_QUANTITY = 99;

export const addItemInput = z.object({ variantId: z.uuid(), quantity: z.number().int().min(1).max(MAX_QUANTITY).default(1) }).strict();
export const setQuantityInput = z.object({ variantId: z.uuid(), quantity: z.number().int().min(0).max(MAX_QUANTITY) }).strict();

const homeDelivery = z
  .object({
    kind: z.literal("home"),
    villageId: z.uuid(),
    postalCode: code({ min: 5, max: 12 }),
    landmark: text({ min: 3, max: 300 }),
    recipientName: text({ min: 2, max: 100 }),
    recipientPhone: code({ min: 5, max: 32 }),
    lat: z.number().min(-90).max(90).nullable().default(null),
    lng: z.number().min(-180).max(180).nullable().default(null),
    saveToAddressBook: z.boolean().default(true),
  })
  .strict();

const servicePointDelivery = z
  .object({
    kind: z.literal("service_point"),
    servicePointId: z.uuid(),
    recipientName: text({ min: 2, max: 100 }),
    recipientPhone: code({ min: 5, max: 32 }),
  })
  .strict();

export const deliveryInput = z.discriminatedUnion("kind", [homeDelivery, servicePointDelivery]);

export const quoteInput = z.object({ locale: localeSchema, delivery: deliveryInput, paymentMethod: z.enum(["card", "cod"]) }).strict();
export const placeOrderInput = quoteInput;
export const orderRefInput = z
  .object({ number: code({ max: 20 }).pipe(z.string().toUpperCase().regex(/^VP-[0-9A-Z]{4}-[0-9A-Z]{4}$/)), token: z.string().regex(/^[A-Za-z0-9_-]{43}$/).optional(), locale: localeSchema })
  .strict();

export type DeliveryInput = z.infer<typeof deliveryInput>;
export type QuoteInput = z.infer<typeof quoteInput>;
