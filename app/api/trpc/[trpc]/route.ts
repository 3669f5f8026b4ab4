import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getAuth } from "@/server/auth";
import { getDb } from "@/server/db";
import { requestServices } from "@/server/services";
import { createContext } from "@/server/trpc/context";
import { appRouter } from "@/server/trpc/root";
import { translateError } from "@/server/trpc/translate-error";
import { negotiateLocale } from "@/lib/negotiate-locale";

async function handler(request: Request) {
  // a form posted from another site cannot be JSON without a CORS preflight: mutations accept JSON only
  if (request.method === "POST" && !request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    const locale = negotiateLocale(request.headers.get("x-locale"), request.headers.get("accept-language"));
    return Response.json({ error: { json: { message: translateError(locale, "jsonOnly"), code: -32600 } } }, { status: 415 });
  }
  const [db, auth] = await Promise.all([getDb(), getAuth()]);
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: ({ resHeaders }) => createContext({ db, auth, headers: request.headers, resHeaders, ...requestServices() }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
