import { isLocale } from "@/lib/locales";
import { negotiateLocale } from "@/lib/negotiate-locale";
import { getAuth } from "@/server/auth";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { readBytesLimited } from "@/server/http/read-body";
import { errorResponse } from "@/server/http/route-errors";
import { importRemittanceFile, MAX_REMITTANCE_BYTES } from "@/server/money/remittance-upload";
import { sessionUser } from "@/server/trpc/context";

/**
 * An admin uploads the post's remittance file (CSV or XLSX, the file's bytes
 * as the body): POST /api/admin/remittances?market=IR&locale=fa. All rows are
 * imported or none; the answer counts each reconciliation case.
 */
export async function POST(request: Request) {
  const url = new URL(request.url);
  const asked = url.searchParams.get("locale");
  const locale = isLocale(asked) ? asked : negotiateLocale(request.headers.get("x-locale"), request.headers.get("accept-language"));
  try {
    const [db, auth] = await Promise.all([getDb(), getAuth()]);
    const user = await sessionUser(auth, request.headers);
    if (!user) throw new AppError("UNAUTHORIZED", "signInRequired");
    if (user.role !== "admin") throw new AppError("FORBIDDEN", "forbidden");
    const market = (url.searchParams.get("market") ?? "").toUpperCase();
    if (!/^[A-Z]{2}$/.test(market)) throw new AppError("BAD_REQUEST", "badRequest");
    const bytes = await readBytesLimited(request, MAX_REMITTANCE_BYTES);
    const result = await importRemittanceFile(db, { bytes, marketCode: market, source: "upload", importedBy: user.id, locale });
    return Response.json(result);
  } catch (error) {
    return errorResponse(error, locale);
  }
}
