import { and, eq, gt, isNull, or, sql } from "drizzle-orm";
import type { Database, DatabaseOrTx } from "@/db/client";
import { categories, commissionRules, marketMoneySettings, markets, shops } from "@/db/schema";
import { localize } from "../catalog/localize";
import type { Locale } from "@/lib/locales";
import { AppError } from "../errors";
import { schedulePayouts } from "./payout-schedule";

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
 * shop) from a moment on (now, or a later date): the rules of that scope
 * still in force then, or due to start later, end when this one starts, so the
 * order lines charged under them keep pointing at them.
 */
export async function saveCommissionRule(db: Database, input: RuleInput & { effectiveFrom?: Date | null }, userId: string, now: Date = new Date()) {
  if (input.capMinor !== null && input.capMinor < input.floorMinor) throw new AppError("BAD_REQUEST", "commissionCapBelowFloor", {}, "capMinor");
  const from = input.effectiveFrom && input.effectiveFrom > now ? input.effectiveFrom : now;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`commission:${input.marketCode}`}))`);
    if (input.shopId) {
      const [shop] = await tx.select({ marketCode: shops.marketCode }).from(shops).where(eq(shops.id, input.shopId));
      if (shop?.marketCode !== input.marketCode) throw new AppError("BAD_REQUEST", "commissionShopNotInMarket", {}, "shopId");
    }
    if (input.categoryId) {
      const [category] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.id, input.categoryId));
      if (!category) throw new AppError("BAD_REQUEST", "commissionCategoryUnknown", {}, "categoryId");
    }
    await tx
      .update(commissionRules)
      .set({ active: false, retiredAt: sql`greatest(${commissionRules.effectiveFrom}, ${from.toISOString()}::timestamptz)` })
      .where(
        and(
          eq(commissionRules.marketCode, input.marketCode),
          or(isNull(commissionRules.retiredAt), gt(commissionRules.retiredAt, from)),
          input.categoryId ? eq(commissionRules.categoryId, input.categoryId) : isNull(commissionRules.categoryId),
          input.shopId ? eq(commissionRules.shopId, input.shopId) : isNull(commissionRules.shopId),
        ),
      );
    const { effectiveFrom: _ignored, ...terms } = input;
    void _ignored;
    const [rule] = await tx.insert(commissionRules).values({ ...terms, effectiveFrom: from, createdBy: userId, createdAt: now }).returning();
    return rule;
  });
}

/** Ends a rule now (or, for one not yet in force, before it starts); the orders charged under it keep it. */
export async function endCommissionRule(db: Database, ruleId: string, now: Date = new Date()) {
  const [rule] = await db
    .update(commissionRules)
    .set({ active: false, retiredAt: sql`greatest(${commissionRules.effectiveFrom}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(commissionRules.id, ruleId), or(isNull(commissionRules.retiredAt), gt(commissionRules.retiredAt, now))))
    .returning();
  if (!rule) {
    const [exists] = await db.select({ id: commissionRules.id }).from(commissionRules).where(eq(commissionRules.id, ruleId));
    throw exists ? new AppError("CONFLICT", "commissionRuleEnded") : new AppError("NOT_FOUND", "commissionRuleNotFound");
  }
  return rule;
}

/** What the rules form offers: each market's shops and every category, named in the reader's language. */
export async function ruleChoices(db: DatabaseOrTx, locale: Locale) {
  const [shopRows, categoryRows, marketRows] = await Promise.all([
    db.select({ id: shops.id, name: shops.name, marketCode: shops.marketCode }).from(shops).orderBy(shops.slug),
    db.select({ id: categories.id, name: categories.name }).from(categories).orderBy(categories.position),
    db.select({ code: markets.code, currency: markets.currency }).from(markets).orderBy(markets.code),
  ]);
  return {
    markets: marketRows,
    shops: shopRows.map((s) => ({ id: s.id, marketCode: s.marketCode, name: localize(s.name, locale).text })),
    categories: categoryRows.map((c) => ({ id: c.id, name: localize(c.name, locale).text })),
  };
}

/** The rules in force or due to start, market-wide first, with the names of their shop and category. */
export async function listCommissionRules(db: DatabaseOrTx, now: Date = new Date()) {
  const rows = await db
    .select({ rule: commissionRules, shopName: shops.name, categoryName: categories.name })
    .from(commissionRules)
    .leftJoin(shops, eq(shops.id, commissionRules.shopId))
    .leftJoin(categories, eq(categories.id, commissionRules.categoryId))
    // in force or due to start; a rule ended before it started was never in force and is not listed
    .where(or(isNull(commissionRules.retiredAt), and(gt(commissionRules.retiredAt, now), gt(commissionRules.retiredAt, commissionRules.effectiveFrom))))
    .orderBy(commissionRules.marketCode, commissionRules.shopId, commissionRules.categoryId, commissionRules.effectiveFrom);
  return rows.map((row) => ({ ...row, startsLater: row.rule.effectiveFrom > now }));
}

/** A market's settlement settings: return window, trust in the post's cash, payout minimum and weekday. */
export async function saveMoneySettings(db: Database, input: typeof marketMoneySettings.$inferInsert) {
  const [market] = await db.select({ code: markets.code }).from(markets).where(eq(markets.code, input.marketCode));
  if (!market) throw new AppError("NOT_FOUND", "marketNotFound");
  const [row] = await db.insert(marketMoneySettings).values(input).onConflictDoUpdate({ target: marketMoneySettings.marketCode, set: input }).returning();
  // the next run on the (new) weekday; a job left on the old one does nothing when it comes
  await schedulePayouts(db, new Date(), [input.marketCode]);
  return row;
}

export async function listMoneySettings(db: Database) {
  return db.select().from(marketMoneySettings).orderBy(marketMoneySettings.marketCode);
}
