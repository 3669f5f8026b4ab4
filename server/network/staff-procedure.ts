import { operatorProcedure } from "../trpc/init";
import { staffScope } from "./staff";

/** Postal staff (and admins) with the scope they act in: their market, and their counter if they have one. */
export const staffProcedure = operatorProcedure.use(async ({ ctx, next }) => next({ ctx: { ...ctx, scope: await staffScope(ctx.db, ctx.user) } }));
