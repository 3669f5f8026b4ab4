import { z } from "zod";
import { locales } from "@/lib/locales";

export const applyInput = z
  .object({
    name: z.string().trim().min(2).max(80),
    /** the language the applicant writes in */
    locale: z.enum(locales),
    villageId: z.uuid(),
    phone: z.string().trim().min(5).max(32),
    story: z.string().trim().max(1000).default(""),
    payoutMethod: z.enum(["bank", "post_office"]),
    /** digits, spaces and hyphens; IBAN letters allowed */
    payoutAccount: z
      .string()
      .trim()
      .min(6)
      .max(40)
      .regex(/^[A-Za-z0-9 -]+$/),
  })
  .strict();

export const decideInput = z
  .object({
    shopId: z.uuid(),
    decision: z.enum(["approve", "reject", "suspend", "reinstate"]),
    reason: z.string().trim().max(500).optional(),
  })
  .strict()
  .refine((v) => v.decision === "approve" || v.decision === "reinstate" || (v.reason?.length ?? 0) > 0, {
    path: ["reason"],
    message: "A reason is required",
  });

export const agentLinkInput = z.object({ shopId: z.uuid(), agentPhone: z.string().trim().min(5).max(32) }).strict();

export const setRoleInput = z
  .object({ phone: z.string().trim().min(5).max(32), role: z.enum(["shopper", "agent", "operator", "admin"]) })
  .strict();

export type ApplyInput = z.infer<typeof applyInput>;
export type DecideInput = z.infer<typeof decideInput>;
