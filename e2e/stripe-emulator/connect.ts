// The emulator's Stripe Connect: Express accounts, account links (onboarding), transfers and their reversals, and payouts of connected accounts.
import { randomBytes } from "node:crypto";
import { int, invalid, metadata, missing, now, rec, str, StripeApiError, stripeId } from "./params";
import type { Store } from "./store";
import type { EmulatedAccount, EmulatedAccountLink, EmulatedPayout, EmulatedTransfer, EmulatedTransferReversal, StripeEvent } from "./types";

/** Stripe's account links last five minutes. */
const LINK_SECONDS = 300;
/** What an Express account must give before it is enabled. */
const ONBOARDING_DUE = ["business_profile.url", "external_account", "individual.first_name", "individual.last_name", "tos_acceptance.date"];

/** An onboarding page behind an account link: used once, or expired. */
interface OnboardingLink {
  account: string;
  returnUrl: string;
  refreshUrl: string;
  expiresAt: number;
  used: boolean;
}

const noSuch = (kind: string, id: string, param = "id") => new StripeApiError(404, "invalid_request_error", `No such ${kind}: '${id}'`, "resource_missing", param);

/** Connect state and Stripe's rules for it; events go into the store's list. */
export class Connect {
  readonly accounts = new Map<string, EmulatedAccount>();
  readonly transfers = new Map<string, EmulatedTransfer>();
  readonly payouts: EmulatedPayout[] = [];
  private readonly links = new Map<string, OnboardingLink>();

  constructor(private readonly store: Store) {}

  /** `POST /v1/accounts`: an Express account, not yet able to receive transfers. */
  createAccount(params: Record<string, unknown>): EmulatedAccount {
    // `type=express`, or its newer spelling `controller[stripe_dashboard][type]=express`
    const type = str(params.type) ?? str(rec(rec(params.controller)?.stripe_dashboard)?.type);
    if (!type) throw missing("type");
    if (type !== "express") throw invalid(`The Stripe emulator supports Express accounts only, not type '${type}'.`, "type");
    const country = (str(params.country) ?? "US").toUpperCase();
    if (!/^[A-Z]{2}$/.test(country)) throw invalid(`Invalid country: ${country}`, "country");
    const requested = Object.entries(rec(params.capabilities) ?? {})
      .filter(([, v]) => str(rec(v)?.requested) === "true")
      .map(([k]) => k);
    const account: EmulatedAccount = {
      id: stripeId("acct_", 16),
      object: "account",
      type: "express",
      country,
      email: str(params.email) ?? null,
      default_currency: (str(params.default_currency) ?? "usd").toLowerCase(),
      business_type: str(params.business_type) ?? null,
      charges_enabled: false,
      payouts_enabled: false,
      details_submitted: false,
      capabilities: Object.fromEntries((requested.length > 0 ? requested : ["transfers"]).map((c) => [c, "inactive" as const])),
      requirements: { currently_due: [...ONBOARDING_DUE], eventually_due: [...ONBOARDING_DUE], past_due: [], disabled_reason: "requirements.past_due" },
      metadata: metadata(params.metadata),
      created: now(),
    };
    this.accounts.set(account.id, account);
    return account;
  }

  account(id: string): EmulatedAccount {
    const account = this.accounts.get(id);
    if (!account) throw noSuch("account", id, "account");
    return account;
  }

  /** `POST /v1/account_links` (type account_onboarding): a single-use URL to the onboarding page. */
  createLink(params: Record<string, unknown>): EmulatedAccountLink {
    const id = str(params.account);
    if (!id) throw missing("account");
    const type = str(params.type);
    if (!type) throw missing("type");
    if (type !== "account_onboarding") throw invalid(`The Stripe emulator supports type account_onboarding only, not '${type}'.`, "type");
    const returnUrl = str(params.return_url);
    const refreshUrl = str(params.refresh_url);
    if (!returnUrl) throw missing("return_url");
    if (!refreshUrl) throw missing("refresh_url");
    for (const [param, url] of [["return_url", returnUrl], ["refresh_url", refreshUrl]] as const) {
      if (!URL.canParse(url)) throw invalid("Not a valid URL", param, "url_invalid");
    }
    this.account(id);
    const created = now();
    const token = randomBytes(18).toString("base64url");
    this.links.set(token, { account: id, returnUrl, refreshUrl, expiresAt: created + LINK_SECONDS, used: false });
    return { object: "account_link", created, expires_at: created + LINK_SECONDS, url: `${this.store.baseUrl}/connect/onboarding/${token}` };
  }

  /** The onboarding link behind `token`: its account, or why it can no longer be used (the page then sends the seller to refresh_url). */
  link(token: string): { link: OnboardingLink; account: EmulatedAccount; usable: boolean } | undefined {
    const link = this.links.get(token);
    if (!link) return undefined;
    return { link, account: this.account(link.account), usable: !link.used && link.expiresAt >= now() };
  }

  /** The seller finished onboarding: the account may take charges, transfers and payouts; `account.updated` is recorded. */
  completeOnboarding(token: string): StripeEvent {
    const found = this.link(token);
    if (!found?.usable) throw invalid("This account link has expired or was used already.");
    found.link.used = true;
    const account = found.account;
    Object.assign(account, {
      charges_enabled: true,
      payouts_enabled: true,
      details_submitted: true,
      capabilities: Object.fromEntries(Object.keys(account.capabilities).map((c) => [c, "active"])),
      requirements: { currently_due: [], eventually_due: [], past_due: [], disabled_reason: null },
    });
    return this.store.record("account.updated", account, account.id);
  }

  /** `POST /v1/transfers`: money from the platform's balance to an account that can receive it. */
  createTransfer(params: Record<string, unknown>): { transfer: EmulatedTransfer; event: StripeEvent } {
    const amount = int(params.amount, "amount");
    if (amount === undefined) throw missing("amount");
    if (amount <= 0) throw invalid("Invalid positive integer", "amount", "parameter_invalid_integer");
    const currency = str(params.currency)?.toLowerCase();
    if (!currency) throw missing("currency");
    if (!/^[a-z]{3}$/.test(currency)) throw invalid(`Invalid currency: ${currency}.`, "currency");
    const destination = str(params.destination);
    if (!destination) throw missing("destination");
    const account = this.accounts.get(destination);
    if (!account) throw invalid(`No such destination: '${destination}'`, "destination", "resource_missing");
    if (account.capabilities.transfers !== "active") {
      throw invalid(
        "Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments",
        "destination",
        "insufficient_capabilities_for_transfer",
      );
    }
    const id = stripeId("tr_");
    const transfer: EmulatedTransfer = {
      id,
      object: "transfer",
      amount,
      amount_reversed: 0,
      currency,
      description: str(params.description) ?? null,
      destination,
      destination_payment: stripeId("py_"),
      balance_transaction: stripeId("txn_"),
      metadata: metadata(params.metadata),
      reversed: false,
      reversals: { object: "list", data: [], has_more: false, total_count: 0, url: `/v1/transfers/${id}/reversals` },
      source_transaction: str(params.source_transaction) ?? null,
      source_type: "card",
      transfer_group: str(params.transfer_group) ?? null,
      created: now(),
      livemode: false,
    };
    this.transfers.set(id, transfer);
    return { transfer, event: this.store.record("transfer.created", transfer) };
  }

  transfer(id: string): EmulatedTransfer {
    const transfer = this.transfers.get(id);
    if (!transfer) throw noSuch("transfer", id);
    return transfer;
  }

  /** `POST /v1/transfers/:id/reversals`: all that is left of the transfer unless `amount` says less; `transfer.reversed` is recorded. */
  reverse(id: string, params: Record<string, unknown>): { reversal: EmulatedTransferReversal; event: StripeEvent } {
    const transfer = this.transfer(id);
    const left = transfer.amount - transfer.amount_reversed;
    if (left <= 0) throw invalid(`Transfer ${id} has already been fully reversed.`, undefined, "transfer_already_reversed");
    const amount = int(params.amount, "amount") ?? left;
    if (amount <= 0) throw invalid("Invalid positive integer", "amount", "parameter_invalid_integer");
    if (amount > left) throw invalid(`Reversal amount (${amount}) is greater than the amount of the transfer left to reverse (${left}).`, "amount");
    const reversal: EmulatedTransferReversal = {
      id: stripeId("trr_"),
      object: "transfer_reversal",
      amount,
      currency: transfer.currency,
      transfer: id,
      balance_transaction: stripeId("txn_"),
      destination_payment_refund: stripeId("pyr_"),
      source_refund: null,
      metadata: metadata(params.metadata),
      created: now(),
    };
    transfer.amount_reversed += amount;
    transfer.reversed = transfer.amount_reversed === transfer.amount;
    transfer.reversals.data.unshift(reversal);
    transfer.reversals.total_count += 1;
    return { reversal, event: this.store.record("transfer.reversed", transfer) };
  }

  /** A connected account's bank payout, paid or failed (Stripe makes these on its schedule; here a test asks). */
  payout(input: { account: string; amount: number; currency?: string; status: "paid" | "failed"; failureCode?: string }): StripeEvent {
    const account = this.account(input.account);
    if (!account.payouts_enabled) throw invalid(`Account ${account.id} cannot be paid out: payouts are not enabled.`, "account");
    if (!Number.isSafeInteger(input.amount) || input.amount <= 0) throw invalid("Invalid positive integer", "amount", "parameter_invalid_integer");
    const failed = input.status === "failed";
    const payout: EmulatedPayout = {
      id: stripeId("po_"),
      object: "payout",
      amount: input.amount,
      currency: (input.currency ?? account.default_currency).toLowerCase(),
      arrival_date: now() + 86_400,
      destination: stripeId("ba_"),
      failure_code: failed ? (input.failureCode ?? "account_closed") : null,
      failure_message: failed ? "The bank account has been closed." : null,
      method: "standard",
      status: input.status,
      type: "bank_account",
      automatic: true,
      metadata: {},
      created: now(),
      livemode: false,
    };
    this.payouts.push(payout);
    return this.store.record(`payout.${input.status}`, payout, account.id);
  }
}
