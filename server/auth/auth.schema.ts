import { z } from "zod";

const marketRegion = z.enum(["IR", "CN", "VN"]);

export const requestCodeInput = z
  .object({
    /** as typed: local or international */
    phone: z.string().trim().min(5).max(32),
    /** the country for a number typed without +code */
    region: marketRegion.optional(),
  })
  .strict();

export const verifyCodeInput = requestCodeInput.extend({ code: z.string().trim().regex(/^\d{6}$/) }).strict();
