import { eq } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { marketMoneySettings } from "@/db/schema";
import { isPosted, lineBalances, postMoneyEvent, postMoneyEvents, type MoneyEvent, type Posting } from "./ledger";
import { parcelCodFeeMinor, parcelItemsMinor, saleCredits, saleParcels, type SaleParcel } from "./sale-lines";

/** The party of the payment provider's clearing account. */
export const CARD_PROVIDER = "stripe";

export const DEFAULT_SETTINGS = { returnWindowDays: 7, trustPostCash: false, payoutMinimumMinor: 0, payoutWeekday: 1 };

/** A market's money settings, or the defaults when an admin never set them. */
export async function moneySettings(db: DatabaseOrTx, marketCode: string) {
  const [row] = await db.select().from(marketMoneySettings).where(eq(marketMoneySettings.marketCode, marketCode));
  return row ?? { marketCode, ...DEFAULT_SETTINGS };
}

const sum = (postings: Posting[]) => postings.reduce((total, p) => total + p.amountMinor, 0);

/** The event of a card order's capture: the shopper's money owed to sellers, the marketplace and the post. */
function captureEvent(orderId: string, parcels: SaleParcel[], at: Date): MoneyEvent | null {
  const first = parcels[0];
  if (!first) return null;
  const credits = parcels.flatMap(saleCredits);
  return {
    key: `card_captured:${orderId}`,
    kind: "card_captured",
    marketCode: first.marketCode,
    currency: first.currency,
    occurredAt: at,
    orderId,
    entries: [{ account: "payments_clearing", party: CARD_PROVIDER, amountMinor: -sum(credits) }, ...credits],
  };
}

/**
 * Card payments were captured: the shoppers' money sits at the provider, owed
 * to the sellers (pending), the marketplace (commission) and the post (postage).
 * Returns how many orders were posted (a repeat posts nothing).
 */
export async function postCardCapturedMany(tx: DatabaseOrTx, orderIds: string[], at: Date): Promise<number> {
  const byOrder = new Map<string, SaleParcel[]>();
  for (const parcel of await saleParcels(tx, { orderIds })) byOrder.set(parcel.orderId, [...(byOrder.get(parcel.orderId) ?? []), parcel]);
  const events = [...byOrder].map(([orderId, parcels]) => captureEvent(orderId, parcels, at)).filter((e): e is MoneyEvent => e !== null);
  return (await postMoneyEvents(tx, events)).size;
}

export async function postCardCaptured(tx: DatabaseOrTx, orderId: string, at: Date): Promise<boolean> {
  return (await postCardCapturedMany(tx, [orderId], at)) > 0;
}

/**
 * The postmen collected cash at delivery: the post holds it (cash in transit)
 * until it remits it. A difference from the amount due is booked apart, so the
 * seller's figure stays what they sold. A market that trusts the post makes
 * the sale payable at once.
 */
export async function postCashCollectedMany(tx: DatabaseOrTx, collected: { shipmentId: string; collectedMinor: number }[], at: Date): Promise<number> {
  const amounts = new Map(collected.map((c) => [c.shipmentId, c.collectedMinor]));
  const parcels = (await saleParcels(tx, { shipmentIds: [...amounts.keys()] })).filter((p) => p.codAmountMinor > 0);
  const events: MoneyEvent[] = parcels.map((parcel) => {
    const collectedMinor = amounts.get(parcel.shipmentId) ?? 0;
    return {
      key: `cash_collected:${parcel.shipmentId}`,
      kind: "cash_collected",
      marketCode: parcel.marketCode,
      currency: parcel.currency,
      occurredAt: at,
      orderId: parcel.orderId,
      shipmentId: parcel.shipmentId,
      memo: { dueMinor: parcel.codAmountMinor, collectedMinor },
      entries: [
        { account: "cash_in_transit", party: parcel.carrier, amountMinor: collectedMinor },
        ...saleCredits(parcel),
        { account: "cash_differences", amountMinor: parcel.codAmountMinor - collectedMinor },
      ],
    };
  });
  const posted = await postMoneyEvents(tx, events);
  const trusted = new Map<string, boolean>();
  for (const parcel of parcels) {
    if (!trusted.has(parcel.marketCode)) trusted.set(parcel.marketCode, (await moneySettings(tx, parcel.marketCode)).trustPostCash);
  }
  await releaseParcels(
    tx,
    parcels.filter((p) => posted.has(`cash_collected:${p.shipmentId}`) && trusted.get(p.marketCode)),
    at,
  );
  return posted.size;
}

export async function postCashCollected(tx: DatabaseOrTx, shipmentId: string, collectedMinor: number, at: Date): Promise<boolean> {
  return (await postCashCollectedMany(tx, [{ shipmentId, collectedMinor }], at)) > 0;
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
export async function postCashRemittedMany(tx: DatabaseOrTx, remittances: Remittance[], at: Date): Promise<Set<string>> {
  const byShipment = new Map(remittances.map((r) => [r.shipmentId, r]));
  const parcels = (await saleParcels(tx, { shipmentIds: [...byShipment.keys()] })).filter((p) => p.codCollectedMinor !== null);
  const events: MoneyEvent[] = parcels.map((parcel) => {
    const remittance = byShipment.get(parcel.shipmentId) as Remittance;
    const collected = parcel.codCollectedMinor ?? 0;
    return {
      key: `cash_remitted:${parcel.shipmentId}`,
      kind: "cash_remitted",
      marketCode: parcel.marketCode,
      currency: parcel.currency,
      occurredAt: at,
      orderId: parcel.orderId,
      shipmentId: parcel.shipmentId,
      memo: { reference: remittance.reference },
      entries: [
        { account: "marketplace_bank", amountMinor: remittance.amountMinor - remittance.feeMinor },
        { account: "postage_payable", party: parcel.carrier, amountMinor: remittance.feeMinor },
        { account: "cash_in_transit", party: parcel.carrier, amountMinor: -collected },
        { account: "cash_differences", amountMinor: collected - remittance.amountMinor },
      ],
    };
  });
  const posted = await postMoneyEvents(tx, events);
  await releaseParcels(
    tx,
    parcels.filter((p) => posted.has(`cash_remitted:${p.shipmentId}`)),
    at,
  );
  return new Set(parcels.filter((p) => posted.has(`cash_remitted:${p.shipmentId}`)).map((p) => p.shipmentId));
}

export async function postCashRemitted(tx: DatabaseOrTx, remittance: Remittance, at: Date): Promise<boolean> {
  return (await postCashRemittedMany(tx, [remittance], at)).size > 0;
}

/** Sales whose money is real: each line's pending net becomes available to the seller. Once per parcel. */
export async function releaseParcels(tx: DatabaseOrTx, parcels: SaleParcel[], at: Date): Promise<Set<string>> {
  if (parcels.length === 0) return new Set();
  const pending = await lineBalances(
    tx,
    "seller_pending",
    parcels.flatMap((p) => p.lines.map((l) => l.id)),
  );
  const events: MoneyEvent[] = parcels.map((parcel) => ({
    key: `sale_released:${parcel.shipmentId}`,
    kind: "sale_released",
    marketCode: parcel.marketCode,
    currency: parcel.currency,
    occurredAt: at,
    orderId: parcel.orderId,
    shipmentId: parcel.shipmentId,
    entries: parcel.lines.flatMap((line) => {
      const owed = -(pending.get(line.id) ?? 0);
      return [
        { account: "seller_pending" as const, party: parcel.shopId, amountMinor: owed, orderLineId: line.id },
        { account: "seller_available" as const, party: parcel.shopId, amountMinor: -owed, orderLineId: line.id },
      ];
    }),
  }));
  return postMoneyEvents(tx, events);
}

export async function releaseParcel(tx: DatabaseOrTx, parcel: SaleParcel, at: Date): Promise<boolean> {
  return (await releaseParcels(tx, [parcel], at)).size > 0;
}

/**
 * Takes a parcel's sale back from the seller, wherever its money sits: what is
 * still pending first, the rest from their available balance (which may go
 * below zero after a payout, and carries over). The commission comes back too.
 */
async function takeBack(tx: DatabaseOrTx, parcel: SaleParcel): Promise<Posting[]> {
  const ids = parcel.lines.map((l) => l.id);
  const pending = await lineBalances(tx, "seller_pending", ids);
  return parcel.lines.flatMap((line) => {
    const net = line.itemsMinor - line.commissionMinor;
    const fromPending = -(pending.get(line.id) ?? 0);
    return [
      { account: "seller_pending" as const, party: parcel.shopId, amountMinor: fromPending, orderLineId: line.id },
      { account: "seller_available" as const, party: parcel.shopId, amountMinor: net - fromPending, orderLineId: line.id },
      { account: "commission_revenue" as const, amountMinor: line.commissionMinor, orderLineId: line.id },
    ];
  });
}

/**
 * A card order's payment goes back to the shopper. Before dispatch the whole
 * payment (postage too); after, the items only, since the post carried the
 * parcel. Nothing is posted for an order whose payment was never captured.
 */
export async function postRefund(tx: DatabaseOrTx, orderId: string, at: Date, options: { includePostage: boolean }): Promise<{ posted: boolean; amountMinor: number }> {
  if (!(await isPosted(tx, `card_captured:${orderId}`))) return { posted: false, amountMinor: 0 };
  // a parcel that already came back was refunded then
  const parcels = [];
  for (const parcel of await saleParcels(tx, { orderId })) {
    if (!(await isPosted(tx, `parcel_returned:${parcel.shipmentId}`))) parcels.push(parcel);
  }
  const first = parcels[0];
  if (!first) return { posted: false, amountMinor: 0 };
  const debits: Posting[] = [];
  for (const parcel of parcels) {
    debits.push(...(await takeBack(tx, parcel)));
    if (options.includePostage) debits.push({ account: "postage_payable", party: parcel.carrier, amountMinor: parcel.postageMinor + parcelCodFeeMinor(parcel) });
  }
  const amountMinor = sum(debits);
  const posted = await postMoneyEvent(tx, {
    key: `refund:${orderId}`,
    kind: "refund",
    marketCode: first.marketCode,
    currency: first.currency,
    occurredAt: at,
    orderId,
    memo: { includePostage: options.includePostage ? 1 : 0 },
    entries: [...debits, { account: "payments_clearing", party: CARD_PROVIDER, amountMinor: -amountMinor }],
  });
  return { posted, amountMinor: posted ? amountMinor : 0 };
}

/**
 * A parcel came back to its seller. Card: the shopper gets the items back
 * (the post keeps its postage). Cash: nothing was collected, and the seller
 * bears the postage and fee the post is owed for the round trip.
 */
export async function postParcelReturned(tx: DatabaseOrTx, shipmentId: string, at: Date): Promise<{ posted: boolean; refundMinor: number }> {
  const [parcel] = await saleParcels(tx, { shipmentIds: [shipmentId] });
  if (!parcel) return { posted: false, refundMinor: 0 };
  const card = parcel.paymentMethod === "card";
  // a card sale not captured, or refunded already, has nothing left to give back
  if (card && (!(await isPosted(tx, `card_captured:${parcel.orderId}`)) || (await isPosted(tx, `refund:${parcel.orderId}`)))) return { posted: false, refundMinor: 0 };
  const owedToPost = parcel.postageMinor + parcelCodFeeMinor(parcel);
  const entries: Posting[] = card
    ? [...(await takeBack(tx, parcel)), { account: "payments_clearing", party: CARD_PROVIDER, amountMinor: -parcelItemsMinor(parcel) }]
    : [
        { account: "seller_available", party: parcel.shopId, amountMinor: owedToPost },
        { account: "postage_payable", party: parcel.carrier, amountMinor: -owedToPost },
      ];
  const posted = await postMoneyEvent(tx, {
    key: `parcel_returned:${shipmentId}`,
    kind: "parcel_returned",
    marketCode: parcel.marketCode,
    currency: parcel.currency,
    occurredAt: at,
    orderId: parcel.orderId,
    shipmentId,
    entries,
  });
  return { posted, refundMinor: posted && card ? parcelItemsMinor(parcel) : 0 };
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
