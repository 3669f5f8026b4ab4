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
