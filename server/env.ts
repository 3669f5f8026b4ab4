import path from "node:path";
import { z } from "zod";

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
});

export type Env = z.infer<typeof schema>;

/** Parses process.env once; a bad value stops the process with a readable message. */
function parseEnv(): Env {
  const result = schema.safeParse({
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL || undefined,
  });
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

export const env = parseEnv();

export const dataDir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.DATA_DIR);
