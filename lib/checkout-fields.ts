/** The fields of the checkout form, in the order they appear (the first invalid one gets focus). */
export const CHECKOUT_FIELDS = ["villageId", "servicePointId", "postalCode", "landmark", "recipientName", "recipientPhone", "paymentMethod"] as const;
export type CheckoutField = (typeof CHECKOUT_FIELDS)[number];

export interface CheckoutValues {
  kind: "home" | "service_point";
  villageId: string;
  servicePointId: string;
  postalCode: string;
  landmark: string;
  recipientName: string;
  recipientPhone: string;
  paymentMethod: string;
}

/** The form field a server error names: "delivery.postalCode" → "postalCode"; null for one the form has no field for. */
export function formFieldOf(path: string): CheckoutField | null {
  const last = path.split(".").at(-1) ?? "";
  return (CHECKOUT_FIELDS as readonly string[]).includes(last) ? (last as CheckoutField) : null;
}

/** Fields left empty that the chosen kind of delivery needs, in form order. */
export function missingFields(values: CheckoutValues): CheckoutField[] {
  const needed: CheckoutField[] =
    values.kind === "home" ? ["villageId", "postalCode", "landmark", "recipientName", "recipientPhone"] : ["servicePointId", "recipientName", "recipientPhone"];
  return needed.filter((field) => values[field].trim() === "");
}

/** Sorts per-field messages into form order, one message per field (the first). */
export function byFormOrder<T extends { field: CheckoutField }>(errors: T[]): T[] {
  const seen = new Set<CheckoutField>();
  return [...errors]
    .sort((a, b) => CHECKOUT_FIELDS.indexOf(a.field) - CHECKOUT_FIELDS.indexOf(b.field))
    .filter((e) => (seen.has(e.field) ? false : (seen.add(e.field), true)));
}
