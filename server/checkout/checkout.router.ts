import { eq } from "drizzle-orm";
import { z } from "zod";
import { markets } from "@/db/schema";
import { localeInput } from "../catalog/catalog.schema";
import { AppError } from "../errors";
import { checkoutSessionFor } from "../payments/checkout-session";
import { deliverNow } from "../outbox/worker";
import type { Context } from "../trpc/context";
import { publicProcedure, router, signedInProcedure } from "../trpc/init";
import { cancelOrder } from "./cancel-order";
import { addToCart, cartFor, cartLines, findCart, setCartQuantity } from "./cart";
import { cartCookie, newCartToken } from "./cart-token";
import { addItemInput, orderRefInput, placeOrderInput, quoteInput, setQuantityInput } from "./checkout.schema";
import { getOrder, listMyOrders } from "./orders";
import { checkoutOrder, orderLink } from "./checkout-order";
import { quoteCart } from "./quote";
import { listServicePoints } from "./service-points";
import { regionSteps, savedAddresses, type SavedAddress } from "./checkout-page";

/** The shopper's cart, created (with its httpOnly cookie) on first add. */
async function ensureCart(ctx: Context): Promise<string> {
  let token = ctx.cartToken;
  if (!token) {
    token = newCartToken();
    ctx.resHeaders.append("set-cookie", cartCookie(token, ctx.appUrl.startsWith("https:")));
  }
  return cartFor(ctx.db, token, ctx.user?.id ?? null);
}


/** Cart, checkout and the shopper's orders. Guests are welcome; a signed-in shopper also gets an address book and order list. */
export const checkoutRouter = router({
  cart: publicProcedure.input(localeInput).query(async ({ ctx, input }) => {
    const lines = await cartLines(ctx.db, await findCart(ctx.db, ctx.cartToken), input.locale);
    return { lines };
  }),
  addToCart: publicProcedure.input(addItemInput).mutation(async ({ ctx, input }) => {
    await addToCart(ctx.db, await ensureCart(ctx), input.variantId, input.quantity);
    return { ok: true as const };
  }),
  setQuantity: publicProcedure.input(setQuantityInput).mutation(async ({ ctx, input }) => {
    const cartId = await findCart(ctx.db, ctx.cartToken);
    if (!cartId) throw new AppError("BAD_REQUEST", "cartEmpty");
    await setCartQuantity(ctx.db, cartId, input.variantId, input.quantity);
    return { ok: true as const };
  }),

  /** What the checkout page offers: ways to pay in this market, service points (nearest first), saved addresses. */
  options: publicProcedure
    .input(z.object({ locale: localeInput.shape.locale, nearVillageId: z.uuid().optional() }).strict())
    .query(async ({ ctx, input }) => {
      const lines = await cartLines(ctx.db, await findCart(ctx.db, ctx.cartToken), input.locale);
      const marketCode = lines[0]?.marketCode;
      if (!marketCode) return { marketCode: null, paymentMethods: [] as string[], servicePoints: [], cardAvailable: false, savedAddresses: [] as SavedAddress[] };
      const [market] = await ctx.db.select().from(markets).where(eq(markets.code, marketCode));
      const cardAvailable = Boolean(ctx.stripe) && Boolean(market?.paymentMethods.includes("card"));
      return {
        marketCode,
        paymentMethods: (market?.paymentMethods ?? []).filter((m) => m !== "card" || cardAvailable),
        servicePoints: await listServicePoints(ctx.db, marketCode, input.locale, input.nearVillageId),
        cardAvailable,
        savedAddresses: ctx.user ? await savedAddresses(ctx.db, { userId: ctx.user.id, market: marketCode, locale: input.locale }) : [],
      };
    }),
  /** The checkout's region picker without JavaScript: what is chosen so far and what to choose next, one level at a time. */
  regionSteps: publicProcedure
    .input(z.object({ locale: localeInput.shape.locale, market: z.string().regex(/^[A-Z]{2}$/), regionId: z.uuid().nullable() }).strict())
    .query(({ ctx, input }) => regionSteps(ctx.db, input)),
  quote: publicProcedure.input(quoteInput).query(async ({ ctx, input }) => {
    const lines = await cartLines(ctx.db, await findCart(ctx.db, ctx.cartToken), input.locale);
    const quote = await quoteCart(ctx.db, lines, input);
    return { ...quote, shipments: quote.shipments.map(({ lines: own, ...rest }) => ({ ...rest, lineCount: own.length })) };
  }),

  /**
   * Places the order. Cash on delivery: confirmed now, and the buyer gets the
   * order link by SMS. Card: the stock is held and the answer carries the
   * Stripe page to pay on; the order turns paid only from Stripe's webhook.
   * Both side effects leave through the outbox (server/checkout/checkout-order.ts).
   */
  placeOrder: publicProcedure.input(placeOrderInput).mutation(async ({ ctx, input }) =>
    checkoutOrder(ctx, { cartId: await findCart(ctx.db, ctx.cartToken), userId: ctx.user?.id ?? null, client: ctx.ip, input }),
  ),
  /** Back to the payment page of a card order not paid yet (the same Stripe session). */
  payOrder: publicProcedure.input(orderRefInput).mutation(async ({ ctx, input }) => {
    const order = await getOrder(ctx.db, { ...input, userId: ctx.user?.id ?? null });
    if (!ctx.stripe) throw new AppError("BAD_REQUEST", "paymentUnavailable");
    const link = orderLink(ctx.appUrl, input.locale, order.number, input.token ?? "");
    return { paymentUrl: await checkoutSessionFor(ctx.db, ctx.stripe, { orderId: order.id, successUrl: `${link}&paid=1`, cancelUrl: link, productLabel: `Villagepost ${order.number}` }) };
  }),

  order: publicProcedure.input(orderRefInput).query(({ ctx, input }) => getOrder(ctx.db, { ...input, userId: ctx.user?.id ?? null })),
  myOrders: signedInProcedure.query(({ ctx }) => listMyOrders(ctx.db, ctx.user.id)),
  /** Cancels before dispatch; a paid card order is refunded through Stripe, once, by the outbox. */
  cancelOrder: publicProcedure.input(orderRefInput).mutation(async ({ ctx, input }) => {
    const order = await getOrder(ctx.db, { ...input, userId: ctx.user?.id ?? null });
    const { jobs } = await cancelOrder(ctx.db, order.id);
    for (const key of jobs) await deliverNow(ctx, key);
    return { ok: true as const };
  }),
});
