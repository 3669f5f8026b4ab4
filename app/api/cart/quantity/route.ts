import { z } from "zod";
import { isLocale } from "@/lib/locales";
import { cartOfRequest, setCartQuantity } from "@/server/checkout/cart-request";
import { AppError } from "@/server/errors";
import { formDataLimited } from "@/server/http/read-body";

const FORM_LIMIT = 16 * 1024;

const fields = z.object({ variantId: z.uuid(), quantity: z.coerce.number().int().min(0).max(99) });

/** Changing or removing a cart line as a plain form post; back to the cart with the outcome. */
export async function POST(request: Request) {
  // a form of a few fields: a huge body is cut off as it streams
  const form = await formDataLimited(request, FORM_LIMIT).catch(() => new FormData());
  const localeField = form.get("locale");
  const locale = typeof localeField === "string" && isLocale(localeField) ? localeField : "en";
  // a relative address: behind a proxy, request.url may not carry the host the shopper used
  const target = new URL(`/${locale}/cart`, "http://placeholder");
  const parsed = fields.safeParse({ variantId: form.get("variantId"), quantity: form.get("quantity") });
  const { db, cartId } = await cartOfRequest(request, false);
  if (parsed.success && cartId) {
    try {
      await setCartQuantity(db, cartId, parsed.data.variantId, parsed.data.quantity);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      target.searchParams.set("error", error.messageKey);
      for (const [key, value] of Object.entries(error.params)) target.searchParams.set(key, String(value));
    }
  } else {
    target.searchParams.set("error", "badRequest");
  }
  return new Response(null, { status: 303, headers: { location: `${target.pathname}${target.search}` } });
}
