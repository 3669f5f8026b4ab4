import { createTranslator } from "use-intl/core";
import type { ZodError } from "zod";
import type { Locale } from "@/lib/locales";
import { loadMessages } from "@/lib/messages";
import type { ErrorMessageKey } from "../errors";

export interface FieldError {
  /** dotted path of the input field, e.g. "slug" */
  field: string;
  message: string;
}

function translator(locale: Locale) {
  return createTranslator({ locale, messages: loadMessages(locale), namespace: "errors" });
}

/** Any message of the catalog by its full key, e.g. "sms.order" (texts that leave the app: SMS). */
export function translateMessage(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const t = createTranslator({ locale, messages: loadMessages(locale) });
  return (t as unknown as (key: string, params: Record<string, string | number>) => string)(key, params);
}

export function translateError(locale: Locale, key: ErrorMessageKey, params: Record<string, string | number> = {}): string {
  return translator(locale)(key, params);
}

/** Refinements with a message of their own under errors.validation. */
const CUSTOM_KEYS = new Set(["bracketsIncreasing", "rangeBackwards"]);

/** One message per invalid field, in the caller's language. */
export function translateZodError(error: ZodError, locale: Locale): { message: string; fieldErrors: FieldError[] } {
  const t = translator(locale);
  const fieldErrors = error.issues.map((issue): FieldError => {
    const field = issue.path.join(".") || "input";
    switch (issue.code) {
      case "too_big":
        return { field, message: t("validation.tooBig", { maximum: Number(issue.maximum) }) };
      case "too_small":
        return { field, message: t("validation.tooSmall", { minimum: Number(issue.minimum) }) };
      case "invalid_type":
        return { field, message: t("validation.invalidType") };
      case "invalid_value":
        return { field, message: t("validation.invalidValue", { allowed: issue.values.map(String).join(", ") }) };
      case "invalid_format":
        return { field, message: t("validation.invalidFormat") };
      case "unrecognized_keys":
        return { field, message: t("validation.unknownKeys", { keys: issue.keys.join(", ") }) };
      case "custom": {
        // a refinement that names its message: errors.validation.<messageKey>
        const key = (issue.params as { messageKey?: unknown } | undefined)?.messageKey;
        if (typeof key === "string" && CUSTOM_KEYS.has(key)) return { field, message: t(`validation.${key}` as "validation.invalid") };
        return { field, message: t("validation.invalid") };
      }
      default:
        return { field, message: t("validation.invalid") };
    }
  });
  const fields = [...new Set(fieldErrors.map((e) => e.field))].join(", ");
  return { message: t("invalidInput", { fields }), fieldErrors };
}
