import type { Messages } from "@/lib/messages";

export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "PAYLOAD_TOO_LARGE";

/** A key under "errors" in the message catalogs. */
export type ErrorMessageKey = Exclude<keyof Messages["errors"], "validation">;

/**
 * The one error type services throw. It carries a message key, not text: the
 * tRPC error formatter translates it into the caller's language.
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly messageKey: ErrorMessageKey,
    readonly params: Record<string, string | number> = {},
    /** the input field at fault (dotted path, e.g. "delivery.postalCode"), shown next to that field */
    readonly field?: string,
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
  }
}
