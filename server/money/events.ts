import { eq, sql, type SQL } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { marketMoneySettings } from "@/db/schema";
import { postMoneyEvent } from "./ledger";
import { at as isoAt, BULK, bigintArray, parcelLines, parcelLinesWithPending, postQueried, textArray, uuidArray } from "./ledger-sql";
import type { SaleParcel } from "./sale-lines";

/** The party of the payment provider's clearing account. */
export const CARD_PROVIDER = "stripe";

export const DEFAULT_SETTINGS = { returnWindowDays: 7, trustPostCash: false, payoutMinimumMinor: 0, payoutWeekday: 1 };

/** A market's money settings, or the defaults when an admin never set them. */
export async function moneySettings(db: DatabaseOrTx, marketCode: string) {
  const [row] = await db.select().from(marketMoneySettings).where(eq(marketMoneySettings.marketCode, marketCode));
  return row ?? { marketCode, ...DEFAULT_SETTINGS };
}

/** The credits of the sales in `src`: each line's net to the seller's pending balance, its commission to revenue, postage and COD fee to the post. */
const saleCreditsSql = (key: SQL) => sql`
  select ${key} as key, 'seller_pending' as account, shop_id as party, -(items_minor - commission_minor) as amount_minor, line_id as order_line_id from src
  union all select ${key}, 'commission_revenue', '', -commission_minor, line_id from src
  union all select ${key}, 'postage_payable', carrier, -post_minor, null::uuid from src where first_line`;

/**
 * Card payments were captured: the shoppers' money sits at the provider, owed
 * to the sellers (pending), the marketplace (commission) and the post (postage).
 * Returns how many orders were posted (a repeat posts nothing).
 */
export async function postCardCapturedMany(tx: DatabaseOrTx, orderIds: string[], when: Date): Promise<number> {
  if (orderIds.length === 0) return 0;
  const key = sql`'card_captured:' || order_id`;
  const rows = await postQueried(tx, {
    bulk: orderIds.length > BULK,
    source: parcelLines(sql`s.order_id = any(${uuidArray(orderIds)})`),
    events: sql`select ${key} as key, 'card_captured' as kind, market_code, currency, order_id, null::uuid as shipment_id, ${isoAt(when)} as occurred_at, null::jsonb as memo, null::bigint as result
      from src group by order_id, market_code, currency`,
    entries: sql`${saleCreditsSql(key)}
      union all select ${key}, 'payments_clearing', ${CARD_PROVIDER}::text, sum(items_minor) + coalesce(sum(post_minor) filter (where first_line), 0), null::uuid from src group by order_id`,
  });
  return rows.length;
}

export async function postCardCaptured(tx: DatabaseOrTx, orderId: string, when: Date): Promise<boolean> {
  return (await postCardCapturedMany(tx, [orderId], when)) > 0;
}

/** Whether each market trusts the post's cash (payable at delivery). */
async function trustingMarkets(tx: DatabaseOrTx, marketCodes: Iterable<string>): Promise<Set<string>> {
  const trusted = new Set<string>();
  for (const code of new Set(marketCodes)) if ((await moneySettings(tx, code)).trustPostCash) trusted.add(code);
  return trusted;
}

/**
 * The postmen collected cash at delivery: the post holds it (cash in transit)
 * until it remits it. A difference from the amount due is booked apart, so the
 * seller's figure stays what they sold. A market that trusts the post makes
 * the sale payable at once.
 */
export async function postCashCollectedMany(tx: DatabaseOrTx, collected: { shipmentId: string; collectedMinor: number }[], when: Date): Promise<number> {
  const amounts = new Map(collected.map((c) => [c.shipmentId, c.collectedMinor]));
  if (amounts.size === 0) return 0;
  const key = sql`'cash_collected:' || shipment_id`;
  const rows = await postQueried(tx, {
    bulk: amounts.size > BULK,
    source: parcelLines(sql`s.cod_amount_minor > 0`, {
      join: sql`join unnest(${uuidArray([...amounts.keys()])}, ${bigintArray([...amounts.values()])}) as input(shipment_id, amount_minor) on input.shipment_id = s.id`,
      columns: sql`input.amount_minor as input_minor`,
    }),
    events: sql`select ${key} as key, 'cash_collected' as kind, market_code, currency, order_id, shipment_id, ${isoAt(when)} as occurred_at,
        jsonb_build_object('dueMinor', cod_amount_minor, 'collectedMinor', input_minor) as memo, null::bigint as result
      from src where first_line`,
    entries: sql`${saleCreditsSql(key)}
      union all select ${key}, 'cash_in_transit', carrier, input_minor, null::uuid from src where first_line
      union all select ${key}, 'cash_differences', '', cod_amount_minor - input_minor, null::uuid from src where first_line`,
  });
  const trusted = await trustingMarkets(tx, rows.map((r) => r.market_code));
  const release = rows.filter((r) => trusted.has(r.market_code)).map((r) => r.shipment_id ?? "");
  if (release.length > 0) await releaseWhere(tx, sql`s.id = any(${uuidArray(release)})`, when, release.length > BULK);
  return rows.length;
}

export async function postCashCollected(tx: DatabaseOrTx, shipmentId: string, collectedMinor: number, when: Date): Promise<boolean> {
  return (await postCashCollectedMany(tx, [{ shipmentId, collectedMinor }], when)) > 0;
}

export interface Remittance {
  shipmentId: string;
  amountMinor: number;
  feeMinor: number;
  reference: string;
}

/**
 * The post remitted the cash of parcels, keeping a fee: the cash moves from
 * the post to the marketplace's bank, the fee settles what the post is owed,
 * and the sales become payable. An amount other than the one collected is
 * booked as a difference. Returns the shipments posted.
 */
export async function postCashRemittedMany(tx: DatabaseOrTx, remittances: Remittance[], when: Date): Promise<Set<string>> {
  const list = [...new Map(remittances.map((r) => [r.shipmentId, r])).values()];
  if (list.length === 0) return new Set();
  const key = sql`'cash_remitted:' || shipment_id`;
  const rows = await postQueried(tx, {
    bulk: list.length > BULK,
    source: parcelLines(sql`s.cod_collected_minor is not null`, {
      join: sql`join unnest(${uuidArray(list.map((r) => r.shipmentId))}, ${bigintArray(list.map((r) => r.amountMinor))}, ${bigintArray(list.map((r) => r.feeMinor))}, ${textArray(list.map((r) => r.reference))})
        as input(shipment_id, amount_minor, fee_minor, reference) on input.shipment_id = s.id`,
      columns: sql`input.amount_minor as input_minor, input.fee_minor as input_fee_minor, input.reference as input_reference`,
    }),
    events: sql`select ${key} as key, 'cash_remitted' as kind, market_code, currency, order_id, shipment_id, ${isoAt(when)} as occurred_at,
        jsonb_build_object('reference', input_reference) as memo, null::bigint as result
      from src where first_line`,
    entries: sql`select ${key} as key, 'marketplace_bank' as account, '' as party, input_minor - input_fee_minor as amount_minor, null::uuid as order_line_id from src where first_line
      union all select ${key}, 'postage_payable', carrier, input_fee_minor, null::uuid from src where first_line
      union all select ${key}, 'cash_in_transit', carrier, -cod_collected_minor, null::uuid from src where first_line
      union all select ${key}, 'cash_differences', '', cod_collected_minor - input_minor, null::uuid from src where first_line`,
  });
  const posted = rows.map((r) => r.shipment_id ?? "");
  if (posted.length > 0) await releaseWhere(tx, sql`s.id = any(${uuidArray(posted)})`, when, posted.length > BULK);
  return new Set(posted);
}

export async function postCashRemitted(tx: DatabaseOrTx, remittance: Remittance, when: Date): Promise<boolean> {
  return (await postCashRemittedMany(tx, [remittance], when)).size > 0;
}

/**
 * Sales whose money is real: each line's pending net becomes available to the
 * seller, for every parcel `where` chooses (over `s` shipments, `o` orders),
 * in one statement. Once per parcel. Returns the keys posted.
 */
export async function releaseWhere(tx: DatabaseOrTx, where: SQL, when: Date, bulk = true): Promise<Set<string>> {
  const key = sql`'sale_released:' || shipment_id`;
  const rows = await postQueried(tx, {
    bulk,
    source: parcelLinesWithPending(where),
    events: sql`select ${key} as key, 'sale_released' as kind, market_code, currency, order_id, shipment_id, ${isoAt(when)} as occurred_at, null::jsonb as memo, null::bigint as result
      from src where first_line`,
    entries: sql`select ${key} as key, 'seller_pending' as account, shop_id as party, owed_minor as amount_minor, line_id as order_line_id from src
      union all select ${key}, 'seller_available', shop_id, -owed_minor, line_id from src`,
  });
  return new Set(rows.map((r) => r.key));
}

/** Sales whose money is real: each line's pending net becomes available to the seller. Once per parcel. */
export async function releaseParcels(tx: DatabaseOrTx, parcels: SaleParcel[], when: Date): Promise<Set<string>> {
  if (parcels.length === 0) return new Set();
  return releaseWhere(
    tx,
    sql`s.id = any(${uuidArray(parcels.map((p) => p.shipmentId))})`,
    when,
    parcels.length > BULK,
  );
}

export async function releaseParcel(tx: DatabaseOrTx, parcel: SaleParcel, when: Date): Promise<boolean> {
  return (await releaseParcels(tx, [parcel], when)).size > 0;
}

/**
 * Takes the sales in `src` (with `owed_minor`) back from the seller, wherever
 * their money sits: what is still pending first, the rest from the available
 * balance (which may go below zero after a payout, and carries over). The
 * commission comes back too.
 */
const takeBackSql = (key: SQL, where: SQL = sql`true`) => sql`
  select ${key} as key, 'seller_pending' as account, shop_id as party, owed_minor as amount_minor, line_id as order_line_id from src where ${where}
  union all select ${key}, 'seller_available', shop_id, items_minor - commission_minor - owed_minor, line_id from src where ${where}
  union all select ${key}, 'commission_revenue', '', commission_minor, line_id from src where ${where}`;

const posted = (prefix: string, column: SQL) => sql`exists (select 1 from ledger_transactions t where t.key = ${prefix}::text || ${column})`;

/**
 * Card orders' payments go back to the shoppers. Before dispatch the whole
 * payment (postage too); after, the items only, since the post carried the
 * parcel. Nothing is posted for an order whose payment was never captured,
 * nor for a parcel that came back (refunded then). Returns the amount
 * refunded per order posted.
 */
export async function postRefundMany(tx: DatabaseOrTx, orderIds: string[], when: Date, options: { includePostage: boolean }): Promise<Map<string, number>> {
  if (orderIds.length === 0) return new Map();
  const key = sql`'refund:' || order_id`;
  const postage = options.includePostage ? sql`coalesce(sum(post_minor) filter (where first_line), 0)` : sql`0`;
  const rows = await postQueried(tx, {
    bulk: orderIds.length > BULK,
    source: parcelLinesWithPending(sql`s.order_id = any(${uuidArray(orderIds)}) and ${posted("card_captured:", sql`s.order_id`)} and not ${posted("parcel_returned:", sql`s.id`)}`),
    events: sql`select ${key} as key, 'refund' as kind, market_code, currency, order_id, null::uuid as shipment_id, ${isoAt(when)} as occurred_at,
        jsonb_build_object('includePostage', ${options.includePostage ? 1 : 0}::int) as memo, sum(items_minor) + ${postage} as result
      from src group by order_id, market_code, currency`,
    entries: sql`${takeBackSql(key)}
      ${options.includePostage ? sql`union all select ${key}, 'postage_payable', carrier, post_minor, null::uuid from src where first_line` : sql``}
      union all select ev.key, 'payments_clearing', ${CARD_PROVIDER}::text, -ev.result, null::uuid from ev`,
  });
  return new Map(rows.map((r) => [r.order_id ?? "", Number(r.result)]));
}

export async function postRefund(tx: DatabaseOrTx, orderId: string, when: Date, options: { includePostage: boolean }): Promise<{ posted: boolean; amountMinor: number }> {
  const amount = (await postRefundMany(tx, [orderId], when, options)).get(orderId);
  return amount === undefined ? { posted: false, amountMinor: 0 } : { posted: true, amountMinor: amount };
}

/**
 * Parcels came back to their sellers. Card: the shopper gets the items back
 * (the post keeps its postage). Cash: nothing was collected, and the seller
 * bears the postage and fee the post is owed for the round trip. A card sale
 * not captured, or refunded already, has nothing left to give back. Returns
 * the items refunded per parcel posted (0 for cash).
 */
export async function postParcelsReturned(tx: DatabaseOrTx, shipmentIds: string[], when: Date): Promise<Map<string, number>> {
  if (shipmentIds.length === 0) return new Map();
  const key = sql`'parcel_returned:' || shipment_id`;
  const card = sql`payment_method = 'card'`;
  const rows = await postQueried(tx, {
    bulk: shipmentIds.length > BULK,
    source: parcelLinesWithPending(
      sql`s.id = any(${uuidArray(shipmentIds)}) and (o.payment_method <> 'card' or (${posted("card_captured:", sql`s.order_id`)} and not ${posted("refund:", sql`s.order_id`)}))`,
    ),
    events: sql`select ${key} as key, 'parcel_returned' as kind, market_code, currency, order_id, shipment_id, ${isoAt(when)} as occurred_at, null::jsonb as memo,
        case when ${card} then parcel_items_minor else 0 end as result
      from src where first_line`,
    entries: sql`${takeBackSql(key, card)}
      union all select ${key}, 'payments_clearing', ${CARD_PROVIDER}::text, -parcel_items_minor, null::uuid from src where first_line and ${card}
      union all select ${key}, 'seller_available', shop_id, post_minor, null::uuid from src where first_line and not ${card}
      union all select ${key}, 'postage_payable', carrier, -post_minor, null::uuid from src where first_line and not ${card}`,
  });
  return new Map(rows.map((r) => [r.shipment_id ?? "", Number(r.result)]));
}

export async function postParcelReturned(tx: DatabaseOrTx, shipmentId: string, when: Date): Promise<{ posted: boolean; refundMinor: number }> {
  const refund = (await postParcelsReturned(tx, [shipmentId], when)).get(shipmentId);
  return refund === undefined ? { posted: false, refundMinor: 0 } : { posted: true, refundMinor: refund };
}

/**
 * Money the post remitted for no parcel it could be matched to (an unknown
 * number, a parcel not delivered, a second remittance of one parcel), kept
 * apart as a cash difference once an admin decides so.
 */
export async function postUnmatchedCash(
  tx: DatabaseOrTx,
  input: { lineId: string; marketCode: string; currency: string; carrier: string; amountMinor: number; feeMinor: number; reference: string },
  at: Date,
): Promise<boolean> {
  return postMoneyEvent(tx, {
    key: `unmatched_cash:${input.lineId}`,
    kind: "adjustment",
    marketCode: input.marketCode,
    currency: input.currency,
    occurredAt: at,
    memo: { reference: input.reference },
    entries: [
      { account: "marketplace_bank", amountMinor: input.amountMinor - input.feeMinor },
      { account: "postage_payable", party: input.carrier, amountMinor: input.feeMinor },
      { account: "cash_differences", amountMinor: -input.amountMinor },
    ],
  });
}
