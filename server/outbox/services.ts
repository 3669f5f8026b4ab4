import "server-only";
import { getDb } from "../db";
import { requestServices } from "../services";
import type { OutboxServices } from "./handlers";
// registers the Stripe Connect jobs (transfers and their reversals) with the worker
import "../money/stripe-payouts";

/** The worker's services: the process's database, SMS provider and Stripe client. */
export async function outboxServices(): Promise<OutboxServices> {
  const { sms, stripe } = requestServices();
  return { db: await getDb(), sms, stripe };
}
