import { z } from "zod";
import { text } from "@/lib/text-schema";
import { locales } from "@/lib/locales";
import { slugSchema } from "../catalog/catalog.schema";

export const translationInput = z
  .object({
    name: text({ min: 2, max: 120 }),
    summary: text({ max: 200 }).default(""),
    description: text({ max: 4000, multiline: true }).default(""),
    certification: text({ max: 200 }).optional(),
  })
  .strict();

export const variantInput = z
  .object({
    id: z.uuid().optional(),
    label: text({ min: 1, max: 60 }),
    /** integer, in the shop currency's minor unit */
    priceMinor: z.number().int().positive().max(10_000_000_000_000),
    weightGrams: z.number().int().min(1).max(100_000),
    /** opening stock of a new size; later changes go through stock adjustments */
    stock: z.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

const isoDate = z.iso.date();

export const productFields = z
  .object({
    /** the language the seller writes in now: variant labels are in it, and its translation is required */
    writtenIn: z.enum(locales),
    categorySlug: slugSchema,
    originVillageId: z.uuid(),
    harvestedOn: isoDate.nullable().default(null),
    harvestSeason: z.enum(["spring", "summer", "autumn", "winter"]).nullable().default(null),
    certificationKind: z.enum(["gi", "organic", "ocop", "green_food", "national_standard"]).nullable().default(null),
    translations: z.partialRecord(z.enum(locales), translationInput),
    variants: z.array(variantInput).min(1).max(10),
  })
  .strict()
  .refine((v) => v.translations[v.writtenIn] !== undefined, { path: ["translations"], message: "missing" });

export const createProductInput = z.object({ shopId: z.uuid(), product: productFields }).strict();
export const updateProductInput = z.object({ shopId: z.uuid(), productId: z.uuid(), product: productFields }).strict();
export const productRef = z.object({ shopId: z.uuid(), productId: z.uuid() }).strict();
export const setStatusInput = productRef.extend({ status: z.enum(["active", "paused"]) }).strict();
export const adjustStockInput = z
  .object({
    shopId: z.uuid(),
    variantId: z.uuid(),
    delta: z
      .number()
      .int()
      .min(-1_000_000)
      .max(1_000_000)
      .refine((n) => n !== 0),
    reason: z.enum(["harvest", "recount", "damaged", "sold_offline", "returned", "other"]),
    note: text({ max: 200 }).optional(),
  })
  .strict();

export type ProductFields = z.infer<typeof productFields>;
export type AdjustStockInput = z.infer<typeof adjustStockInput>;
