import { z } from "zod";
import { isLocale } from "@/lib/locales";
import { negotiateLocale } from "@/lib/negotiate-locale";
import { getAuth } from "@/server/auth";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { countLabels, labelsOf, type LabelSelection } from "@/server/fulfilment/label-source";
import { pooledLabelStream } from "@/server/fulfilment/labels/pool";
import { readBodyLimited } from "@/server/http/read-body";
import { errorResponse } from "@/server/http/route-errors";
import { resolveShopAccess } from "@/server/sellers/shop-access";
import { sessionUser } from "@/server/trpc/context";

/** 20,000 quoted ids and the options fit well within this. */
const BODY_LIMIT = 1024 * 1024;

const body = z
  .object({
    format: z.enum(["pdf", "zpl"]).default("pdf"),
    size: z.enum(["a6", "4x6"]).default("a6"),
    locale: z.string().optional(),
    shipmentIds: z.array(z.uuid()).min(1).max(20_000).optional(),
    select: z.enum(["unprinted", "all"]).optional(),
  })
  .strict();

/**
 * A shop's parcel labels as one file — PDF (A6 or 4×6 in) or ZPL for thermal
 * printers — streamed while it is made: pages are rendered in worker threads a
 * few hundred at a time as the client reads, so memory stays flat for tens of
 * thousands of labels and the server stays responsive. X-Label-Count tells the
 * browser how many labels to expect, for its progress bar. The shop's members,
 * its agents and postal staff may print.
 */
export async function POST(request: Request, ctx: RouteContext<"/api/shops/[shopId]/labels">) {
  let locale = negotiateLocale(request.headers.get("x-locale"), request.headers.get("accept-language"));
  try {
    const { shopId } = await ctx.params;
    // who asks is known before the body is read; the body (at most 20,000 ids) is capped as it streams
    const [db, auth] = await Promise.all([getDb(), getAuth()]);
    const user = await sessionUser(auth, request.headers);
    if (!user) throw new AppError("UNAUTHORIZED", "signInRequired");
    const raw = await readBodyLimited(request, BODY_LIMIT);
    let json: unknown = null;
    try {
      json = JSON.parse(raw);
    } catch {
      // answered below as a bad request
    }
    const parsed = body.safeParse(json);
    if (!parsed.success || !z.uuid().safeParse(shopId).success) throw new AppError("BAD_REQUEST", "badRequest");
    const input = parsed.data;
    if (input.locale && isLocale(input.locale)) locale = input.locale;
    if (user.role !== "operator" && user.role !== "admin") await resolveShopAccess(db, user, shopId);

    const selection: LabelSelection = input.shipmentIds ? { shipmentIds: input.shipmentIds } : { select: input.select ?? "unprinted" };
    const total = await countLabels(db, shopId, selection);
    if (total === 0) throw new AppError("BAD_REQUEST", "noLabelsToPrint");
    const labels = labelsOf(db, shopId, selection);
    // drawn in the label pool's worker threads: the server answers other requests meanwhile
    const stream = pooledLabelStream(labels, { format: input.format, size: input.size });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(stream, {
      headers: {
        "content-type": input.format === "zpl" ? "application/x-zpl; charset=utf-8" : "application/pdf",
        "content-disposition": `attachment; filename="labels-${day}-${total}.${input.format}"`,
        "x-label-count": String(total),
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error, locale);
  }
}
