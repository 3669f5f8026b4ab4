import { localeInput } from "../catalog/catalog.schema";
import { rangeReport } from "../fulfilment/allocate-s10";
import { refreshStorefront, storefrontTagsOf } from "../lib/storefront-cache";
import { listOpenJobs, readerTimeZone } from "../outbox/open-jobs";
import { adminProcedure, router } from "../trpc/init";
import { linkAgent, setUserRole, unlinkAgent } from "./admin-actions";
import { listShopsForReview } from "./admin-lists";
import { decideShop } from "./decide-shop";
import { agentLinkInput, decideInput, setRoleInput } from "./sellers.schema";

/** Marketplace administration: shop reviews, roles, agent links. */
export const adminRouter = router({
  /** What is left of the S10 ranges the operators assigned, with a warning well before any runs out. */
  trackingRanges: adminProcedure.query(({ ctx }) => rangeReport(ctx.db)),
  /** Refunds, SMS and other side effects that failed and are being retried, or were given up on. */
  owedEffects: adminProcedure.input(localeInput).query(async ({ ctx, input }) => ({
    jobs: await listOpenJobs(ctx.db),
    timeZone: await readerTimeZone(ctx.db, input.locale),
  })),
  shops: adminProcedure.input(localeInput).query(({ ctx, input }) => listShopsForReview(ctx.db, input.locale)),
  decideShop: adminProcedure.input(decideInput).mutation(async ({ ctx, input }) => {
    const result = await decideShop(ctx.db, input);
    // an approved or suspended shop's products come onto or leave every list they are on
    refreshStorefront(await storefrontTagsOf(ctx.db, { shopIds: [input.shopId] }));
    return result;
  }),
  setRole: adminProcedure.input(setRoleInput).mutation(({ ctx, input }) => setUserRole(ctx.db, ctx.user, input)),
  linkAgent: adminProcedure.input(agentLinkInput).mutation(({ ctx, input }) => linkAgent(ctx.db, ctx.user, input)),
  unlinkAgent: adminProcedure.input(agentLinkInput).mutation(({ ctx, input }) => unlinkAgent(ctx.db, ctx.user, input)),
});
