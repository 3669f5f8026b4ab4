import { z } from "zod";
import { code, text } from "@/lib/text-schema";
import { localeSchema } from "../catalog/catalog.schema";

const minor = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const marketCode = z.string().regex(/^[A-Z]{2}$/);

export const overviewInput = z.object({ locale: localeSchema });
export const netPerSaleInput = z.object({
  categoryId: z.uuid().nullable().default(null),
  categorySlug: code({ max: 80 }).nullable().default(null),
  pricesMinor: z.array(minor).max(50),
});
export const bankAccountInput = z.object({ iban: code({ min: 15, max: 64 }), holderName: text({ min: 1, max: 120 }) });
export const resolveInput = z.object({
  lineId: z.uuid(),
  resolution: z.enum(["accept_amount", "ask_post_to_correct", "book_as_difference"]),
  note: text({ min: 1, max: 500, multiline: true }),
});
export const runPayoutsInput = z.object({ marketCode });
export const connectOnboardingInput = z.object({ locale: localeSchema });
export const refundOrderInput = z.object({ orderNumber: code({ min: 6, max: 20 }) });
export const commissionRuleInput = z.object({
  marketCode,
  categoryId: z.uuid().nullable().default(null),
  shopId: z.uuid().nullable().default(null),
  kind: z.enum(["percent", "fixed"]),
  rateBasisPoints: z.number().int().min(0).max(10_000).default(0),
  fixedMinor: minor.default(0),
  floorMinor: minor.default(0),
  capMinor: minor.nullable().default(null),
  /** from this moment on (now when omitted or past) */
  effectiveFrom: z.coerce.date().nullable().default(null),
});
export const endRuleInput = z.object({ ruleId: z.uuid() });
export const adminOverviewInput = z.object({ locale: localeSchema }).optional();
export const settingsInput = z.object({
  marketCode,
  returnWindowDays: z.number().int().min(0).max(90),
  trustPostCash: z.boolean(),
  payoutMinimumMinor: minor,
  payoutWeekday: z.number().int().min(1).max(7),
});
