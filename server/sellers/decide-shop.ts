import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { shops } from "@/db/schema";
import { AppError } from "../errors";
import type { DecideInput } from "./sellers.schema";

const FROM: Record<DecideInput["decision"], ("pending" | "approved" | "rejected" | "suspended")[]> = {
  approve: ["pending", "rejected"],
  reject: ["pending"],
  suspend: ["approved"],
  reinstate: ["suspended"],
};
const TO = { approve: "approved", reject: "rejected", suspend: "suspended", reinstate: "approved" } as const;

/**
 * An admin's decision on a shop. Only an approved shop is listed; a suspended
 * shop's products disappear from the storefront at once. The reason is shown
 * to the applicant.
 */
export async function decideShop(db: Database, input: DecideInput) {
  const [updated] = await db
    .update(shops)
    .set({ status: TO[input.decision], decisionReason: input.reason ?? null, decidedAt: new Date() })
    .where(and(eq(shops.id, input.shopId), inArray(shops.status, FROM[input.decision])))
    .returning({ id: shops.id, status: shops.status });
  if (!updated) {
    const [exists] = await db.select({ status: shops.status }).from(shops).where(eq(shops.id, input.shopId));
    if (!exists) throw new AppError("NOT_FOUND", "shopNotFound");
    throw new AppError("CONFLICT", "shopStatusConflict", { status: exists.status });
  }
  return updated;
}
