import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { carrierByCode, SIGNATURE_HEADER, signatureValid } from "@/server/fulfilment/carriers/postal-operator";
import { readBodyLimited } from "@/server/http/read-body";
import { errorResponse } from "@/server/http/route-errors";
import { importRemittanceFile, MAX_REMITTANCE_BYTES } from "@/server/money/remittance-upload";

/**
 * The postal operator's system sends its remittance file here as CSV:
 * POST /api/carriers/postal-operator/remittances?market=IR, signed like the
 * tracking webhook (`Villagepost-Signature: t=…,v1=HMAC-SHA256(secret, "t.body")`).
 * A bad signature is 401 and changes nothing; the same file twice is one import.
 */
export async function POST(request: Request, ctx: RouteContext<"/api/carriers/[carrier]/remittances">) {
  const { carrier: code } = await ctx.params;
  const carrier = carrierByCode(code);
  if (!carrier || !env.POSTAL_WEBHOOK_SECRET) return Response.json({ error: { code: "NOT_FOUND", message: "No such carrier webhook" } }, { status: 404 });
  try {
    const body = await readBodyLimited(request, MAX_REMITTANCE_BYTES);
    if (!signatureValid(body, request.headers.get(SIGNATURE_HEADER), env.POSTAL_WEBHOOK_SECRET, new Date())) throw new AppError("UNAUTHORIZED", "badSignature");
    const market = (new URL(request.url).searchParams.get("market") ?? "").toUpperCase();
    if (!/^[A-Z]{2}$/.test(market)) throw new AppError("BAD_REQUEST", "badRequest");
    const result = await importRemittanceFile(await getDb(), { bytes: new TextEncoder().encode(body), marketCode: market, carrier: carrier.code, source: "webhook", importedBy: null, locale: "en" });
    return Response.json(result);
  } catch (error) {
    return errorResponse(error, "en");
  }
}
