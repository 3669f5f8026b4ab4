import { adminProcedure, router } from "../trpc/init";
import { listChanges } from "./audit";
import { listMarkets } from "./markets";
import { addCalendarDay, listCalendar, removeCalendarDay } from "./calendar-admin";
import { assignStaffInput, calendarDayInput, calendarIdInput, marketInput, s10RangeInput, servicePointInput, tariffInput } from "./network.schema";
import { listPointsAdmin, savePoint } from "./points-admin";
import { addS10Range, listS10Ranges } from "./s10-admin";
import { listTariffs, saveTariff } from "./tariffs";
import { servicePointOptions } from "./service-point-options";
import { assignStaff } from "./staff";
import { listStaff } from "./staff-list";

/** The postal network as admins manage it: staff and counters, route calendars, the audit of changes. Imports go through /api/admin/network/import. */
export const networkRouter = router({
  markets: adminProcedure.query(({ ctx }) => listMarkets(ctx.db, ctx.locale)),
  changes: adminProcedure.query(({ ctx }) => listChanges(ctx.db)),
  staff: adminProcedure.query(({ ctx }) => listStaff(ctx.db, ctx.locale)),
  servicePoints: adminProcedure.input(marketInput).query(({ ctx, input }) => servicePointOptions(ctx.db, input.marketCode, ctx.locale)),
  assignStaff: adminProcedure.input(assignStaffInput).mutation(({ ctx, input }) => assignStaff(ctx.db, ctx.user, input)),
  /** holidays, cancelled and extra route days of a market from today on */
  calendar: adminProcedure.input(marketInput).query(({ ctx, input }) => listCalendar(ctx.db, input.marketCode, ctx.locale)),
  addCalendarDay: adminProcedure.input(calendarDayInput).mutation(({ ctx, input }) => addCalendarDay(ctx.db, ctx.user, input)),
  removeCalendarDay: adminProcedure.input(calendarIdInput).mutation(({ ctx, input }) => removeCalendarDay(ctx.db, ctx.user, input.id)),
  /** a market's tariff versions (past, in force, coming) with their brackets × zones */
  tariffs: adminProcedure.input(marketInput).query(({ ctx, input }) => listTariffs(ctx.db, input.marketCode)),
  saveTariff: adminProcedure.input(tariffInput).mutation(({ ctx, input }) => saveTariff(ctx.db, ctx.user, input)),
  /** a market's S10 ranges with the numbers left in each */
  s10Ranges: adminProcedure.input(marketInput).query(({ ctx, input }) => listS10Ranges(ctx.db, input.marketCode)),
  addS10Range: adminProcedure.input(s10RangeInput).mutation(({ ctx, input }) => addS10Range(ctx.db, ctx.user, input)),
  /** a market's service points with what the admin form edits */
  points: adminProcedure.input(marketInput).query(({ ctx, input }) => listPointsAdmin(ctx.db, input.marketCode, ctx.locale)),
  savePoint: adminProcedure.input(servicePointInput).mutation(({ ctx, input }) => savePoint(ctx.db, ctx.user, input, ctx.locale)),
});
