import "server-only";
import { getDb } from "../db";
import { env } from "../env";
import { addToCart, cartFor, findCart, setCartQuantity } from "./cart";
import { cartCookie, cartTokenFrom, newCartToken } from "./cart-token";

/**
 * For the cart's plain form posts (they work before any JavaScript loads):
 * the shopper's cart, created with its cookie on first use.
 */
export async function cartOfRequest(request: Request, create: boolean) {
  const db = await getDb();
  let token = cartTokenFrom(request.headers);
  let setCookie: string | null = null;
  if (!token && create) {
    token = newCartToken();
    setCookie = cartCookie(token, env.APP_URL.startsWith("https:"));
  }
  const cartId = token ? (create ? await cartFor(db, token, null) : await findCart(db, token)) : null;
  return { db, cartId, setCookie };
}

export { addToCart, setCartQuantity };
