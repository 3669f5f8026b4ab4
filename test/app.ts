import { randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import type { DbHandle } from "@/db/client";
import { CLIENT_HEADER } from "@/lib/client-address.mjs";
import type { Locale } from "@/lib/locales";
import { createAuth, type Auth } from "@/server/auth/auth";
import { MemorySmsProvider } from "@/server/auth/sms";
import { createContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import type { Stripe } from "@/server/payments/stripe-client";
import { seededDatabase, type TestDatabase } from "./databases";

/** A seeded database with the real auth on it; SMS land in memory, where tests read the codes. */
export interface TestApp {
  handle: DbHandle;
  auth: Auth;
  sms: MemorySmsProvider;
  /** a caller as an anonymous visitor, or with a session cookie */
  caller(options?: { cookie?: string; locale?: Locale; ip?: string }): Promise<{ api: ReturnType<typeof createCaller>; resHeaders: Headers }>;
  /** a caller with no request at all, as a Server Component of the storefront has */
  anonymous(locale?: Locale): ReturnType<typeof createCaller>;
  /** signs in by phone through the real code flow; returns the session cookie */
  signIn(phone: string): Promise<string>;
  /** the caller of a person signed in by phone, signed in once per app (codes are limited per phone) */
  as(phone: string): Promise<ReturnType<typeof createCaller>>;
  close(): Promise<void>;
}

/** The TRPCError a call fails with (the test fails if it succeeds or fails otherwise). */
export async function failure(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

function randomIp(): string {
  const [a = 1, b = 1, c = 1] = randomBytes(3);
  return `10.${a}.${b}.${c}`;
}

/** As server.mjs does for a real server: the app believes the client address header it sets. */
(globalThis as { villagepostClientHeader?: string }).villagepostClientHeader = CLIENT_HEADER;

export async function createTestApp(target: TestDatabase, options: { stripe?: Stripe } = {}): Promise<TestApp> {
  const handle = await seededDatabase(target);
  const sms = new MemorySmsProvider();
  const auth = createAuth({ db: handle.db, secret: randomBytes(32).toString("hex"), baseURL: "http://localhost:3000", sms });

  const services = { stripe: options.stripe ?? null, sms, appUrl: "http://localhost:3000" };
  const caller: TestApp["caller"] = async ({ cookie, locale = "en", ip = randomIp() } = {}) => {
    const headers = new Headers({ [CLIENT_HEADER]: ip, "x-locale": locale });
    if (cookie) headers.set("cookie", cookie);
    const resHeaders = new Headers();
    const ctx = await createContext({ db: handle.db, auth, headers, resHeaders, ...services });
    return { api: createCaller(ctx), resHeaders };
  };

  const signIn = async (phone: string) => {
    const ip = randomIp();
    const { api } = await caller({ ip });
    const { phone: e164 } = await api.auth.requestCode({ phone });
    const code = sms.lastCode(e164);
    if (!code) throw new Error(`no code was sent to ${e164}`);
    const verify = await caller({ ip });
    await verify.api.auth.verifyCode({ phone, code });
    return verify.resHeaders
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
  };

  const anonymous = (locale: Locale = "en") =>
    createCaller({ db: handle.db, auth, locale, headers: new Headers(), resHeaders: new Headers(), user: null, ip: "test", cartToken: null, ...services });

  const cookies = new Map<string, Promise<string>>();
  const as = async (phone: string) => {
    let cookie = cookies.get(phone);
    if (!cookie) cookies.set(phone, (cookie = signIn(phone)));
    return (await caller({ cookie: await cookie })).api;
  };

  return { handle, auth, sms, caller, anonymous, signIn, as, close: () => handle.close() };
}
