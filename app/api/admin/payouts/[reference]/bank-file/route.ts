import { negotiateLocale } from "@/lib/negotiate-locale";
import { getAuth } from "@/server/auth";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { errorResponse } from "@/server/http/route-errors";
import { parseReadableNumber } from "@/server/lib/readable-number";
import { bankFileCsv } from "@/server/money/bank-payouts";
import { sessionUser } from "@/server/trpc/context";

/** A bank payout batch (Iran) as the CSV the admin hands to the bank: Sheba, holder's name, amount in rials. */
export async function GET(request: Request, ctx: RouteContext<"/api/admin/payouts/[reference]/bank-file">) {
  const locale = negotiateLocale(request.headers.get("x-locale"), request.headers.get("accept-language"));
  try {
    const reference = parseReadableNumber("PB", (await ctx.params).reference);
    if (!reference) throw new AppError("BAD_REQUEST", "badRequest");
    const [db, auth] = await Promise.all([getDb(), getAuth()]);
    const user = await sessionUser(auth, request.headers);
    if (!user) throw new AppError("UNAUTHORIZED", "signInRequired");
    if (user.role !== "admin") throw new AppError("FORBIDDEN", "forbidden");
    const csv = await bankFileCsv(db, reference);
    return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${reference}.csv"`, "cache-control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error, locale);
  }
}
