import { z } from "zod";
import { isLocale } from "@/lib/locales";
import { negotiateLocale } from "@/lib/negotiate-locale";
import { getAuth } from "@/server/auth";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { errorResponse } from "@/server/http/route-errors";
import { statementOf } from "@/server/money/statement";
import { statementCsv, statementFileName, statementPdfStream } from "@/server/money/statement-render";
import { resolveShopAccess } from "@/server/sellers/shop-access";
import { sessionUser } from "@/server/trpc/context";

/**
 * A shop's monthly statement: GET …/statements/1405-09?format=pdf|csv&locale=fa,
 * the month in the seller's calendar (Jalali for Persian). Members, linked
 * agents and admins may read it.
 */
export async function GET(request: Request, ctx: RouteContext<"/api/shops/[shopId]/statements/[period]">) {
  const url = new URL(request.url);
  const asked = url.searchParams.get("locale");
  const locale = isLocale(asked) ? asked : negotiateLocale(request.headers.get("x-locale"), request.headers.get("accept-language"));
  try {
    const { shopId, period } = await ctx.params;
    const match = /^(\d{4})-(\d{2})$/.exec(period);
    const format = url.searchParams.get("format") ?? "pdf";
    if (!match || !z.uuid().safeParse(shopId).success || (format !== "pdf" && format !== "csv")) throw new AppError("BAD_REQUEST", "badRequest");
    const [db, auth] = await Promise.all([getDb(), getAuth()]);
    const user = await sessionUser(auth, request.headers);
    if (!user) throw new AppError("UNAUTHORIZED", "signInRequired");
    if (user.role !== "admin") await resolveShopAccess(db, user, shopId);
    const statement = await statementOf(db, shopId, { year: Number(match[1]), month: Number(match[2]), locale });
    const headers = { "content-disposition": `attachment; filename="${statementFileName(statement, format)}"`, "cache-control": "private, no-store" };
    if (format === "csv") return new Response(statementCsv(statement), { headers: { ...headers, "content-type": "text/csv; charset=utf-8" } });
    return new Response(statementPdfStream(statement), { headers: { ...headers, "content-type": "application/pdf" } });
  } catch (error) {
    return errorResponse(error, locale);
  }
}
