import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { phoneNumber } from "better-auth/plugins";
import { createTranslator } from "use-intl/core";
import type { Database } from "@/db/client";
import * as schema from "@/db/schema";
import { isLocale, type Locale } from "@/lib/locales";
import { loadMessages } from "@/lib/messages";
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

/**
 * better-auth on our database: phone number + one-time SMS code (6 digits,
 * single use, 10 minutes), or email + password. Sessions live in the database
 * behind an httpOnly, SameSite=Lax cookie (Secure when the app is served over https).
 */
export function createAuth({ db, secret, baseURL, sms }: AuthOptions) {
  return betterAuth({
    secret,
    baseURL,
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user: schema.user, session: schema.session, account: schema.account, verification: schema.verification },
    }),
    emailAndPassword: { enabled: true, minPasswordLength: 10, autoSignIn: true },
    user: {
      additionalFields: {
        role: { type: "string", input: false, defaultValue: "shopper" },
        locale: { type: "string", input: true, defaultValue: "en" },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    // attempts are limited per phone number and IP by our own table (server/auth/attempts.ts)
    rateLimit: { enabled: false },
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
          await sms.send(to, smsText(isLocale(requested) ? requested : "en", code));
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
