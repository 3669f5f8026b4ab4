import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getAuth } from "@/server/auth";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { readBodyLimited } from "@/server/http/read-body";
import { requestServices } from "@/server/services";
import { createContext } from "@/server/trpc/context";
import { appRouter } from "@/server/trpc/root";
import { translateError } from "@/server/trpc/translate-error";
import { negotiateLocale } from "@/lib/negotiate-locale";

/** A JSON body larger than this is refused as it streams in, before it is parsed. */
const TRPC_BODY_LIMIT = 64 * 1024;
/** Calls one batched request may carry. */
const TRPC_MAX_BATCH = 10;

function refuse(request: Request, status: number, key: Parameters<typeof translateError>[1], params: Record<string, string | number> = {}) {
  const locale = negotiateLocale(request.headers.get("x-locale"), request.headers.get("accept-language"));
  return Response.json({ error: { json: { message: translateError(locale, key, params), code: -32600, data: { httpStatus: status } } } }, { status });
}

async function handler(request: Request) {
  // a form posted from another site cannot be JSON without a CORS preflight: mutations accept JSON only
  if (request.method === "POST" && !request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return refuse(request, 415, "jsonOnly");
  }
  const paths = decodeURIComponent(new URL(request.url).pathname.replace(/^\/api\/trpc\/?/, "")).split(",");
  // each sign-in call is counted on its own: a batch must not carry one, or carry many calls
  if (paths.length > 1 && paths.some((path) => path.startsWith("auth."))) return refuse(request, 400, "noBatch");
  if (paths.length > TRPC_MAX_BATCH) return refuse(request, 400, "batchTooLarge", { max: TRPC_MAX_BATCH });
  let req = request;
  if (request.method === "POST") {
    try {
      const body = await readBodyLimited(request, TRPC_BODY_LIMIT);
      req = new Request(request.url, { method: "POST", headers: request.headers, body });
    } catch (error) {
      if (error instanceof AppError) return refuse(request, error.code === "PAYLOAD_TOO_LARGE" ? 413 : 400, error.messageKey, error.params);
      throw error;
    }
  }
  const [db, auth] = await Promise.all([getDb(), getAuth()]);
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    maxBatchSize: TRPC_MAX_BATCH,
    createContext: ({ resHeaders }) => createContext({ db, auth, headers: request.headers, resHeaders, ...requestServices() }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
