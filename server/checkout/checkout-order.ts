import type Stripe from "stripe";
import type { Database } from "@/db/client";
import type { Locale } from "@/lib/locales";
import { formatMoney } from "@/lib/money";
import type { SmsProvider } from "../auth/sms";
import { AppError } from "../errors";
import { enqueue } from "../outbox/outbox";
import { deliverNow } from "../outbox/worker";
import { clientKey, limit } from "../security/limits";
import { translateMessage } from "../trpc/translate-error";
import type { QuoteInput } from "./checkout.schema";
import { placeOrder } from "./place-order";

export interface CheckoutServices {
  db: Database;
  sms: SmsProvider;
  stripe: Stripe | null;
  appUrl: string;
}

export function orderLink(appUrl: string, locale: string, number: string, token: string) {
  return `${appUrl}/${locale}/orders/${number}?token=${token}`;
}

/**
 * Places an order with its side effects in the same transaction: the buyer's
 * SMS with the order link (limited per recipient phone and per client, so
 * nobody can text strangers through our checkout), and for a card order the
 * Stripe payment page, which is also made at once because the shopper waits
 * for it. A process that dies after the commit still sends both on restart.
 */
export async function checkoutOrder(
  services: CheckoutServices,
  args: { cartId: string | null; userId: string | null; client: string; input: QuoteInput & { locale: Locale } },
) {
  const { input } = args;
  if (input.paymentMethod === "card" && !services.stripe) throw new AppError("BAD_REQUEST", "paymentUnavailable");
  const keys: string[] = [];
  let sessionKey: string | null = null;
  const order = await placeOrder(services.db, {
    cartId: args.cartId,
    userId: args.userId,
    input,
    onPlaced: async (tx, placed) => {
      await limit(tx, [["orderSmsToPhone", placed.recipientPhone], ["orderSmsFromClient", clientKey(args.client)]], "smsLimit");
      const link = orderLink(services.appUrl, input.locale, placed.number, placed.accessToken);
      const total = formatMoney({ amountMinor: placed.totalMinor, currency: placed.currency }, input.locale, (amount) =>
        translateMessage(input.locale, "money.toman", { amount }),
      );
      const smsKey = `order-${placed.id}-sms`;
      await enqueue(tx, { kind: "sms", key: smsKey, payload: { to: placed.recipientPhone, text: translateMessage(input.locale, "sms.order", { number: placed.number, total, link }) } });
      keys.push(smsKey);
      if (input.paymentMethod === "card") {
        sessionKey = `order-${placed.id}-checkout-session`;
        await enqueue(tx, {
          kind: "stripe.checkout_session",
          key: sessionKey,
          // the shopper's request makes the page at once and takes them there; the worker is only the fallback
          runAt: new Date(Date.now() + 30_000),
          payload: { orderId: placed.id, successUrl: `${link}&paid=1`, cancelUrl: link, productLabel: `Villagepost ${placed.number}` },
        });
      }
    },
  });
  const outbox = { db: services.db, sms: services.sms, stripe: services.stripe };
  let paymentUrl: string | null = null;
  if (sessionKey) {
    const made = await deliverNow(outbox, sessionKey);
    paymentUrl = made.ok && typeof made.result === "string" ? made.result : null;
  }
  for (const key of keys) await deliverNow(outbox, key);
  return { number: order.number, token: order.accessToken, status: order.status, paymentUrl };
}
