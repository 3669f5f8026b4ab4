import { and, eq, inArray } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { commissionRules, orderLineCommissions, orderLines, orders, products, shipments, variants, type CommissionRule } from "@/db/schema";

export type RuleTerms = Pick<CommissionRule, "kind" | "rateBasisPoints" | "fixedMinor" | "floorMinor" | "capMinor">;

/**
 * The commission on one order line's items (postage passes through to the
 * post): a percentage rounded half up to the minor unit, or a fixed amount per
 * unit; then raised to the floor, lowered to the cap, and never above the line.
 */
export function commissionFor(rule: RuleTerms, unitPriceMinor: number, quantity: number): number {
  const lineMinor = unitPriceMinor * quantity;
  const raw = rule.kind === "percent" ? Math.floor((lineMinor * rule.rateBasisPoints + 5000) / 10000) : rule.fixedMinor * quantity;
  const floored = Math.max(raw, rule.floorMinor);
  const capped = rule.capMinor === null ? floored : Math.min(floored, rule.capMinor);
  return Math.max(0, Math.min(capped, lineMinor));
}

/** The rule that applies: the shop's own, else its category's, else the market's (newest first among equals). */
export function pickRule<R extends Pick<CommissionRule, "shopId" | "categoryId" | "createdAt">>(rules: R[], shopId: string, categoryId: string | null): R | undefined {
  const newest = (list: R[]) => [...list].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  return (
    newest(rules.filter((r) => r.shopId === shopId && (r.categoryId === null || r.categoryId === categoryId))) ??
    newest(rules.filter((r) => r.shopId === null && r.categoryId !== null && r.categoryId === categoryId)) ??
    newest(rules.filter((r) => r.shopId === null && r.categoryId === null))
  );
}

/** The active rules of a market. */
export async function activeRules(db: DatabaseOrTx, marketCode: string) {
  return db
    .select()
    .from(commissionRules)
    .where(and(eq(commissionRules.marketCode, marketCode), eq(commissionRules.active, true)));
}

/**
 * Charges commission on every line of an order under the rules active now,
 * storing the rule and amount per line so a later change of rules never
 * changes this order. Safe to call twice.
 */
export async function chargeCommissions(tx: DatabaseOrTx, orderId: string | string[]): Promise<void> {
  const orderIds = Array.isArray(orderId) ? orderId : [orderId];
  for (let i = 0; i < orderIds.length; i += 2000) await chargeSome(tx, orderIds.slice(i, i + 2000));
}

async function chargeSome(tx: DatabaseOrTx, orderIds: string[]): Promise<void> {
  const lines = await tx
    .select({ id: orderLines.id, unitPriceMinor: orderLines.unitPriceMinor, quantity: orderLines.quantity, shopId: shipments.shopId, categoryId: products.categoryId, marketCode: orders.marketCode })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(shipments, eq(shipments.id, orderLines.shipmentId))
    .innerJoin(variants, eq(variants.id, orderLines.variantId))
    .innerJoin(products, eq(products.id, variants.productId))
    .where(inArray(orderLines.orderId, orderIds));
  if (lines.length === 0) return;
  const rules = new Map<string, CommissionRule[]>();
  for (const code of new Set(lines.map((l) => l.marketCode))) rules.set(code, await activeRules(tx, code));
  await tx
    .insert(orderLineCommissions)
    .values(
      lines.map((line) => {
        const rule = pickRule(rules.get(line.marketCode) ?? [], line.shopId, line.categoryId);
        return { orderLineId: line.id, ruleId: rule?.id ?? null, commissionMinor: rule ? commissionFor(rule, line.unitPriceMinor, line.quantity) : 0 };
      }),
    )
    .onConflictDoNothing();
}

/** Commission per order line (0 for a line charged none). */
export async function commissionsOf(db: DatabaseOrTx, orderLineIds: string[]): Promise<Map<string, number>> {
  if (orderLineIds.length === 0) return new Map();
  const rows = await db.select().from(orderLineCommissions).where(inArray(orderLineCommissions.orderLineId, orderLineIds));
  return new Map(rows.map((r) => [r.orderLineId, r.commissionMinor]));
}
