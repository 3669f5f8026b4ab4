import { adminProcedure, publicProcedure, router } from "../trpc/init";
import { listChanges } from "./audit";
import { listMarkets, marketsInScope, phoneCountries } from "./markets";
import { addCalendarDay, listCalendar, removeCalendarDay } from "./calendar-admin";
import { listPointsAdmin, savePoint } from "./points-admin";
import { addS10Range, listS10Ranges } from "./s10-admin";
import { listTariffs, saveTariff } from "./tariffs";
import {
  assignStaffInput,
  calendarDayInput,
  calendarIdInput,
  flowsInput,
  marketInput,
  routeSheetInput,
  s10RangeInput,
  servicePointInput,
  tariffInput,
} from "./network.schema";
import { provinceFlows } from "./flows";
import { routeSheet } from "./route-sheet";
import { staffProcedure } from "./staff-procedure";
import { servicePointOptions } from "./service-point-options";
import { assignStaff } from "./staff";
import { listStaff } from "./staff-list";

/** The postal network as admins manage it: staff and counters, route calendars, the audit of changes; route sheets and flows for postal staff too. Imports go through /api/admin/network/import. */
export const networkRouter = router({
  markets: adminProcedure.query(({ ctx }) => listMarkets(ctx.db, ctx.locale)),
  /** the markets' countries for phone forms (sign-in, admin roles): public, as sign-in is */
  phoneCountries: publicProcedure.query(({ ctx }) => phoneCountries(ctx.db, ctx.locale)),
  changes: adminProcedure.query(({ ctx }) => listChanges(ctx.db)),
  staff: adminProcedure.query(({ ctx }) => listStaff(ctx.db, ctx.locale)),
  servicePoints: adminProcedure.input(marketInput).query(({ ctx, input }) => servicePointOptions(ctx.db, input.marketCode, ctx.locale)),
  assignStaff: adminProcedure.input(assignStaffInput).mutation(({ ctx, input }) => assignStaff(ctx.db, ctx.user, input)),
  /** holidays, cancelled and extra route days of a market from today on */
  calendar: adminProcedure.input(marketInput).query(({ ctx, input }) => listCalendar(ctx.db, input.marketCode, ctx.locale)),
  addCalendarDay: adminProcedure.input(calendarDayInput).mutation(({ ctx, input }) => addCalendarDay(ctx.db, ctx.user, input)),
  /** a postman's round for a counter and day (staff of a counter: their own) */
  routeSheet: staffProcedure.input(routeSheetInput).query(({ ctx, input }) => routeSheet(ctx.db, ctx.scope, input, ctx.locale)),
  /** the markets whose flows the caller may read */
  flowMarkets: staffProcedure.query(({ ctx }) => marketsInScope(ctx.db, ctx.scope, ctx.locale)),
  /** flows per province and month; postal staff see their own market's */
  flows: staffProcedure.input(flowsInput).query(({ ctx, input }) => provinceFlows(ctx.db, { ...input, marketCode: ctx.scope.marketCode ?? input.marketCode }, ctx.locale)),
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
