import { deliverNow } from "../outbox/worker";
import { shopOwnerProcedure, shopProcedure } from "../sellers/shop-access";
import { adminProcedure, router } from "../trpc/init";
import { commissionsByMonth, payoutsSummary, recentPayouts } from "./admin-reports";
import { setBankAccount } from "./bank-payouts";
import { endCommissionRule, listCommissionRules, listMoneySettings, ruleChoices, saveCommissionRule, saveMoneySettings } from "./commission-rules";
import {
  adminOverviewInput,
  bankAccountInput,
  commissionRuleInput,
  connectOnboardingInput,
  endRuleInput,
  netPerSaleInput,
  overviewInput,
  refundOrderInput,
  resolveInput,
  runPayoutsInput,
  settingsInput,
} from "./money.schema";
import { nextRuns } from "./payout-schedule";
import { runPayouts } from "./payouts";
import { cashInTransitByAge, openRemittanceLines, resolveRemittanceLine } from "./reconciliation";
import { refundCardOrder } from "./refunds";
import { netPerSale, sellerMoney } from "./seller-money";
import { startConnectOnboarding } from "./stripe-payouts";

/** A shop's money: balances with the lines behind them, the net of a sale before listing, where it is paid. */
const sellerMoneyRouter = router({
  overview: shopProcedure.input(overviewInput).query(({ ctx, input }) => sellerMoney(ctx.db, ctx.shop, { locale: input.locale })),
  netPerSale: shopProcedure.input(netPerSaleInput).query(({ ctx, input }) => netPerSale(ctx.db, ctx.shop.shopId, input)),
  setBankAccount: shopOwnerProcedure.input(bankAccountInput).mutation(({ ctx, input }) => setBankAccount(ctx.db, ctx.shop, input)),
  /** Card markets: the shop's Stripe Express account and an onboarding link to send the owner to; they come back to the money page. */
  connectOnboarding: shopOwnerProcedure.input(connectOnboardingInput).mutation(({ ctx, input }) => {
    const page = `${ctx.appUrl}/${input.locale}/seller/${ctx.shop.shopId}/money`;
    return startConnectOnboarding(ctx.db, ctx.stripe, ctx.shop, { returnUrl: `${page}?onboarded=1`, refreshUrl: `${page}?onboarding=expired` });
  }),
});

/** The marketplace's money: cash with the post, reconciliation, commission, payouts and their settings. */
const adminMoneyRouter = router({
  overview: adminProcedure.input(adminOverviewInput).query(async ({ ctx, input }) => ({
    cashInTransit: await cashInTransitByAge(ctx.db),
    unreconciled: await openRemittanceLines(ctx.db),
    commissions: await commissionsByMonth(ctx.db),
    payouts: await payoutsSummary(ctx.db),
    recentPayouts: await recentPayouts(ctx.db, 50),
    rules: await listCommissionRules(ctx.db),
    ruleChoices: await ruleChoices(ctx.db, input?.locale ?? ctx.locale),
    settings: await listMoneySettings(ctx.db),
    nextRuns: await nextRuns(ctx.db),
  })),
  endCommissionRule: adminProcedure.input(endRuleInput).mutation(({ ctx, input }) => endCommissionRule(ctx.db, input.ruleId)),
  resolve: adminProcedure.input(resolveInput).mutation(({ ctx, input }) => resolveRemittanceLine(ctx.db, { ...input, userId: ctx.user.id })),
  /** A market's payout run; Stripe transfers are tried at once (the outbox retries what fails). */
  runPayouts: adminProcedure.input(runPayoutsInput).mutation(async ({ ctx, input }) => {
    const { jobs, ...run } = await runPayouts(ctx.db, { marketCode: input.marketCode, createdBy: ctx.user.id });
    for (const key of jobs) await deliverNow(ctx, key);
    return run;
  }),
  /** Refunds a paid card order after dispatch; a seller already paid gives it back by transfer reversal or from their next payout. */
  refundOrder: adminProcedure.input(refundOrderInput).mutation(async ({ ctx, input }) => {
    const { jobs, amountMinor, currency } = await refundCardOrder(ctx.db, { orderNumber: input.orderNumber });
    for (const key of jobs) await deliverNow(ctx, key);
    return { amountMinor, currency };
  }),
  saveCommissionRule: adminProcedure.input(commissionRuleInput).mutation(({ ctx, input }) => saveCommissionRule(ctx.db, input, ctx.user.id)),
  saveSettings: adminProcedure.input(settingsInput).mutation(({ ctx, input }) => saveMoneySettings(ctx.db, input)),
});

export const moneyRouter = router({ seller: sellerMoneyRouter, admin: adminMoneyRouter });
