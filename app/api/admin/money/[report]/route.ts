import { negotiateLocale } from "@/lib/negotiate-locale";
import { getAuth } from "@/server/auth";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { errorResponse } from "@/server/http/route-errors";
import { MONEY_REPORTS, moneyReportCsv, type MoneyReport } from "@/server/money/admin-reports";
import { sessionUser } from "@/server/trpc/context";

/** An admin money report as CSV: cash-in-transit, unreconciled, commissions or payouts. */
export async function GET(request: Request, ctx: RouteContext<"/api/admin/money/[report]">) {
  const locale = negotiateLocale(request.headers.get("x-locale"), request.headers.get("accept-language"));
  try {
    const { report } = await ctx.params;
    if (!MONEY_REPORTS.includes(report as MoneyReport)) throw new AppError("NOT_FOUND", "notFound");
    const [db, auth] = await Promise.all([getDb(), getAuth()]);
    const user = await sessionUser(auth, request.headers);
    if (!user) throw new AppError("UNAUTHORIZED", "signInRequired");
    if (user.role !== "admin") throw new AppError("FORBIDDEN", "forbidden");
    const csv = await moneyReportCsv(db, report as MoneyReport);
    return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${report}.csv"`, "cache-control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error, locale);
  }
}
