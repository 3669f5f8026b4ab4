// The emulator's stand-in for Stripe's hosted Checkout page.
import type { EmulatedAccount, EmulatedLineItem, EmulatedSession } from "./types";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Formats an amount given in the currency's minor unit, e.g. 1250 eur → "€12.50", 500 jpy → "¥500". */
export function formatAmount(amount: number, currency: string): string {
  try {
    const format = new Intl.NumberFormat("en", { style: "currency", currency: currency.toUpperCase() });
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(amount / 10 ** digits);
  } catch {
    return `${amount} ${currency.toUpperCase()}`;
  }
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · Stripe emulator</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; background: #f6f9fc; color: #1a1f36; }
  main { max-width: 26rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border-radius: 0.5rem; }
  .note { font-size: 0.8rem; color: #8792a2; }
  ul { padding: 0; list-style: none; }
  li { display: flex; justify-content: space-between; gap: 1rem; padding: 0.25rem 0; }
  button { width: 100%; padding: 0.75rem; margin-top: 0.75rem; font-size: 1rem; border-radius: 0.375rem; border: 1px solid #635bff; }
  [data-testid="stripe-pay"] { background: #635bff; color: #fff; }
  [data-testid="stripe-cancel"] { background: #fff; color: #635bff; }
  [data-testid="stripe-onboarding-complete"] { background: #635bff; color: #fff; }
</style>
</head>
<body><main>
<p class="note">Test mode — Stripe emulator, no real payment</p>
${body}
</main></body>
</html>`;
}

/** The checkout page of an open session: its lines, its total, and the Pay and Cancel buttons. */
export function payPage(session: EmulatedSession, items: EmulatedLineItem[]): string {
  const id = encodeURIComponent(session.id);
  const lines = items
    .map((item) => `<li><span>${escape(item.name)} × ${item.quantity}</span><span>${escape(formatAmount(item.unit_amount * item.quantity, item.currency))}</span></li>`)
    .join("\n");
  const cancel = session.cancel_url
    ? `<form method="post" action="/pay/${id}/cancel"><button type="submit" data-testid="stripe-cancel">Cancel</button></form>`
    : "";
  return layout(
    "Pay",
    `<h1>Pay</h1>
<ul>${lines}</ul>
<p>Total <strong data-testid="stripe-amount">${escape(formatAmount(session.amount_total, session.currency))}</strong>
<span data-testid="stripe-currency">${escape(session.currency.toUpperCase())}</span></p>
<form method="post" action="/pay/${id}/complete"><button type="submit" data-testid="stripe-pay">Pay</button></form>
${cancel}`,
  );
}

/** A page with a heading and one sentence, for unknown, paid or expired sessions. */
export function messagePage(title: string, text: string): string {
  return layout(title, `<h1>${escape(title)}</h1>\n<p data-testid="stripe-message">${escape(text)}</p>`);
}

/** Stripe's Express onboarding, reduced to one button: the seller "gives" their details and bank account. */
export function onboardingPage(account: EmulatedAccount, token: string): string {
  return layout(
    "Set up payouts",
    `<h1>Set up payouts</h1>
<p>Connected account <code data-testid="stripe-account-id">${escape(account.id)}</code> (${escape(account.country)}, Express)</p>
<p>Still due: ${escape(account.requirements.currently_due.join(", ") || "nothing")}</p>
<form method="post" action="/connect/onboarding/${encodeURIComponent(token)}/complete"><button type="submit" data-testid="stripe-onboarding-complete">Complete onboarding</button></form>`,
  );
}
