import { startStripeEmulator } from "./stripe-emulator/emulator";

/** Stripe cannot be reached from here: card payments in the end-to-end tests go to the emulator on loopback. */
export default async function globalSetup() {
  const port = Number(process.env.E2E_STRIPE_PORT);
  const emulator = await startStripeEmulator({
    port,
    host: "127.0.0.1",
    webhookUrl: `${process.env.E2E_BASE_URL}/api/stripe/webhook`,
    webhookSecret: process.env.E2E_STRIPE_WEBHOOK_SECRET ?? "",
  });
  return async () => {
    await emulator.close();
  };
}
