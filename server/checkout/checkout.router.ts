import { eq } from "drizzle-orm";
import { z } from "zod";
import { markets } from "@/db/schema";
import { formatMoney } from "@/lib/money";
import { localeInput } from "../catalog/catalog.schema";
import { AppError } from "../errors";
import { checkoutSessionFor } from "../payments/checkout-session";
import { refundOrder } from "../payments/stripe-events";
import type { Context } from "../trpc/context";
import { publicProcedure, router, signedInProcedure } from "../trpc/init";
import { translateMessage } from "../trpc/translate-error";
import { cancelOrder } from "./cancel-order";
import { addToCart, cartFor, cartLines, findCart, setCartQuantity } from "./cart";
import { cartCookie, newCartToken } from "./cart-token";
import { addItemInput, orderRefInput, placeOrderInput, quoteInput, setQuantityInput } from "./checkout.schema";
import { getOrder, listMyOrders } from "./orders";
import { placeOrder } from "./place-order";
import { quoteCart } from "./quote";
import { listServicePoints } from "./service-points";

/** The shopper's cart, created (with its httpOnly cookie) on first add. */
async function ensureCart(ctx: Context): Promise<string> {
  let token = ctx.cartToken;
  if (!token) {
    token = newCartToken();
    ctx.resHeaders.append("set-cookie", cartCookie(token, ctx.appUrl.startsWith("https:")));
  }
  return cartFor(ctx.db, token, ctx.user?.id ?? null);
}

function orderLink(ctx: Context, locale: string, number: string, token: string) {
  return `${ctx.appUrl}/${locale}/orders/${number}?token=${token}`;
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
      if (!marketCode) return { marketCode: null, paymentMethods: [] as string[], servicePoints: [], cardAvailable: false };
      const [market] = await ctx.db.select().from(markets).where(eq(markets.code, marketCode));
      const cardAvailable = Boolean(ctx.stripe) && Boolean(market?.paymentMethods.includes("card"));
      return {
        marketCode,
        paymentMethods: (market?.paymentMethods ?? []).filter((m) => m !== "card" || cardAvailable),
        servicePoints: await listServicePoints(ctx.db, marketCode, input.locale, input.nearVillageId),
        cardAvailable,
      };
    }),
  quote: publicProcedure.input(quoteInput).query(async ({ ctx, input }) => {
    const lines = await cartLines(ctx.db, await findCart(ctx.db, ctx.cartToken), input.locale);
    const quote = await quoteCart(ctx.db, lines, input);
    return { ...quote, shipments: quote.shipments.map(({ lines: own, ...rest }) => ({ ...rest, lineCount: own.length })) };
  }),

  /**
   * Places the order. Cash on delivery: confirmed now, and the buyer gets the
   * order link by SMS. Card: the stock is held and the answer carries the
   * Stripe page to pay on; the order turns paid only from Stripe's webhook.
   */
  placeOrder: publicProcedure.input(placeOrderInput).mutation(async ({ ctx, input }) => {
    if (input.paymentMethod === "card" && !ctx.stripe) throw new AppError("BAD_REQUEST", "paymentUnavailable");
    const order = await placeOrder(ctx.db, { cartId: await findCart(ctx.db, ctx.cartToken), userId: ctx.user?.id ?? null, input });
    const link = orderLink(ctx, input.locale, order.number, order.accessToken);
    const total = formatMoney({ amountMinor: order.totalMinor, currency: order.currency }, input.locale, (amount) =>
      translateMessage(input.locale, "money.toman", { amount }),
    );
    await ctx.sms
      .send(order.recipientPhone, translateMessage(input.locale, "sms.order", { number: order.number, total, link }))
      .catch((error: unknown) => console.error("order SMS failed", error));
    let paymentUrl: string | null = null;
    if (input.paymentMethod === "card" && ctx.stripe) {
      paymentUrl = await checkoutSessionFor(ctx.db, ctx.stripe, {
        orderId: order.id,
        successUrl: `${link}&paid=1`,
        cancelUrl: link,
        productLabel: `Villagepost ${order.number}`,
      });
    }
    return { number: order.number, token: order.accessToken, status: order.status, paymentUrl };
  }),
  /** Back to the payment page of a card order not paid yet (the same Stripe session). */
  payOrder: publicProcedure.input(orderRefInput).mutation(async ({ ctx, input }) => {
    const order = await getOrder(ctx.db, { ...input, userId: ctx.user?.id ?? null });
    if (!ctx.stripe) throw new AppError("BAD_REQUEST", "paymentUnavailable");
    const link = orderLink(ctx, input.locale, order.number, input.token ?? "");
    return { paymentUrl: await checkoutSessionFor(ctx.db, ctx.stripe, { orderId: order.id, successUrl: `${link}&paid=1`, cancelUrl: link, productLabel: `Villagepost ${order.number}` }) };
  }),

  order: publicProcedure.input(orderRefInput).query(({ ctx, input }) => getOrder(ctx.db, { ...input, userId: ctx.user?.id ?? null })),
  myOrders: signedInProcedure.query(({ ctx }) => listMyOrders(ctx.db, ctx.user.id)),
  /** Cancels before dispatch; a paid card order is refunded through Stripe, once. */
  cancelOrder: publicProcedure.input(orderRefInput).mutation(async ({ ctx, input }) => {
    const order = await getOrder(ctx.db, { ...input, userId: ctx.user?.id ?? null });
    const result = await cancelOrder(ctx.db, order.id);
    if (result.refundPaymentIntent) {
      if (!ctx.stripe) throw new AppError("BAD_REQUEST", "paymentUnavailable");
      await refundOrder(ctx.db, ctx.stripe, { orderId: order.id, paymentIntent: result.refundPaymentIntent });
    }
    if (result.stripeSessionId && ctx.stripe) await ctx.stripe.checkout.sessions.expire(result.stripeSessionId).catch(() => undefined);
    return { ok: true as const };
  }),
});
