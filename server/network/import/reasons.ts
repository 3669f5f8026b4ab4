import type { Locale } from "@/lib/locales";
import { translateMessage } from "../../trpc/translate-error";
import type { RowError } from "./validate";

/** Why a row was refused, in the reader's language. */
export function reasonText(locale: Locale, error: RowError): string {
  return translateMessage(locale, `network.import.reasons.${error.reason}`, error.params ?? {});
}
