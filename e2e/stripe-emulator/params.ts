// Stripe-style ids, errors and request-parameter checks shared by the emulator's modules.
import { randomInt } from "node:crypto";
import type { EmulatedLineItem } from "./types";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A random Stripe-style id such as `cs_test_a1B2…`. */
/** The value when it is a non-empty string (form values are all strings). */
export function stripeId(prefix: string, length = 24): string {
  let id = prefix;
  for (let i = 0; i < length; i++) id += ALPHABET.charAt(randomInt(ALPHABET.length));
  return id;
}

/** An error that answers as Stripe's `{ error: { type, message, code?, param? } }` with its HTTP status. */
export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly code?: string,
    readonly param?: string,
  ) {
    super(message);
  }

  /** The JSON body Stripe would send. */
  body(): { error: Record<string, string> } {
    const error: Record<string, string> = { type: this.type, message: this.message };
    if (this.code) error.code = this.code;
    if (this.param) error.param = this.param;
    return { error };
  }
}

/** A 400 `invalid_request_error`, optionally naming the parameter and Stripe's error code. */
export const invalid = (message: string, param?: string, code?: string) => new StripeApiError(400, "invalid_request_error", message, code, param);
/** Stripe's 400 `parameter_missing` for `param`. */
export const missing = (param: string) => invalid(`Missing required param: ${param}.`, param, "parameter_missing");
/** The time in Unix seconds, as Stripe's `created` fields have it. */
export const now = () => Math.floor(Date.now() / 1000);

export function str(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** The value when it is a nested object such as `metadata[…]`. */
export function rec(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The value as an integer, undefined when absent, or Stripe's `parameter_invalid_integer`. */
export function int(value: unknown, param: string): number | undefined {
  if (value === undefined || value === "") return undefined;
  if (typeof value !== "string" || !/^-?\d+$/.test(value)) throw invalid(`Invalid integer: ${String(value)}`, param, "parameter_invalid_integer");
  return Number(value);
}

/** A non-empty list of strings such as `allowed_payment_method_types[0]=card`, else undefined. */
export function strings(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v !== "") : [];
  return list.length > 0 ? list : undefined;
}

/** Metadata as Stripe keeps it: string values, an empty value meaning "unset". */
export function metadata(value: unknown): Record<string, string> {
  const entries = Object.entries(rec(value) ?? {});
  if (entries.some(([, v]) => typeof v !== "string")) throw invalid("Invalid metadata: values must be strings.", "metadata");
  return Object.fromEntries(entries.filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== ""));
}

/** One checked `line_items[i]` entry with inline `price_data`. */
export function lineItem(value: unknown, i: number): EmulatedLineItem {
  const at = `line_items[${i}]`;
  const item = rec(value) ?? {};
  const price = rec(item.price_data);
  if (!price) {
    const id = str(item.price);
    throw id ? invalid(`No such price: '${id}'`, `${at}[price]`, "resource_missing") : missing(`${at}[price_data]`);
  }
  const currency = str(price.currency)?.toLowerCase();
  if (!currency) throw missing(`${at}[price_data][currency]`);
  if (!/^[a-z]{3}$/.test(currency)) throw invalid(`Invalid currency: ${currency}.`, `${at}[price_data][currency]`);
  const unitAmount = int(price.unit_amount, `${at}[price_data][unit_amount]`);
  if (unitAmount === undefined) throw missing(`${at}[price_data][unit_amount]`);
  if (unitAmount < 0) throw invalid("This value must be greater than or equal to 0.", `${at}[price_data][unit_amount]`);
  const quantity = int(item.quantity, `${at}[quantity]`);
  if (quantity === undefined) throw missing(`${at}[quantity]`);
  if (quantity < 1) throw invalid("This value must be greater than or equal to 1.", `${at}[quantity]`);
  const name = str(rec(price.product_data)?.name) ?? str(price.product);
  if (!name) throw missing(`${at}[price_data][product_data][name]`);
  return { name, currency, unit_amount: unitAmount, quantity };
}

