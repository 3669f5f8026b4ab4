import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { AppError } from "../errors";
import type { Context, SessionUser } from "./context";
import { translateError, translateZodError, type FieldError } from "./translate-error";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  /**
   * One formatter for every error: AppError and zod input errors become a
   * message in the caller's language (plus per-field messages); anything
   * unexpected is logged and answered with a generic message, never its text.
   */
  errorFormatter({ shape, error, ctx }) {
    const locale = ctx?.locale ?? "en";
    let message: string;
    let fieldErrors: FieldError[] | undefined;
    if (error.cause instanceof ZodError) {
      ({ message, fieldErrors } = translateZodError(error.cause, locale));
    } else if (error.cause instanceof AppError) {
      message = translateError(locale, error.cause.messageKey, error.cause.params);
      if (error.cause.field) fieldErrors = [{ field: error.cause.field, message }];
    } else if (error.code === "INTERNAL_SERVER_ERROR") {
      message = translateError(locale, "internal");
    } else if (error.code === "PARSE_ERROR" || error.code === "BAD_REQUEST") {
      message = translateError(locale, "badRequest");
    } else if (error.code === "NOT_FOUND") {
      message = translateError(locale, "notFound");
    } else if (error.code === "UNAUTHORIZED") {
      message = translateError(locale, "signInRequired");
    } else if (error.code === "FORBIDDEN") {
      message = translateError(locale, "forbidden");
    } else {
      message = error.message;
    }
    return {
      ...shape,
      message,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, fieldErrors },
    };
  },
});

/** Maps AppError to the matching tRPC error so the HTTP status follows the code. */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: cause.code, message: cause.message, cause });
  }
  return result;
});

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(appErrors);

/** A signed-in person (any role): no session is UNAUTHORIZED; ctx.user is non-null from here on. */
export const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED" });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

function roleProcedure(...roles: SessionUser["role"][]) {
  return signedInProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.user.role)) throw new TRPCError({ code: "FORBIDDEN" });
    return next();
  });
}

/** Marketplace administrators. */
export const adminProcedure = roleProcedure("admin");
/** Postal staff at counters and on routes (and admins). */
export const operatorProcedure = roleProcedure("operator", "admin");
/** Post-office clerks and village agents who act for shops. */
export const agentProcedure = roleProcedure("agent");
