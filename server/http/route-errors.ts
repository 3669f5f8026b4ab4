import type { Locale } from "@/lib/locales";
import { AppError, type AppErrorCode } from "../errors";
import { translateError } from "../trpc/translate-error";

const STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  PAYLOAD_TOO_LARGE: 413,
};

/**
 * The JSON answer of a plain route handler for an error: AppError as its 4xx
 * with a translated message; anything else a 500 that reveals nothing.
 */
export function errorResponse(error: unknown, locale: Locale): Response {
  if (error instanceof AppError) {
    const message = translateError(locale, error.messageKey, error.params);
    return Response.json({ error: { code: error.code, message } }, { status: STATUS[error.code] });
  }
  console.error(error);
  return Response.json({ error: { code: "INTERNAL_SERVER_ERROR", message: translateError(locale, "internal") } }, { status: 500 });
}
