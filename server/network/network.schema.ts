import { z } from "zod";
import { code, text } from "@/lib/text-schema";

export const assignStaffInput = z
  .object({
    phone: code({ min: 4, max: 32 }),
    marketCode: code({ min: 2, max: 2 }).transform((v) => v.toUpperCase()),
    servicePointCode: code({ max: 40 })
      .transform((v) => v || null)
      .nullable()
      .default(null),
  })
  .strict();

export const marketInput = z.object({ marketCode: code({ min: 2, max: 2 }).transform((v) => v.toUpperCase()) }).strict();

export const calendarDayInput = z
  .object({
    marketCode: code({ min: 2, max: 2 }).transform((v) => v.toUpperCase()),
    regionCode: code({ max: 40 })
      .transform((v) => v || null)
      .nullable()
      .default(null),
    day: z.iso.date().refine((day) => day >= "2000-01-01" && day <= "2100-12-31"),
    kind: z.enum(["holiday", "cancelled", "extra"]),
    name: text({ max: 80 }).default(""),
  })
  .strict();

export const calendarIdInput = z.object({ id: z.uuid() }).strict();

const marketCode = code({ min: 2, max: 2 }).transform((v) => v.toUpperCase());
const price = z.number().int().min(0).max(1_000_000_000_000);
const twoLetters = code({ min: 2, max: 2 })
  .transform((v) => v.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/));

/** A custom issue whose message is errors.validation.<key> in the caller's language. */
const issue = (key: string, path: (string | number)[]) => ({ code: "custom" as const, message: key, path, params: { messageKey: key } });

export const tariffInput = z
  .object({
    marketCode,
    effectiveFrom: z.iso.date().refine((day) => day >= "2000-01-01" && day <= "2100-12-31"),
    brackets: z
      .array(
        z
          .object({
            maxWeightGrams: z.number().int().min(1).max(1_000_000),
            prices: z.object({ same_county: price, same_province: price, other_province: price }).strict(),
          })
          .strict(),
      )
      .min(1)
      .max(30),
  })
  .strict()
  .superRefine((input, ctx) => {
    input.brackets.forEach((b, i) => {
      const before = input.brackets[i - 1];
      if (before && b.maxWeightGrams <= before.maxWeightGrams) ctx.addIssue(issue("bracketsIncreasing", ["brackets", i, "maxWeightGrams"]));
    });
  });

export const s10RangeInput = z
  .object({
    marketCode,
    service: z.enum(["parcel", "registered", "express"]),
    prefix: twoLetters,
    country: twoLetters,
    firstSerial: z.number().int().min(0).max(99_999_999),
    lastSerial: z.number().int().min(0).max(99_999_999),
    warnBelow: z.number().int().min(0).max(99_999_999).default(1000),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.lastSerial < input.firstSerial) ctx.addIssue(issue("rangeBackwards", ["lastSerial"]));
  });

/** One service point as the admin form sends it: the cells of an import row. */
export const servicePointInput = z
  .object({
    market: marketCode,
    code: code({ min: 1, max: 40 }),
    type: z.enum(["post_office", "commune_post_office", "rural_counter", "village_agency", "delivery_station", "collaborator_point"]),
    region_code: code({ min: 1, max: 40 }),
    postal_code: code({ max: 20 }),
    lat: code({ max: 30 }),
    lng: code({ max: 30 }),
    takes_cash: z.boolean(),
    hours: code({ max: 200 }),
    closed_days: code({ max: 4000 }),
    villages: code({ max: 20000 }),
    name_local: text({ max: 120 }),
    name_en: text({ max: 120 }).default(""),
    name_fa: text({ max: 120 }).default(""),
    name_zh: text({ max: 120 }).default(""),
    name_vi: text({ max: 120 }).default(""),
    address_local: text({ max: 300 }),
  })
  .strict();
/** A postman's round: a day, and the counter (staff bound to a counter may leave it out). */
export const routeSheetInput = z
  .object({
    date: z.iso.date().refine((day) => day >= "2000-01-01" && day <= "2100-12-31"),
    counterCode: code({ max: 40 })
      .transform((v) => v || undefined)
      .optional(),
  })
  .strict();

/** A market's flows over a period of months (YYYY-MM), at most five years. */
export const flowsInput = z
  .object({
    marketCode: code({ min: 2, max: 2 }).transform((v) => v.toUpperCase()),
    from: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    to: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  })
  .strict()
  .refine((v) => v.from <= v.to, { path: ["to"] });
