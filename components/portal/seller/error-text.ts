import { TRPCClientError } from "@trpc/client";

export interface FieldMessage {
  field: string;
  message: string;
}

/**
 * What to tell the seller after a failed call: the server's translated
 * message, or `offline` when the request never got an answer.
 */
export function describeError(error: unknown, offline: string): { message: string; fields: FieldMessage[] } {
  if (error instanceof TRPCClientError) {
    const data = error.data as { fieldErrors?: FieldMessage[] } | undefined;
    if (!data) return { message: offline, fields: [] };
    return { message: error.message, fields: data.fieldErrors ?? [] };
  }
  return { message: offline, fields: [] };
}
