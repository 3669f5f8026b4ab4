import { negotiateLocale } from "@/lib/negotiate-locale";
import type { Locale } from "@/lib/locales";
import type { Database } from "@/db/client";
import { getDb } from "../db";

/** What every procedure sees. Later tiers narrow it (a session, a shop). */
export interface Context {
  db: Database;
  /** the language errors are written in */
  locale: Locale;
}

/** Context for the HTTP handler: the language comes from x-locale, then Accept-Language. */
export async function createHttpContext(request: Request): Promise<Context> {
  return {
    db: await getDb(),
    locale: negotiateLocale(request.headers.get("x-locale"), request.headers.get("accept-language")),
  };
}
