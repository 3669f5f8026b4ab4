import { negotiateLocale } from "@/lib/negotiate-locale";
import { getAuth } from "@/server/auth";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { readBytesLimited } from "@/server/http/read-body";
import { errorResponse } from "@/server/http/route-errors";
import { importRegions } from "@/server/network/import/import-regions";
import { importServicePoints } from "@/server/network/import/points";
import { reasonText } from "@/server/network/import/reasons";
import { sessionUser } from "@/server/trpc/context";

/** A network file of 200,000 rows is about 30 MB of CSV. */
const MAX_BYTES = 40 * 1024 * 1024;

/**
 * An admin's upload of a network file (CSV or XLSX as the raw body; the file
 * name in X-File-Name): regions, or service points with `?kind=points`. Imported whole, or refused with every bad row named by
 * its line and reason in the admin's language (422).
 */
export async function POST(request: Request) {
  const locale = negotiateLocale(request.headers.get("x-locale"), request.headers.get("accept-language"));
  try {
    const [db, auth] = await Promise.all([getDb(), getAuth()]);
    const user = await sessionUser(auth, request.headers);
    if (!user) throw new AppError("UNAUTHORIZED", "signInRequired");
    if (user.role !== "admin") throw new AppError("FORBIDDEN", "forbidden");
    const bytes = await readBytesLimited(request, MAX_BYTES);
    if (bytes.length === 0) throw new AppError("BAD_REQUEST", "networkFileMissing");
    const fileName = decodeURIComponent(request.headers.get("x-file-name") ?? "upload").slice(0, 200);
    const kind = new URL(request.url).searchParams.get("kind") ?? "regions";
    if (kind !== "regions" && kind !== "points") throw new AppError("BAD_REQUEST", "badRequest");
    const result = await (kind === "points" ? importServicePoints : importRegions)(db, bytes, { actorId: user.id, fileName });
    const errors = result.errors.slice(0, 1000).map((e) => ({ line: e.line, message: reasonText(locale, e) }));
    return Response.json({ ...result, errors }, { status: result.rejected > 0 ? 422 : 200, headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error instanceof URIError ? new AppError("BAD_REQUEST", "badRequest") : error, locale);
  }
}
