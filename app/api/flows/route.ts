import { createTranslator } from "use-intl/core";
import { isLocale } from "@/lib/locales";
import { loadMessages } from "@/lib/messages";
import { negotiateLocale } from "@/lib/negotiate-locale";
import { getAuth } from "@/server/auth";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { errorResponse } from "@/server/http/route-errors";
import { FLOW_COLUMNS, flowsCsv, provinceFlows } from "@/server/network/flows";
import { flowsInput } from "@/server/network/network.schema";
import { staffScope } from "@/server/network/staff";
import { sessionUser } from "@/server/trpc/context";

/** The flows per province and month as CSV: ?market=XX&from=YYYY-MM&to=YYYY-MM&locale=fa. Admins any market, postal staff their own. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const asked = url.searchParams.get("locale");
  const locale = isLocale(asked) ? asked : negotiateLocale(request.headers.get("x-locale"), request.headers.get("accept-language"));
  try {
    const input = flowsInput.safeParse({ marketCode: url.searchParams.get("market") ?? "", from: url.searchParams.get("from") ?? "", to: url.searchParams.get("to") ?? "" });
    if (!input.success) throw new AppError("BAD_REQUEST", "badRequest");
    const [db, auth] = await Promise.all([getDb(), getAuth()]);
    const user = await sessionUser(auth, request.headers);
    if (!user) throw new AppError("UNAUTHORIZED", "signInRequired");
    if (user.role !== "operator" && user.role !== "admin") throw new AppError("FORBIDDEN", "forbidden");
    const scope = await staffScope(db, user);
    const query = { ...input.data, marketCode: scope.marketCode ?? input.data.marketCode };
    const flows = await provinceFlows(db, query, locale);
    const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "network.flows" });
    const csv = flowsCsv(flows, Object.fromEntries(FLOW_COLUMNS.map((c) => [c, t(c)])) as Record<(typeof FLOW_COLUMNS)[number], string>);
    const name = `flows-${query.marketCode}-${query.from}-${query.to}.csv`;
    return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"`, "cache-control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error, locale);
  }
}
