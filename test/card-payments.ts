import type Stripe from "stripe";
import type { DatabaseOrTx } from "@/db/client";
import { payments } from "@/db/schema";
import type { StripeEmulator } from "@/e2e/stripe-emulator/emulator";
import type { GeneratedOrder } from "./money-orders";

/**
 * A China card order paid the way a shopper pays it: a Checkout Session on the
 * Stripe emulator, paid on its page, and the payment recorded as the webhook
 * would. Returns the PaymentIntent's id.
 */
export async function payOnEmulator(db: DatabaseOrTx, stripe: Stripe, emulator: StripeEmulator, order: GeneratedOrder, amountMinor: number): Promise<string> {
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ quantity: 1, price_data: { currency: "cny", unit_amount: amountMinor, product_data: { name: "Tea" } } }],
    success_url: "http://127.0.0.1:3000/done",
  });
  await emulator.pay(session.id);
  const paymentIntent = (await stripe.checkout.sessions.retrieve(session.id)).payment_intent as string;
  await db.insert(payments).values({ orderId: order.orderId, checkoutSessionId: session.id, paymentIntentId: paymentIntent, status: "succeeded", amountMinor, currency: "CNY" });
  return paymentIntent;
}
