import { getDb } from "@/server/db";
import { env } from "@/server/env";
import { carrierByCode } from "@/server/fulfilment/carriers/postal-operator";
import { ingestCarrierEvents } from "@/server/fulfilment/ingest";
import { errorResponse } from "@/server/http/route-errors";
import { requestServices } from "@/server/services";

/** Bodies above this are refused before they are read whole. */
const MAX_BODY_BYTES = 512 * 1024;

/**
 * A carrier's tracking webhook: POST {"events":[…]} signed with
 * `Villagepost-Signature: t=…,v1=HMAC-SHA256(secret, "t.body")`. A bad or stale
 * signature is 401 and changes nothing; each event id is recorded once; events
 * about unknown parcels are listed as rejected in a 200 so they are not resent.
 */
export async function POST(request: Request, ctx: RouteContext<"/api/carriers/[carrier]/events">) {
  const { carrier: code } = await ctx.params;
  const carrier = carrierByCode(code);
  if (!carrier || !env.POSTAL_WEBHOOK_SECRET) return Response.json({ error: { code: "NOT_FOUND", message: "No such carrier webhook" } }, { status: 404 });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    return Response.json({ error: { code: "PAYLOAD_TOO_LARGE", message: "At most 512 KB per delivery" } }, { status: 413 });
  }
  try {
    const body = await request.text();
    const events = carrier.verifyWebhook(body, request.headers, env.POSTAL_WEBHOOK_SECRET);
    const result = await ingestCarrierEvents(await getDb(), requestServices().sms, carrier.code, events);
    return Response.json({ received: events.length, ...result });
  } catch (error) {
    return errorResponse(error, "en");
  }
}
