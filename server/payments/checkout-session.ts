import { eq } from "drizzle-orm";
import type Stripe from "stripe";
import type { Database } from "@/db/client";
import { markets, orders, payments } from "@/db/schema";
import { AppError } from "../errors";

/**
 * The Stripe Checkout Session of a card order — created once: the idempotency
 * key is derived from the order, so a retried request (double tap, lost
 * answer) gets the same session back. The session expires with the stock hold.
 */
export async function checkoutSessionFor(
  db: Database,
  stripe: Stripe,
  args: { orderId: string; successUrl: string; cancelUrl: string; productLabel: string },
): Promise<string> {
  const [order] = await db
    .select({ order: orders, walletMethods: markets.walletMethods })
    .from(orders)
    .innerJoin(markets, eq(markets.code, orders.marketCode))
    .where(eq(orders.id, args.orderId));
  if (!order) throw new AppError("NOT_FOUND", "orderNotFound");
  const o = order.order;
  if (o.paymentMethod !== "card" || o.status !== "pending_payment" || !o.holdExpiresAt) throw new AppError("CONFLICT", "cannotCancel");
  if (o.stripeSessionId) {
    // back to the same payment page while it is open
    const existing = await stripe.checkout.sessions.retrieve(o.stripeSessionId);
    if (existing.status === "open" && existing.url) return existing.url;
    throw new AppError("CONFLICT", "paymentSessionClosed");
  }
  const session = await stripe.checkout.sessions.create(
    {
      mode: "payment",
      client_reference_id: o.id,
      metadata: { order_id: o.id, order_number: o.number },
      payment_intent_data: { metadata: { order_id: o.id } },
      allowed_payment_method_types: ["card", ...(order.walletMethods as Stripe.Checkout.SessionCreateParams.AllowedPaymentMethodType[])],
      line_items: [
        {
          quantity: 1,
          price_data: { currency: o.currency.toLowerCase(), unit_amount: o.totalMinor, product_data: { name: args.productLabel } },
        },
      ],
      // Stripe closes the session no sooner than 30 minutes; the hold lasts as long
      expires_at: Math.max(Math.floor(o.holdExpiresAt.getTime() / 1000), Math.floor(Date.now() / 1000) + 30 * 60),
      success_url: args.successUrl,
      cancel_url: args.cancelUrl,
      locale: "auto",
    },
    { idempotencyKey: `order-${o.id}-checkout-session` },
  );
  if (!session.url) throw new Error("Stripe returned a session without a URL");
  await db.transaction(async (tx) => {
    await tx.update(orders).set({ stripeSessionId: session.id }).where(eq(orders.id, o.id));
    await tx
      .insert(payments)
      .values({ orderId: o.id, checkoutSessionId: session.id, amountMinor: o.totalMinor, currency: o.currency })
      .onConflictDoNothing();
  });
  return session.url;
}
