import { z } from "zod";
import { text, code } from "@/lib/text-schema";
import { locales } from "@/lib/locales";

export const applyInput = z
  .object({
    name: text({ min: 2, max: 80 }),
    /** the language the applicant writes in */
    locale: z.enum(locales),
    villageId: z.uuid(),
    phone: code({ min: 5, max: 32 }),
    story: text({ max: 1000, multiline: true }).default(""),
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
    reason: text({ max: 500 }).optional(),
  })
  .strict()
  .refine((v) => v.decision === "approve" || v.decision === "reinstate" || (v.reason?.length ?? 0) > 0, {
    path: ["reason"],
    message: "A reason is required",
  });

export const agentLinkInput = z.object({ shopId: z.uuid(), agentPhone: code({ min: 5, max: 32 }) }).strict();

export const setRoleInput = z
  .object({ phone: code({ min: 5, max: 32 }), role: z.enum(["shopper", "agent", "operator", "admin"]) })
  .strict();

export type ApplyInput = z.infer<typeof applyInput>;
export type DecideInput = z.infer<typeof decideInput>;
