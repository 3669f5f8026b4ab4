import type { CheckoutField } from "@/lib/checkout-fields";

/**
 * The ids that tie a checkout field to its message: the summary links to the
 * field, the field names its message. `scope` keeps the form without
 * JavaScript ("nojs") apart from the interactive one, which a page without
 * JavaScript still holds, hidden.
 */
export const fieldId = (field: CheckoutField, scope = "checkout") => `${scope}-${field}`;
export const errorId = (field: CheckoutField, scope = "checkout") => `${scope}-${field}-error`;

/** aria-invalid and aria-describedby for a field with (or without) an error, and its hint. */
export function invalidProps(field: CheckoutField, error: string | undefined, hintId?: string, scope = "checkout") {
  const describedBy = [error ? errorId(field, scope) : null, hintId ?? null].filter(Boolean).join(" ");
  return { id: fieldId(field, scope), "aria-invalid": error ? (true as const) : undefined, "aria-describedby": describedBy || undefined };
}

/** For a group of radio buttons (fieldset): its id, for focus and links, and its message; aria-invalid belongs to the controls. */
export function groupProps(field: CheckoutField, error: string | undefined, scope = "checkout") {
  return { id: fieldId(field, scope), "aria-describedby": error ? errorId(field, scope) : undefined, tabIndex: -1 };
}

/** The message under a field, in the reader's language. */
export function FieldError({ field, error, scope = "checkout" }: { field: CheckoutField; error: string | undefined; scope?: string }) {
  if (!error) return null;
  return (
    <p id={errorId(field, scope)} className="text-sm font-medium text-red-800" data-testid={`${scope === "checkout" ? "" : `${scope}-`}error-${field}`}>
      {error}
    </p>
  );
}
