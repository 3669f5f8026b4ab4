import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getDb } from "../db";
import { dataDir, env } from "../env";
import { createAuth, type Auth } from "./auth";
import { HttpSmsProvider, LogSmsProvider, type SmsProvider } from "./sms";

export function smsProviderFromEnv(): SmsProvider {
  if (env.SMS_PROVIDER === "http" && env.SMS_HTTP_URL) return new HttpSmsProvider(env.SMS_HTTP_URL, env.SMS_HTTP_TOKEN);
  return new LogSmsProvider(env.SMS_LOG_FILE ? path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.SMS_LOG_FILE) : undefined);
}

/** BETTER_AUTH_SECRET, else a random secret kept in the data directory so sessions survive a restart. */
function authSecret(): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const secret = randomBytes(32).toString("base64url");
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

const globalForAuth = globalThis as unknown as { villagepostAuth?: Promise<Auth> };

/** The process's better-auth instance, on the process's database. */
export function getAuth(): Promise<Auth> {
  globalForAuth.villagepostAuth ??= getDb().then((db) =>
    createAuth({ db, secret: authSecret(), baseURL: env.APP_URL, sms: smsProviderFromEnv() }),
  );
  return globalForAuth.villagepostAuth;
}
