/** A per-field message from the server's input validation, already in the page's language. */
export interface FieldError {
  field: string;
  message: string;
}

/** What a failed tRPC call looks like to a form: `data` is missing when the request never got an answer. */
export interface ServerErrorLike {
  message: string;
  data?: { code?: string; fieldErrors?: FieldError[] | undefined } | null;
}

/**
 * The message to show for a failed call: the server's own (already
 * translated) text, or `connectionLost` when there was no answer from the
 * server at all (offline, timed out, a proxy error page).
 */
export function errorMessage(error: ServerErrorLike | null | undefined, connectionLost: string): string | null {
  if (!error) return null;
  return error.data?.code ? error.message : connectionLost;
}

/** The server's message for one input field, if it rejected that field. */
export function fieldError(error: ServerErrorLike | null | undefined, field: string): string | undefined {
  return error?.data?.fieldErrors?.find((e) => e.field === field)?.message;
}
