import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commissionRules, marketMoneySettings, shops } from "@/db/schema";
import { AppError } from "../errors";

export interface RuleInput {
  marketCode: string;
  categoryId: string | null;
  shopId: string | null;
  kind: "percent" | "fixed";
  rateBasisPoints: number;
  fixedMinor: number;
  floorMinor: number;
  capMinor: number | null;
}

/**
 * Sets the commission for a scope (a market, optionally one category or one
 * shop): the rule active there is retired and a new one added, so the order
 * lines charged under the old rule keep pointing at it.
 */
export async function saveCommissionRule(db: Database, input: RuleInput, userId: string) {
  if (input.capMinor !== null && input.capMinor < input.floorMinor) throw new AppError("BAD_REQUEST", "commissionRuleInvalid");
  return db.transaction(async (tx) => {
    if (input.shopId) {
      const [shop] = await tx.select({ marketCode: shops.marketCode }).from(shops).where(eq(shops.id, input.shopId));
      if (shop?.marketCode !== input.marketCode) throw new AppError("BAD_REQUEST", "commissionRuleInvalid");
    }
    const now = new Date();
    await tx
      .update(commissionRules)
      .set({ active: false, retiredAt: now })
      .where(
        and(
          eq(commissionRules.marketCode, input.marketCode),
          eq(commissionRules.active, true),
          input.categoryId ? eq(commissionRules.categoryId, input.categoryId) : isNull(commissionRules.categoryId),
          input.shopId ? eq(commissionRules.shopId, input.shopId) : isNull(commissionRules.shopId),
        ),
      );
    const [rule] = await tx.insert(commissionRules).values({ ...input, createdBy: userId, createdAt: now }).returning();
    return rule;
  });
}

/** The active rules of every market, market-wide first. */
export async function listCommissionRules(db: Database) {
  return db.select().from(commissionRules).where(eq(commissionRules.active, true)).orderBy(commissionRules.marketCode, commissionRules.shopId, commissionRules.categoryId);
}

/** A market's settlement settings: return window, trust in the post's cash, payout minimum and weekday. */
export async function saveMoneySettings(db: Database, input: typeof marketMoneySettings.$inferInsert) {
  const [row] = await db.insert(marketMoneySettings).values(input).onConflictDoUpdate({ target: marketMoneySettings.marketCode, set: input }).returning();
  return row;
}

export async function listMoneySettings(db: Database) {
  return db.select().from(marketMoneySettings).orderBy(marketMoneySettings.marketCode);
}
