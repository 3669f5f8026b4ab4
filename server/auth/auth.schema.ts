import { z } from "zod";
import { code } from "@/lib/text-schema";

/** a market's phone region (checked against the markets table by the router) */
const marketRegion = code({ min: 2, max: 2 }).transform((v) => v.toUpperCase());

export const requestCodeInput = z
  .object({
    /** as typed: local or international */
    phone: code({ min: 5, max: 32 }),
    /** the country for a number typed without +code */
    region: marketRegion.optional(),
  })
  .strict();

export const verifyCodeInput = requestCodeInput.extend({ code: code({ min: 6, max: 6 }).pipe(z.string().regex(/^\d{6}$/)) }).strict();
