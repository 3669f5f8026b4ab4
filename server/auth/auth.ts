import { randomUUID } from "node:crypto";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { phoneNumber } from "better-auth/plugins";
import { createTranslator } from "use-intl/core";
import type { Database } from "@/db/client";
import * as schema from "@/db/schema";
import { isLocale, type Locale } from "@/lib/locales";
import { loadMessages } from "@/lib/messages";
import { enqueue } from "../outbox/outbox";
import { deliverNow } from "../outbox/worker";
import { AppError } from "../errors";
import { clientAddressOf } from "../security/client-address";
import { clientKey, limit, type Policy } from "../security/limits";
import type { SmsProvider } from "./sms";

export const CODE_TTL_SECONDS = 10 * 60;

export interface AuthOptions {
  db: Database;
  secret: string;
  baseURL: string;
  sms: SmsProvider;
}

function smsText(locale: Locale, code: string): string {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "auth" });
  return t("smsCode", { code, minutes: CODE_TTL_SECONDS / 60 });
}

/** The only endpoints the product calls; every other one of the library's is refused, whoever calls it. */
export const USED_ENDPOINTS = new Set(["/phone-number/send-otp", "/phone-number/verify", "/get-session", "/sign-out"]);

/** Which limits an endpoint counts against, per phone and per client. */
function limitsFor(path: string, phone: string | null, client: string): [Policy, string][] {
  if (path === "/phone-number/send-otp") {
    return [
      ...(phone ? ([["codeToPhone", phone], ["codeToPhoneDaily", phone]] as [Policy, string][]) : []),
      ["codeFromClient", client],
    ];
  }
  if (path === "/phone-number/verify") return [...(phone ? ([["verifyPhone", phone]] as [Policy, string][]) : []), ["verifyFromClient", client]];
  return [];
}

/**
 * better-auth on our database: phone number + one-time SMS code (6 digits,
 * single use, 10 minutes). Nobody has a password: email and password sign-in,
 * password resets and every endpoint the product does not call are refused in
 * a hook that runs for HTTP and server-side calls alike, and the sign-in
 * endpoints count against the shared limiter (server/security/limits.ts) per
 * phone and per client. Sessions live in the database behind an httpOnly,
 * SameSite=Lax cookie (Secure when the app is served over https).
 */
export function createAuth({ db, secret, baseURL, sms }: AuthOptions) {
  return betterAuth({
    secret,
    baseURL,
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user: schema.user, session: schema.session, account: schema.account, verification: schema.verification },
    }),
    emailAndPassword: { enabled: false },
    user: {
      additionalFields: {
        role: { type: "string", input: false, defaultValue: "shopper" },
        locale: { type: "string", input: false, defaultValue: "en" },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    // the library's own limiter is per instance and in memory; ours is in the database (the hook below)
    rateLimit: { enabled: false },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (!USED_ENDPOINTS.has(ctx.path)) throw new APIError("NOT_FOUND");
        const body = (ctx.body ?? {}) as { phoneNumber?: unknown };
        const phone = typeof body.phoneNumber === "string" ? body.phoneNumber : null;
        const checks = limitsFor(ctx.path, phone, clientKey(clientAddressOf(ctx.headers ?? new Headers())));
        if (checks.length === 0) return;
        try {
          await limit(db, checks);
        } catch (error) {
          if (error instanceof AppError) throw new APIError("TOO_MANY_REQUESTS", { message: error.messageKey, code: String(error.params.minutes ?? 1) });
          throw error;
        }
      }),
    },
    advanced: {
      useSecureCookies: baseURL.startsWith("https:"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    plugins: [
      phoneNumber({
        otpLength: 6,
        expiresIn: CODE_TTL_SECONDS,
        allowedAttempts: 5,
        sendOTP: async ({ phoneNumber: to, code }, ctx) => {
          const requested = ctx?.headers?.get("x-locale") ?? ctx?.request?.headers.get("x-locale");
          const key = `sms:code:${randomUUID()}`;
          const expiresAt = new Date(Date.now() + CODE_TTL_SECONDS * 1000).toISOString();
          await enqueue(db, { kind: "sms.code", key, payload: { to, text: smsText(isLocale(requested) ? requested : "en", code), expiresAt } });
          // the person is waiting: send now; the worker retries if this try fails
          await deliverNow({ db, sms, stripe: null }, key);
        },
        signUpOnVerification: {
          // better-auth needs an email per user; phone-only sellers get an address no mail goes to
          getTempEmail: (phone) => `${phone.replace("+", "")}@phone.villagepost.invalid`,
          getTempName: (phone) => phone,
        },
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
