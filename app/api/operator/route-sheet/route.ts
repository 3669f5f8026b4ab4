import { isLocale } from "@/lib/locales";
import { negotiateLocale } from "@/lib/negotiate-locale";
import { getAuth } from "@/server/auth";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { errorResponse } from "@/server/http/route-errors";
import { routeSheetInput } from "@/server/network/network.schema";
import { routeSheet } from "@/server/network/route-sheet";
import { routeSheetFileName, routeSheetPdfStream } from "@/server/network/route-sheet-pdf";
import { staffScope } from "@/server/network/staff";
import { sessionUser } from "@/server/trpc/context";

/** A postman's route sheet as PDF: ?date=YYYY-MM-DD&counter=CODE&locale=fa (staff of a counter may leave out the counter). */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const asked = url.searchParams.get("locale");
  const locale = isLocale(asked) ? asked : negotiateLocale(request.headers.get("x-locale"), request.headers.get("accept-language"));
  try {
    const input = routeSheetInput.safeParse({ date: url.searchParams.get("date") ?? "", ...(url.searchParams.get("counter") ? { counterCode: url.searchParams.get("counter") } : {}) });
    if (!input.success) throw new AppError("BAD_REQUEST", "badRequest");
    const [db, auth] = await Promise.all([getDb(), getAuth()]);
    const user = await sessionUser(auth, request.headers);
    if (!user) throw new AppError("UNAUTHORIZED", "signInRequired");
    if (user.role !== "operator" && user.role !== "admin") throw new AppError("FORBIDDEN", "forbidden");
    const sheet = await routeSheet(db, await staffScope(db, user), input.data, locale);
    return new Response(routeSheetPdfStream(sheet, locale), {
      headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${routeSheetFileName(sheet)}"`, "cache-control": "private, no-store" },
    });
  } catch (error) {
    return errorResponse(error, locale);
  }
}
