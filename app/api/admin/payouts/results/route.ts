import { negotiateLocale } from "@/lib/negotiate-locale";
import { getAuth } from "@/server/auth";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { readBytesLimited } from "@/server/http/read-body";
import { errorResponse } from "@/server/http/route-errors";
import { importBankResults } from "@/server/money/bank-payouts";
import { sessionUser } from "@/server/trpc/context";

/** The bank's results for payouts (CSV or XLSX: payout_id, status paid|failed, reason), imported whole or not at all. */
export async function POST(request: Request) {
  const locale = negotiateLocale(request.headers.get("x-locale"), request.headers.get("accept-language"));
  try {
    const [db, auth] = await Promise.all([getDb(), getAuth()]);
    const user = await sessionUser(auth, request.headers);
    if (!user) throw new AppError("UNAUTHORIZED", "signInRequired");
    if (user.role !== "admin") throw new AppError("FORBIDDEN", "forbidden");
    return Response.json(await importBankResults(db, await readBytesLimited(request, 2 * 1024 * 1024), locale));
  } catch (error) {
    return errorResponse(error, locale);
  }
}
