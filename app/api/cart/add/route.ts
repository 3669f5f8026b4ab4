import { z } from "zod";
import { isLocale } from "@/lib/locales";
import { addToCart, cartOfRequest } from "@/server/checkout/cart-request";
import { AppError } from "@/server/errors";
import { formDataLimited } from "@/server/http/read-body";

const FORM_LIMIT = 16 * 1024;

const fields = z.object({ variantId: z.uuid(), quantity: z.coerce.number().int().min(1).max(99).default(1) });

/** "Add to cart" as a plain form post from the product page: then on to the cart, where the result is shown. */
export async function POST(request: Request) {
  // a form of a few fields: a huge body is cut off as it streams
  const form = await formDataLimited(request, FORM_LIMIT).catch(() => new FormData());
  const localeField = form.get("locale");
  const locale = typeof localeField === "string" && isLocale(localeField) ? localeField : "en";
  const parsed = fields.safeParse({ variantId: form.get("variantId"), quantity: form.get("quantity") ?? undefined });
  // a relative address: behind a proxy, request.url may not carry the host the shopper used
  const target = new URL(`/${locale}/cart`, "http://placeholder");
  const { cartId, setCookie } = await cartOfRequest(request, parsed.success);
  if (!parsed.success || !cartId) {
    target.searchParams.set("error", "chooseSize");
  } else {
    try {
      const db = (await cartOfRequest(request, false)).db;
      await addToCart(db, cartId, parsed.data.variantId, parsed.data.quantity);
      target.searchParams.set("added", parsed.data.variantId);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      target.searchParams.set("error", error.messageKey);
      for (const [key, value] of Object.entries(error.params)) target.searchParams.set(key, String(value));
    }
  }
  const headers = new Headers({ location: `${target.pathname}${target.search}` });
  if (setCookie) headers.append("set-cookie", setCookie);
  return new Response(null, { status: 303, headers });
}
