import { z } from "zod";
import { code } from "@/lib/text-schema";

const marketRegion = z.enum(["IR", "CN", "VN"]);

export const requestCodeInput = z
  .object({
    /** as typed: local or international */
    phone: code({ min: 5, max: 32 }),
    /** the country for a number typed without +code */
    region: marketRegion.optional(),
  })
  .strict();

export const verifyCodeInput = requestCodeInput.extend({ code: code({ min: 6, max: 6 }).pipe(z.string().regex(/^\d{6}$/)) }).strict();
