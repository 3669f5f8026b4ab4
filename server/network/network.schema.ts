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
