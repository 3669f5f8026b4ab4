import { getOrder } from "../checkout/orders";
import { AppError } from "../errors";
import { parseReadableNumber } from "../lib/readable-number";
import { staffProcedure } from "../network/staff-procedure";
import { publicProcedure, router } from "../trpc/init";
import { dayInput, lookUpInput, manifestInput, redeliveryInput, staffEventInput } from "./fulfilment.schema";
import { acceptManifest, lookUpCode, pickupsForDay, recordStaffEvent } from "./operator";
import { requestRedelivery } from "./redelivery";
import { normalizeS10 } from "./s10";

/**
 * Postal fulfilment for postal staff (scans, handovers, the day's pickups)
 * and for shoppers (redelivery of a parcel held at a counter). The seller's
 * side — pickups and manifests — lives in the seller router.
 */
export const fulfilmentRouter = router({
  lookUp: staffProcedure.input(lookUpInput).query(({ ctx, input }) => lookUpCode(ctx.db, ctx.scope, input.code, input.locale)),
  recordEvent: staffProcedure.input(staffEventInput).mutation(({ ctx, input }) => {
    const trackingNumber = normalizeS10(input.trackingNumber);
    if (!trackingNumber) throw new AppError("BAD_REQUEST", "invalidTrackingNumber", { value: input.trackingNumber });
    return recordStaffEvent(ctx.db, ctx.sms, ctx.user.id, ctx.scope, { ...input, trackingNumber });
  }),
  acceptManifest: staffProcedure.input(manifestInput).mutation(({ ctx, input }) => {
    const number = parseReadableNumber("MF", input.number);
    if (!number) throw new AppError("BAD_REQUEST", "unknownCode", { value: input.number });
    return acceptManifest(ctx.db, ctx.user.id, ctx.scope, number);
  }),
  /** the day's pickups of the caller's counter, or with `wholeMarket` of their whole market */
  pickupsForDay: staffProcedure
    .input(dayInput)
    .query(({ ctx, input }) => pickupsForDay(ctx.db, ctx.scope, input.date, input.locale, input.wholeMarket ? null : ctx.scope.servicePointId)),

  requestRedelivery: publicProcedure.input(redeliveryInput).mutation(async ({ ctx, input }) => {
    const order = await getOrder(ctx.db, { number: input.number, token: input.token, locale: input.locale, userId: ctx.user?.id ?? null });
    const request = await requestRedelivery(ctx.db, order.id, input);
    return { date: request?.date, slot: request?.slot };
  }),
});
