import { isLocale } from "@/lib/locales";
import { negotiateLocale } from "@/lib/negotiate-locale";
import { getAuth } from "@/server/auth";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { manifestPdfStream } from "@/server/fulfilment/labels/manifest";
import { manifestCsv } from "@/server/fulfilment/labels/manifest-data";
import { manifestDocument } from "@/server/fulfilment/manifest-source";
import { errorResponse } from "@/server/http/route-errors";
import { parseReadableNumber } from "@/server/lib/readable-number";
import { sessionUser } from "@/server/trpc/context";

/** A manifest (dispatch list) as PDF, with its number as a barcode for the counter, or as CSV: ?format=pdf|csv&locale=fa. */
export async function GET(request: Request, ctx: RouteContext<"/api/manifests/[number]">) {
  const url = new URL(request.url);
  const asked = url.searchParams.get("locale");
  const locale = isLocale(asked) ? asked : negotiateLocale(request.headers.get("x-locale"), request.headers.get("accept-language"));
  try {
    const number = parseReadableNumber("MF", (await ctx.params).number);
    const format = url.searchParams.get("format") ?? "pdf";
    if (!number || (format !== "pdf" && format !== "csv")) throw new AppError("BAD_REQUEST", "badRequest");
    const [db, auth] = await Promise.all([getDb(), getAuth()]);
    const user = await sessionUser(auth, request.headers);
    if (!user) throw new AppError("UNAUTHORIZED", "signInRequired");
    const manifest = await manifestDocument(db, user, number, locale);
    const headers = { "content-disposition": `attachment; filename="${number}.${format}"`, "cache-control": "private, no-store" };
    if (format === "csv") return new Response(manifestCsv(manifest), { headers: { ...headers, "content-type": "text/csv; charset=utf-8" } });
    return new Response(manifestPdfStream(manifest), { headers: { ...headers, "content-type": "application/pdf" } });
  } catch (error) {
    return errorResponse(error, locale);
  }
}
