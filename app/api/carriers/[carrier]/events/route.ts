import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { carrierByCode } from "@/server/fulfilment/carriers/postal-operator";
import { ingestCarrierEvents } from "@/server/fulfilment/ingest";
import { readBodyLimited } from "@/server/http/read-body";
import { errorResponse } from "@/server/http/route-errors";
import { requestServices } from "@/server/services";

/** Bodies above this are refused before they are read whole. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * A carrier's tracking webhook: POST {"events":[…]} signed with
 * `Villagepost-Signature: t=…,v1=HMAC-SHA256(secret, "t.body")`. A bad or stale
 * signature is 401 and changes nothing; each event id is recorded once; events
 * that cannot be taken (an unknown parcel, a mistyped number, an impossible
 * time, a malformed event) are listed as rejected in a 200, so the rest are not
 * held back or resent.
 */
export async function POST(request: Request, ctx: RouteContext<"/api/carriers/[carrier]/events">) {
  const { carrier: code } = await ctx.params;
  const carrier = carrierByCode(code);
  if (!carrier || !env.POSTAL_WEBHOOK_SECRET) return Response.json({ error: { code: "NOT_FOUND", message: "No such carrier webhook" } }, { status: 404 });
  try {
    const body = await readBodyLimited(request, MAX_BODY_BYTES);
    const delivery = carrier.verifyWebhook(body, request.headers, env.POSTAL_WEBHOOK_SECRET);
    const { sms, stripe } = requestServices();
    const result = await ingestCarrierEvents({ db: await getDb(), sms, stripe }, carrier.code, delivery);
    return Response.json({ received: delivery.events.length + delivery.rejected.length, ...result });
  } catch (error) {
    return errorResponse(error, "en");
  }
}
