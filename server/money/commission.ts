import { and, eq, inArray, sql } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { commissionRules, orderLineCommissions, type CommissionRule } from "@/db/schema";

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

/** How specific a rule is: a shop's own (for one of its categories first), then a category's, then the market's. */
function rank(rule: Pick<CommissionRule, "shopId" | "categoryId">): number {
  return (rule.shopId === null ? 2 : 0) + (rule.categoryId === null ? 1 : 0);
}

/** The rule that applies among rules in force: the most specific, then the latest to take effect. */
export function pickRule<R extends Pick<CommissionRule, "shopId" | "categoryId" | "createdAt" | "effectiveFrom">>(rules: R[], shopId: string, categoryId: string | null): R | undefined {
  return rules
    .filter((r) => (r.shopId === null || r.shopId === shopId) && (r.categoryId === null || r.categoryId === categoryId))
    .sort((a, b) => rank(a) - rank(b) || b.effectiveFrom.getTime() - a.effectiveFrom.getTime() || b.createdAt.getTime() - a.createdAt.getTime())[0];
}

/** In force at a moment: taken effect, and not ended (nor replaced) by then. */
export const inForce = (when: Date) => sql`${commissionRules.effectiveFrom} <= ${when.toISOString()}::timestamptz and (${commissionRules.retiredAt} is null or ${commissionRules.retiredAt} > ${when.toISOString()}::timestamptz)`;

/** The rules of a market in force at a moment (now when omitted). */
export async function activeRules(db: DatabaseOrTx, marketCode: string, when: Date = new Date()) {
  return db
    .select()
    .from(commissionRules)
    .where(and(eq(commissionRules.marketCode, marketCode), inForce(when)));
}

/**
 * Charges commission on every line of the orders under the rules in force
 * now, storing the rule and amount per line so a later change of rules never
 * changes these orders: one statement, the rule picked in the database as
 * `pickRule` does and the amount worked out as `commissionFor` does. Safe to call twice.
 */
export async function chargeCommissions(tx: DatabaseOrTx, orderId: string | string[], when: Date = new Date()): Promise<void> {
  const orderIds = Array.isArray(orderId) ? orderId : [orderId];
  if (orderIds.length === 0) return;
  const moment = sql`${when.toISOString()}::timestamptz`;
  await tx.execute(sql`
    insert into order_line_commissions (order_line_id, rule_id, commission_minor)
    select l.id, r.id,
      case when r.id is null then 0 else greatest(0, least(
        greatest(case when r.kind = 'percent' then (l.unit_price_minor::bigint * l.quantity * r.rate_basis_points + 5000) / 10000 else r.fixed_minor * l.quantity end, r.floor_minor),
        r.cap_minor,
        l.unit_price_minor::bigint * l.quantity)) end
    from order_lines l
    join orders o on o.id = l.order_id
    join shipments s on s.id = l.shipment_id
    join variants v on v.id = l.variant_id
    join products p on p.id = v.product_id
    left join lateral (
      select cr.* from commission_rules cr
      where cr.market_code = o.market_code and cr.effective_from <= ${moment} and (cr.retired_at is null or cr.retired_at > ${moment})
        and (cr.shop_id is null or cr.shop_id = s.shop_id) and (cr.category_id is null or cr.category_id = p.category_id)
      order by (cr.shop_id is null), (cr.category_id is null), cr.effective_from desc, cr.created_at desc
      limit 1
    ) r on true
    where l.order_id = any(${sql.param(orderIds)}::uuid[])
    on conflict do nothing`);
}

/** Commission per order line (0 for a line charged none). */
export async function commissionsOf(db: DatabaseOrTx, orderLineIds: string[]): Promise<Map<string, number>> {
  if (orderLineIds.length === 0) return new Map();
  const rows = await db.select().from(orderLineCommissions).where(inArray(orderLineCommissions.orderLineId, orderLineIds));
  return new Map(rows.map((r) => [r.orderLineId, r.commissionMinor]));
}
