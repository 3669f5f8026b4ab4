import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { headers } from "next/headers";
import { cache } from "react";
import { TRPCError } from "@trpc/server";
import type { Locale } from "@/lib/locales";
import { getAuth } from "../auth";
import { getDb } from "../db";
import { requestServices } from "../services";
import { createContext } from "./context";
import { createCaller } from "./root";

/**
 * The tRPC caller for public Server Components (catalog): no session, no
 * request headers read, so the pages stay cacheable.
 */
export const serverApi = cache(async (locale: Locale) =>
  createCaller({
    db: await getDb(),
    auth: await getAuth(),
    locale,
    headers: new Headers(),
    resHeaders: new Headers(),
    user: null,
    ip: "server",
    cartToken: null,
    ...requestServices(),
  }),
);

/** The caller for signed-in pages (seller portal, admin): reads the session cookie. */
export const sessionApi = cache(async (locale: Locale) => {
  const [db, auth, requestHeaders] = await Promise.all([getDb(), getAuth(), headers()]);
  const ctx = await createContext({
    db,
    auth,
    headers: new Headers(requestHeaders),
    resHeaders: new Headers(),
    ...requestServices(),
  });
  // a page asking for something the person's role does not allow answers 403 with the forbidden page, not a 500
  const api = createCaller({ ...ctx, locale }, { onError: ({ error }) => (error.code === "FORBIDDEN" ? forbidden() : undefined) });
  return { api, user: ctx.user };
});

/** Runs a query for a page; NOT_FOUND and bad input (a malformed slug in the URL) render the 404 page. */
export async function loadOr404<T>(query: Promise<T>): Promise<T> {
  try {
    return await query;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

/**
 * For signed-in pages: the caller and the person, or a redirect to the
 * sign-in page that comes back to `path` afterwards.
 */
export async function requireSession(locale: Locale, path: string) {
  const session = await sessionApi(locale);
  if (!session.user) redirect(`/${locale}/sign-in?next=${encodeURIComponent(`/${locale}${path}`)}`);
  return { api: session.api, user: session.user };
}
