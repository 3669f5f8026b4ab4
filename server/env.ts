import path from "node:path";
import { z } from "zod";
import { parseTrust } from "@/lib/client-address.mjs";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** postgres://user@host:port/db — use a PostgreSQL server instead of embedded PGlite */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  /** where embedded PGlite keeps its files */
  DATA_DIR: z.string().min(1).default(".data"),
  /** connections per app instance when DATABASE_URL is set */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** seed the demo marketplace into an empty database on start (default: on for PGlite, off for a server) */
  SEED_ON_START: z.enum(["true", "false"]).optional(),
  /** the address shoppers use, e.g. https://villagepost.example; https makes session cookies Secure */
  APP_URL: z.url().default("http://localhost:3000"),
  /** signs sessions; at least 32 characters. Required with DATABASE_URL in production (all instances share it) */
  BETTER_AUTH_SECRET: z.string().min(32).optional(),
  /** log: write SMS to SMS_LOG_FILE (development, tests); http: POST them to SMS_HTTP_URL */
  SMS_PROVIDER: z.enum(["log", "http"]).optional(),
  SMS_LOG_FILE: z.string().min(1).optional(),
  SMS_HTTP_URL: z.url().optional(),
  SMS_HTTP_TOKEN: z.string().min(1).optional(),
  /** where product photos go: local disk under DATA_DIR/uploads (served at /media), or an S3-compatible bucket */
  PHOTO_STORAGE: z.enum(["local", "s3"]).default("local"),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** public base URL the bucket's objects are read from */
  S3_PUBLIC_URL: z.url().optional(),
  /** Stripe secret key; without it card payment is hidden and cash on delivery still works */
  STRIPE_SECRET_KEY: z.string().regex(/^sk_(test|live)_/, "must be a Stripe secret key (sk_test_… or sk_live_…)").optional(),
  STRIPE_WEBHOOK_SECRET: z.string().regex(/^whsec_/, "must be a Stripe webhook secret (whsec_…)").optional(),
  /** another Stripe API address, e.g. the test emulator at http://127.0.0.1:12111 */
  STRIPE_API_BASE: z.url().optional(),
  /** signs the postal operator's tracking webhook (HMAC-SHA256); without it the webhook answers 404 */
  POSTAL_WEBHOOK_SECRET: z.string().min(16).optional(),
  /** the proxies in front of the app: false (none: the socket's address), a number of hops, or their addresses/CIDR ranges */
  TRUST_PROXY: z
    .string()
    .default("false")
    .refine((value) => {
      try {
        parseTrust(value);
        return true;
      } catch {
        return false;
      }
    }, 'false, a number of proxy hops (e.g. 1), or proxy addresses and CIDR ranges separated by commas; "true" would believe any client'),
});

export type Env = z.infer<typeof schema> & { SMS_PROVIDER: "log" | "http"; smsProviderChosen: boolean };

/** Parses process.env once; a bad value stops the process with a readable message. */
function parseEnv(): Env {
  // an empty variable means "not set"
  const values = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
  const result = schema.safeParse(values);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  const parsed = result.data;
  const env = { ...parsed, SMS_PROVIDER: parsed.SMS_PROVIDER ?? "log", smsProviderChosen: parsed.SMS_PROVIDER !== undefined };
  if (env.SMS_PROVIDER === "http" && !env.SMS_HTTP_URL) throw new Error("Invalid environment configuration:\n  SMS_HTTP_URL: required when SMS_PROVIDER=http");
  if (env.PHOTO_STORAGE === "s3") {
    const missing = (["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_PUBLIC_URL"] as const).filter((k) => !env[k]);
    if (missing.length) throw new Error(`Invalid environment configuration:\n  ${missing.join(", ")}: required when PHOTO_STORAGE=s3`);
  }
  if (env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET) {
    throw new Error("Invalid environment configuration:\n  STRIPE_WEBHOOK_SECRET: required with STRIPE_SECRET_KEY (orders become paid only from verified webhooks)");
  }
  if (env.NODE_ENV === "production" && env.DATABASE_URL && !env.BETTER_AUTH_SECRET) {
    throw new Error("Invalid environment configuration:\n  BETTER_AUTH_SECRET: required in production with DATABASE_URL, shared by every instance");
  }
  return env;
}

export const env = parseEnv();

/**
 * What only a server needs (command-line tools such as the network import send
 * no SMS): a real deployment, on a database server, must say where SMS go,
 * since the log provider prints sign-in codes.
 */
export function serverEnvProblem(e: Pick<Env, "DATABASE_URL" | "smsProviderChosen">): string | null {
  if (e.DATABASE_URL && !e.smsProviderChosen) {
    return "Invalid environment configuration:\n  SMS_PROVIDER: required with DATABASE_URL — http to send through your gateway, or log to print messages (sign-in codes included) to the console";
  }
  return null;
}

export const dataDir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.DATA_DIR);
