// Runs the Stripe emulator on its own, for local development (never a payment method in production):
//   npx tsx e2e/stripe-emulator/cli.ts --port 12111 --webhook-url http://127.0.0.1:3000/api/stripe/webhook --webhook-secret whsec_test_local
import { parseArgs } from "node:util";
import { startStripeEmulator } from "./emulator";

const USAGE = `usage: npx tsx e2e/stripe-emulator/cli.ts [--port 12111] [--host 127.0.0.1] [--webhook-url URL] --webhook-secret whsec_…
  --webhook-secret may instead come from STRIPE_WEBHOOK_SECRET`;

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "12111" },
    host: { type: "string", default: "127.0.0.1" },
    "webhook-url": { type: "string" },
    "webhook-secret": { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});

const port = Number(values.port);
const webhookSecret = values["webhook-secret"] ?? process.env.STRIPE_WEBHOOK_SECRET;
if (values.help || !webhookSecret || !Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}

const emulator = await startStripeEmulator({
  port,
  host: values.host,
  webhookUrl: values["webhook-url"],
  webhookSecret,
  log: (line) => console.log(`[stripe-emulator] ${line}`),
});
console.log(`Stripe emulator listening on ${emulator.url}`);
console.log(`  point the app's Stripe client at { host: "${values.host}", port: ${emulator.port}, protocol: "http" } with an sk_test_ key`);
console.log(`  webhooks → ${values["webhook-url"] ?? "(none: events are only stored)"}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.log(`\n${signal}: stopping the Stripe emulator`);
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
