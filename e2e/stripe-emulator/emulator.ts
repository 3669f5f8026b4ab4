// A local stand-in for the parts of Stripe's API Villagepost uses, for tests and local development only.
import http from "node:http";
import Stripe from "stripe";
import { parseForm } from "./form";
import { Connect } from "./connect";
import { messagePage, onboardingPage, payPage } from "./page";
import { html, idempotencyError, json, readBody, redirect, send } from "./http";
import { StripeApiError } from "./params";
import { Store } from "./store";
import type { EmulatorStats, StripeEmulator, StripeEmulatorOptions, StripeEvent } from "./types";

export type {
  EmulatedAccount,
  EmulatedLineItem,
  EmulatedPayout,
  EmulatedRefund,
  EmulatedSession,
  EmulatedTransfer,
  EmulatedTransferReversal,
  EmulatorStats,
  StripeEmulator,
  StripeEmulatorOptions,
  StripeEvent,
} from "./types";

const WEBHOOK_TIMEOUT_MS = 30_000;
/** stripe-node v23 sends an Idempotency-Key of this form on every POST the caller did not key */
const SDK_KEY_PREFIX = "stripe-node-retry-";

type Reply = { status: number; body: unknown; events?: StripeEvent[] };
type Saved = { path: string; raw: string; status: number; text: string };

/** Answers one authenticated /v1 request about Connect, or undefined when the path is not Connect's. */
function connectRoute(connect: Connect, method: string, path: string, params: Record<string, unknown>): Reply | undefined {
  if (method === "POST" && path === "/v1/accounts") return { status: 200, body: connect.createAccount(params) };
  if (method === "POST" && path === "/v1/account_links") return { status: 200, body: connect.createLink(params) };
  if (method === "POST" && path === "/v1/transfers") {
    const { transfer, event } = connect.createTransfer(params);
    return { status: 200, body: transfer, events: [event] };
  }
  const account = /^\/v1\/accounts\/([^/]+)$/.exec(path);
  if (account?.[1] && method === "GET") return { status: 200, body: connect.account(account[1]) };
  const transfer = /^\/v1\/transfers\/([^/]+)(\/reversals)?$/.exec(path);
  if (transfer?.[1] && method === "GET" && !transfer[2]) return { status: 200, body: connect.transfer(transfer[1]) };
  if (transfer?.[1] && method === "POST" && transfer[2]) {
    const { reversal, event } = connect.reverse(transfer[1], params);
    return { status: 200, body: reversal, events: [event] };
  }
  return undefined;
}

/** Answers one authenticated /v1 request from the store. */
function route(store: Store, connect: Connect, method: string, path: string, params: Record<string, unknown>, apiVersion: string | undefined): Reply {
  const connected = connectRoute(connect, method, path, params);
  if (connected) return connected;
  if (method === "POST" && path === "/v1/checkout/sessions") return { status: 200, body: store.createSession(params, apiVersion) };
  if (method === "POST" && path === "/v1/refunds") return { status: 200, body: store.refund(params) };
  const session = /^\/v1\/checkout\/sessions\/([^/]+)(\/expire)?$/.exec(path);
  if (session?.[1] && method === "GET" && !session[2]) return { status: 200, body: store.session(session[1]) };
  if (session?.[1] && method === "POST" && session[2]) {
    const event = store.expire(session[1]);
    return { status: 200, body: store.session(session[1]), events: [event] };
  }
  const event = /^\/v1\/events\/([^/]+)$/.exec(path);
  const found = event && method === "GET" ? store.events.find((e) => e.id === event[1]) : undefined;
  if (found) return { status: 200, body: found };
  if (event && method === "GET") throw new StripeApiError(404, "invalid_request_error", `No such event: '${event[1]}'`, "resource_missing", "id");
  throw new StripeApiError(404, "invalid_request_error", `Unrecognized request URL (${method}: ${path}). The Stripe emulator implements only what Villagepost uses.`);
}

/** Starts the emulator on 127.0.0.1 (a free port unless `port` is given). Tests and local development only. */
export async function startStripeEmulator(options: StripeEmulatorOptions): Promise<StripeEmulator> {
  const host = options.host ?? "127.0.0.1";
  const log = options.log ?? (() => {});
  const warn = options.log ?? console.warn;
  const signer = new Stripe("sk_test_x");
  const store = new Store();
  const connect = new Connect(store);
  const saved = new Map<string, Saved>();
  const pending = new Set<Promise<void>>();
  const stats: EmulatorStats = { posts: 0, postsWithIdempotencyKey: 0, postsWithOwnIdempotencyKey: 0 };
  let webhookUrl = options.webhookUrl;
  /** failures still to answer per API path: a Stripe outage, for tests of retries */
  const outages = new Map<string, number>();

  async function deliver(event: object): Promise<Response> {
    if (!webhookUrl) throw new Error("Stripe emulator: no webhook URL (pass webhookUrl or call setWebhookUrl)");
    const payload = JSON.stringify(event);
    const signature = signer.webhooks.generateTestHeaderString({ payload, secret: options.webhookSecret });
    return fetch(webhookUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": signature, "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)" },
      body: payload,
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
  }

  /** Delivers and waits for the app's answer; throws unless it is 2xx. Without a webhook URL the event is only stored. */
  async function deliverStrictly(event: StripeEvent): Promise<void> {
    if (!webhookUrl) return log(`${event.type} ${event.id} stored (no webhook URL)`);
    const res = await deliver(event).catch((error: unknown) => {
      const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
      throw new Error(`Stripe emulator: webhook ${event.type} ${event.id} to ${webhookUrl} failed: ${String(error)}${cause}`, { cause: error });
    });
    const text = await res.text();
    log(`${event.type} ${event.id} → ${res.status}`);
    if (!res.ok) throw new Error(`Stripe emulator: webhook ${event.type} ${event.id} answered ${res.status}: ${text.slice(0, 300)}`);
  }

  /** Stripe's behaviour: deliver, whatever the answer; failures are reported, not thrown. */
  function deliverQuietly(event: StripeEvent): Promise<void> {
    const delivery = deliverStrictly(event).catch((error: unknown) => warn(error instanceof Error ? error.message : String(error)));
    pending.add(delivery);
    void delivery.finally(() => pending.delete(delivery));
    return delivery;
  }

  async function api(req: http.IncomingMessage, res: http.ServerResponse, path: string, raw: string): Promise<void> {
    const method = req.method ?? "GET";
    const authorization = req.headers.authorization;
    const apiKey = /^Bearer (sk_test_\S+)$/.exec(authorization ?? "")?.[1];
    if (!apiKey) {
      const message = authorization
        ? "Invalid API Key provided: the Stripe emulator accepts only sk_test_ secret keys."
        : "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').";
      return json(res, 401, JSON.stringify(new StripeApiError(401, "invalid_request_error", message).body(), null, 2));
    }
    const header = req.headers["idempotency-key"];
    const key = method === "POST" && typeof header === "string" && header !== "" ? header : undefined;
    if (method === "POST") {
      stats.posts++;
      if (key) stats.postsWithIdempotencyKey++;
      if (key && !key.startsWith(SDK_KEY_PREFIX)) stats.postsWithOwnIdempotencyKey++;
    }
    const slot = key ? `${apiKey}\n${key}` : undefined;
    const first = slot ? saved.get(slot) : undefined;
    if (first && first.path !== path) {
      return json(res, 400, idempotencyError(`Keys for idempotent requests can only be used for the same endpoint they were first used for ('${first.path}'). Try using a key other than '${key}' if you meant to execute a different request.`));
    }
    if (first && first.raw !== raw) {
      return json(res, 400, idempotencyError(`Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`));
    }
    if (first) return json(res, first.status, first.text, { "idempotent-replayed": "true", "idempotency-key": key ?? "" });
    const failures = outages.get(path) ?? 0;
    if (failures > 0) {
      outages.set(path, failures - 1);
      return json(res, 500, JSON.stringify(new StripeApiError(500, "api_error", "The Stripe emulator is simulating an outage.").body()));
    }
    let reply: Reply;
    try {
      const version = req.headers["stripe-version"];
      reply = route(store, connect, method, path, parseForm(raw), typeof version === "string" && version !== "" ? version : undefined);
    } catch (error) {
      if (!(error instanceof StripeApiError)) throw error;
      reply = { status: error.status, body: error.body() };
    }
    const text = JSON.stringify(reply.body, null, 2);
    // like Stripe, a request rejected before it ran is not saved; this emulator saves successes only
    if (slot && reply.status === 200) saved.set(slot, { path, raw, status: reply.status, text });
    json(res, reply.status, text, key ? { "idempotency-key": key } : {});
    // Stripe sends webhooks after answering; the app may be waiting on this very request
    for (const event of reply.events ?? []) void deliverQuietly(event);
  }

  async function hosted(res: http.ServerResponse, method: string, id: string, action: string | undefined): Promise<void> {
    const session = store.sessions.get(id);
    if (!session) return html(res, 404, messagePage("Unknown session", `There is no Checkout Session ${id}.`));
    if (!action && method === "GET") {
      if (session.status === "open") return html(res, 200, payPage(session, store.lineItems.get(id) ?? []));
      return html(res, 200, messagePage("Session closed", `This Checkout Session is ${session.status}.`));
    }
    if (!action || method !== "POST") return html(res, 405, messagePage("Method not allowed", `${method} is not allowed here.`));
    if (session.status !== "open") return html(res, 409, messagePage("Session closed", `This Checkout Session is ${session.status}.`));
    if (action === "cancel") {
      if (!session.cancel_url) return html(res, 400, messagePage("No cancel URL", "This Checkout Session has no cancel_url."));
      return redirect(res, session.cancel_url);
    }
    // wait for the app's answer, then redirect whatever it was, as Stripe does
    await deliverQuietly(store.complete(id));
    redirect(res, session.success_url.replaceAll("{CHECKOUT_SESSION_ID}", id));
  }

  /** The Express onboarding page behind an account link: "Complete" enables the account, waits for the app's answer to `account.updated`, then returns the seller. */
  async function onboarding(res: http.ServerResponse, method: string, token: string, action: string | undefined): Promise<void> {
    const found = connect.link(token);
    if (!found) return html(res, 404, messagePage("Unknown link", "There is no such account link."));
    // like Stripe, a used or expired link sends the seller to refresh_url for a new one
    if (!found.usable) return redirect(res, found.link.refreshUrl);
    if (!action && method === "GET") return html(res, 200, onboardingPage(found.account, token));
    if (action !== "complete" || method !== "POST") return html(res, 405, messagePage("Method not allowed", `${method} is not allowed here.`));
    await deliverQuietly(connect.completeOnboarding(token));
    redirect(res, found.link.returnUrl);
  }

  /** Test control: a connected account's bank payout, paid or failed; the event is delivered before the answer. */
  async function payoutControl(res: http.ServerResponse, raw: string): Promise<void> {
    const input = JSON.parse(raw) as { account: string; amount: number; currency?: string; status: "paid" | "failed"; failureCode?: string };
    try {
      const event = connect.payout(input);
      await deliverStrictly(event);
      json(res, 200, JSON.stringify(event));
    } catch (error) {
      if (!(error instanceof StripeApiError)) throw error;
      json(res, error.status, JSON.stringify(error.body()));
    }
  }

  const server = http.createServer((req, res) => {
    const handle = async () => {
      const { pathname } = new URL(req.url ?? "/", "http://emulator.invalid");
      const raw = await readBody(req);
      if (pathname.startsWith("/v1/")) return api(req, res, pathname, raw);
      // test control, on loopback only: make the next N calls to an API path fail, or read the refunds made
      if (pathname === "/__emulator/outage" && req.method === "POST") {
        const { path, times } = JSON.parse(raw) as { path: string; times: number };
        outages.set(path, times);
        return json(res, 200, JSON.stringify({ path, times }));
      }
      if (pathname === "/__emulator/refunds") return json(res, 200, JSON.stringify(store.refunds));
      if (pathname === "/__emulator/accounts") return json(res, 200, JSON.stringify([...connect.accounts.values()]));
      if (pathname === "/__emulator/transfers") return json(res, 200, JSON.stringify([...connect.transfers.values()]));
      if (pathname === "/__emulator/payouts" && req.method === "POST") return payoutControl(res, raw);
      const onboard = /^\/connect\/onboarding\/([^/]+)(?:\/(complete))?$/.exec(pathname);
      if (onboard?.[1]) return onboarding(res, req.method ?? "GET", decodeURIComponent(onboard[1]), onboard[2]);
      const page = /^\/pay\/([^/]+)(?:\/(complete|cancel))?$/.exec(pathname);
      if (page?.[1]) return hosted(res, req.method ?? "GET", decodeURIComponent(page[1]), page[2]);
      send(res, 404, "Not found\n", { "content-type": "text/plain" });
    };
    handle().catch((error: unknown) => {
      console.error("Stripe emulator:", error);
      if (res.headersSent) res.destroy();
      else json(res, 500, JSON.stringify(new StripeApiError(500, "api_error", String(error)).body()));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("Stripe emulator: no TCP address");
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
  store.baseUrl = url;

  return {
    url,
    port: address.port,
    setWebhookUrl: (next) => void (webhookUrl = next),
    sessions: () => [...store.sessions.values()].map((s) => structuredClone(s)),
    refunds: () => store.refunds.map((r) => structuredClone(r)),
    accounts: () => [...connect.accounts.values()].map((a) => structuredClone(a)),
    transfers: () => [...connect.transfers.values()].map((t) => structuredClone(t)),
    payout: async (input) => {
      const event = connect.payout(input);
      await deliverStrictly(event);
      return event;
    },
    pay: async (sessionId) => deliverStrictly(store.complete(sessionId)),
    expire: async (sessionId) => deliverStrictly(store.expire(sessionId)),
    deliver,
    events: () => [...store.events],
    stats: () => ({ ...stats }),
    outage: (path, times) => void outages.set(path, times),
    close: async () => {
      await Promise.allSettled([...pending]);
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
