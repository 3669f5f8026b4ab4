import { sql } from "drizzle-orm";
import { bigint, boolean, char, check, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { categories } from "./catalog";
import { markets } from "./markets";
import { shipments } from "./orders";
import { shops } from "./shops";

/**
 * What a ledger account holds. An account is a kind plus a party (a shop id,
 * a carrier code, or "" for the marketplace itself) in one market and currency.
 * Amounts are signed: a debit is positive, a credit negative.
 */
export const ledgerAccountKind = pgEnum("ledger_account_kind", [
  /** asset: card money held at the payment provider */
  "payments_clearing",
  /** asset: cash a postal operator (party) collected and has not yet remitted */
  "cash_in_transit",
  /** asset: the marketplace's bank account (remittances in, bank payouts out) */
  "marketplace_bank",
  /** liability to a shop (party) for sales whose money is not yet real */
  "seller_pending",
  /** liability to a shop (party) it may be paid now; negative after a refund that followed a payout */
  "seller_available",
  /** revenue: the marketplace's commission */
  "commission_revenue",
  /** liability to a postal operator (party): postage and cash-on-delivery fees */
  "postage_payable",
  /** expense or gain: cash the post collected that differs from what was due */
  "cash_differences",
]);

export const moneyEventKind = pgEnum("money_event_kind", [
  "card_captured",
  "cash_collected",
  "cash_remitted",
  "sale_released",
  "refund",
  "parcel_returned",
  "payout_sent",
  "payout_failed",
  "payout_reversed",
  "adjustment",
]);

/** One money event: its entries sum to zero per currency (checked by the database at commit). */
export const ledgerTransactions = pgTable(
  "ledger_transactions",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** unique per event: posting the same event twice finds this row and writes nothing */
    key: text().notNull().unique(),
    kind: moneyEventKind().notNull(),
    marketCode: char({ length: 2 })
      .notNull()
      .references(() => markets.code),
    orderId: uuid(),
    shipmentId: uuid(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    memo: jsonb().$type<Record<string, string | number>>(),
  },
  (t) => [index("ledger_transactions_shipment_idx").on(t.shipmentId), index("ledger_transactions_kind_idx").on(t.kind, t.occurredAt)],
);

/**
 * Append-only: triggers refuse UPDATE and DELETE; a correction is a new
 * transaction. Each INSERT statement is checked: the transactions it wrote
 * entries for must sum to zero per currency, so an event's entries are
 * written together.
 */
export const ledgerEntries = pgTable(
  "ledger_entries",
  {
    id: uuid().primaryKey().defaultRandom(),
    /**
     * the ledger transaction (ledger_transactions.id): checked once per INSERT
     * statement by the balance trigger rather than row by row by a foreign
     * key; a transaction is append-only, so it never goes away after
     */
    transactionId: uuid().notNull(),
    account: ledgerAccountKind().notNull(),
    /** shop id for seller accounts, carrier code for the post's accounts, "" for the marketplace's own */
    party: text().notNull().default(""),
    marketCode: char({ length: 2 }).notNull(),
    currency: char({ length: 3 }).notNull(),
    /** debit positive, credit negative, never zero */
    amountMinor: bigint({ mode: "number" }).notNull(),
    /** the order line behind a seller's figure, when there is one */
    orderLineId: uuid(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    // the balance of one account as of a moment: its entries up to then
    index("ledger_entries_account_idx").on(t.account, t.party, t.occurredAt),
    // the balance check sums a transaction's entries
    index("ledger_entries_transaction_idx").on(t.transactionId),
    // what an order line still holds in a seller's balance, when a sale is released or refunded
    index("ledger_entries_line_idx").on(t.orderLineId).where(sql`${t.orderLineId} is not null`),
    check("ledger_entries_amount_nonzero", sql`${t.amountMinor} <> 0`),
  ],
);

export const commissionKind = pgEnum("commission_kind", ["percent", "fixed"]);

/**
 * A commission rule. The most specific active rule applies to an order line
 * (shop, then category, then the market); editing a rule retires it and adds
 * a new one, and each order line keeps the id of the rule it was charged under.
 */
export const commissionRules = pgTable(
  "commission_rules",
  {
    id: uuid().primaryKey().defaultRandom(),
    marketCode: char({ length: 2 })
      .notNull()
      .references(() => markets.code),
    categoryId: uuid().references(() => categories.id),
    shopId: uuid().references(() => shops.id),
    kind: commissionKind().notNull(),
    /** percent rules: hundredths of a percent (1250 = 12.5 %) */
    rateBasisPoints: integer().notNull().default(0),
    /** fixed rules: per unit sold, in the market's minor unit */
    fixedMinor: bigint({ mode: "number" }).notNull().default(0),
    /** per order line */
    floorMinor: bigint({ mode: "number" }).notNull().default(0),
    capMinor: bigint({ mode: "number" }),
    active: boolean().notNull().default(true),
    /** the rule applies to orders placed from this moment */
    effectiveFrom: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdBy: text().references(() => user.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    retiredAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("commission_rules_market_idx").on(t.marketCode, t.active),
    check("commission_rules_rate", sql`${t.rateBasisPoints} between 0 and 10000`),
    check("commission_rules_amounts", sql`${t.fixedMinor} >= 0 and ${t.floorMinor} >= 0 and (${t.capMinor} is null or ${t.capMinor} >= ${t.floorMinor})`),
  ],
);

/** The commission charged on one order line, under the rule that applied when it was ordered. */
export const orderLineCommissions = pgTable("order_line_commissions", {
  orderLineId: uuid().primaryKey(),
  ruleId: uuid().references(() => commissionRules.id),
  commissionMinor: bigint({ mode: "number" }).notNull(),
});

/** How money settles in a market. */
export const marketMoneySettings = pgTable("market_money_settings", {
  marketCode: char({ length: 2 })
    .primaryKey()
    .references(() => markets.code),
  /** a card sale is payable this many days after delivery */
  returnWindowDays: integer().notNull().default(7),
  /** cash is payable at delivery (trusting the post) rather than once remitted */
  trustPostCash: boolean().notNull().default(false),
  /** a shop is paid only when its available balance reaches this */
  payoutMinimumMinor: bigint({ mode: "number" }).notNull().default(0),
  /** ISO weekday (1 = Monday) of the payout run */
  payoutWeekday: integer().notNull().default(1),
});

export const remittanceSource = pgEnum("remittance_source", ["upload", "webhook"]);
export const remittanceCase = pgEnum("remittance_case", ["matched", "amount_differs", "not_delivered", "unknown", "duplicate"]);

/** A remittance file from a postal operator, imported whole or not at all; the same file twice is one import. */
export const remittanceImports = pgTable("remittance_imports", {
  id: uuid().primaryKey().defaultRandom(),
  marketCode: char({ length: 2 })
    .notNull()
    .references(() => markets.code),
  carrier: text().notNull(),
  /** SHA-256 of the file's rows as read, so a re-sent file is recognised */
  contentHash: text().notNull().unique(),
  source: remittanceSource().notNull(),
  importedBy: text().references(() => user.id),
  importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lineCount: integer().notNull(),
});

export const remittanceLines = pgTable(
  "remittance_lines",
  {
    id: uuid().primaryKey().defaultRandom(),
    importId: uuid()
      .notNull()
      .references(() => remittanceImports.id),
    rowNumber: integer().notNull(),
    trackingNumber: text().notNull(),
    shipmentId: uuid().references(() => shipments.id),
    amountMinor: bigint({ mode: "number" }).notNull(),
    feeMinor: bigint({ mode: "number" }).notNull(),
    collectedOn: date().notNull(),
    reference: text().notNull(),
    case: remittanceCase().notNull(),
    /** set when an admin resolves a case other than matched */
    resolution: text(),
    resolutionNote: text(),
    resolvedBy: text().references(() => user.id),
    resolvedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("remittance_lines_import_idx").on(t.importId),
    index("remittance_lines_shipment_idx").on(t.shipmentId),
    index("remittance_lines_open_idx").on(t.case).where(sql`${t.case} <> 'matched' and ${t.resolvedAt} is null`),
  ],
);

/** Where a shop is paid: its Stripe Connect account (card markets) or its bank account by Sheba IBAN (Iran). */
export const shopPayoutAccounts = pgTable("shop_payout_accounts", {
  shopId: uuid()
    .primaryKey()
    .references(() => shops.id),
  stripeAccountId: text().unique(),
  /** Stripe says the account may receive transfers (account.updated) */
  stripePayoutsEnabled: boolean().notNull().default(false),
  /** the seller gave Stripe their details (onboarding finished, perhaps still under review) */
  stripeDetailsSubmitted: boolean().notNull().default(false),
  /** when Stripe's latest account.updated was created: an older event arriving late changes nothing */
  stripeUpdatedAt: timestamp({ withTimezone: true }),
  /** why Stripe last failed to pay the seller's bank from their Stripe balance (payout.failed); cleared by payout.paid */
  stripePayoutIssue: text(),
  /** IBAN in electronic form, checked with its ISO 13616 check digits */
  iban: text(),
  /** the account holder's name as the bank registered it */
  holderName: text(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const payoutStatus = pgEnum("payout_status", ["pending", "sent", "paid", "failed", "reversed"]);
export const payoutRail = pgEnum("payout_rail", ["stripe", "bank_file"]);

/** One payout run of a market. */
export const payoutBatches = pgTable("payout_batches", {
  id: uuid().primaryKey().defaultRandom(),
  marketCode: char({ length: 2 })
    .notNull()
    .references(() => markets.code),
  rail: payoutRail().notNull(),
  /** readable, e.g. PB-7K3Q-9XD2: the bank file and its results carry it */
  reference: text().notNull().unique(),
  createdBy: text().references(() => user.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * A scheduled payout run of a market for one period (an ISO week, e.g.
 * 2026-W49): written in the run's transaction, so a period is paid once
 * however many times its job runs. `batchId` is null when no shop was due.
 */
export const payoutScheduleRuns = pgTable(
  "payout_schedule_runs",
  {
    marketCode: char({ length: 2 })
      .notNull()
      .references(() => markets.code),
    period: text().notNull(),
    batchId: uuid().references(() => payoutBatches.id),
    ranAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.marketCode, t.period] })],
);

/** What one shop is paid in one run. */
export const payouts = pgTable(
  "payouts",
  {
    id: uuid().primaryKey().defaultRandom(),
    batchId: uuid()
      .notNull()
      .references(() => payoutBatches.id),
    shopId: uuid()
      .notNull()
      .references(() => shops.id),
    currency: char({ length: 3 }).notNull(),
    amountMinor: bigint({ mode: "number" }).notNull(),
    status: payoutStatus().notNull().default("pending"),
    /** where the money went: the Stripe account or the IBAN, as it was at the run */
    destination: text().notNull(),
    holderName: text(),
    /** Stripe transfer id, or the bank's reference */
    externalId: text(),
    failureReason: text(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("payouts_batch_shop").on(t.batchId, t.shopId), check("payouts_amount_positive", sql`${t.amountMinor} > 0`)],
);

export const reversalStatus = pgEnum("payout_reversal_status", ["pending", "sent", "failed"]);

/**
 * Money taken back from a shop's Stripe transfer after a refund that followed
 * the payout: posted to the ledger when decided, sent by the outbox as a
 * transfer reversal (idempotency key: this row's id), undone if Stripe refuses.
 */
export const payoutReversals = pgTable(
  "payout_reversals",
  {
    id: uuid().primaryKey().defaultRandom(),
    payoutId: uuid()
      .notNull()
      .references(() => payouts.id),
    shopId: uuid()
      .notNull()
      .references(() => shops.id),
    /** the refund that called for it */
    orderId: uuid(),
    currency: char({ length: 3 }).notNull(),
    amountMinor: bigint({ mode: "number" }).notNull(),
    status: reversalStatus().notNull().default("pending"),
    /** Stripe's transfer reversal id */
    externalId: text(),
    failureReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("payout_reversals_payout_idx").on(t.payoutId), check("payout_reversals_amount_positive", sql`${t.amountMinor} > 0`)],
);

export type LedgerAccountKind = (typeof ledgerAccountKind.enumValues)[number];
export type MoneyEventKind = (typeof moneyEventKind.enumValues)[number];
export type CommissionRule = typeof commissionRules.$inferSelect;
export type RemittanceCase = (typeof remittanceCase.enumValues)[number];
