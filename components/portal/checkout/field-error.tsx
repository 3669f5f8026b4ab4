import type { CheckoutField } from "@/lib/checkout-fields";

/** The ids that tie a checkout field to its message: the summary links to the field, the field names its message. */
export const fieldId = (field: CheckoutField) => `checkout-${field}`;
export const errorId = (field: CheckoutField) => `checkout-${field}-error`;

/** aria-invalid and aria-describedby for a field with (or without) an error, and its hint. */
export function invalidProps(field: CheckoutField, error: string | undefined, hintId?: string) {
  const describedBy = [error ? errorId(field) : null, hintId ?? null].filter(Boolean).join(" ");
  return { id: fieldId(field), "aria-invalid": error ? (true as const) : undefined, "aria-describedby": describedBy || undefined };
}

/** The message under a field, in the reader's language. */
export function FieldError({ field, error }: { field: CheckoutField; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={errorId(field)} className="text-sm font-medium text-red-800" data-testid={`error-${field}`}>
      {error}
    </p>
  );
}
