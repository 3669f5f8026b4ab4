import { cartItemCount } from "@/server/checkout/cart";
import { cartTokenFrom } from "@/server/checkout/cart-token";
import { getDb } from "@/server/db";

export const dynamic = "force-dynamic";

/**
 * How many items the shopper's cart holds, for the header's count: storefront
 * pages are cached for everyone, so the one figure that is the shopper's own
 * is asked for by the page once it has loaded.
 */
export async function GET(request: Request) {
  const token = cartTokenFrom(request.headers);
  const count = token ? await cartItemCount(await getDb(), token) : 0;
  return Response.json({ count }, { headers: { "cache-control": "private, no-store" } });
}
