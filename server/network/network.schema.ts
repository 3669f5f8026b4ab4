import { z } from "zod";
import { code } from "@/lib/text-schema";

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
