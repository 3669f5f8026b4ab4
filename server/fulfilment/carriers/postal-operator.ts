import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { EVENT_STATUSES } from "@/lib/tracking";
import { code, text } from "@/lib/text-schema";
import { AppError } from "../../errors";
import { allocateTrackingNumber } from "../allocate-s10";
import { normalizeS10 } from "../s10";
import type { Booking, BookingRequest, Carrier, WebhookDelivery } from "./carrier";

/** How old a signed webhook delivery may be before it is refused as a replay. */
const WEBHOOK_TOLERANCE_SECONDS = 300;
/** How far ahead of ours a carrier's clock may be. */
const MAX_CLOCK_AHEAD_MS = 10 * 60_000;
/** No parcel of the marketplace is older than this. */
const EARLIEST_EVENT = new Date("2020-01-01T00:00:00Z");
export const SIGNATURE_HEADER = "villagepost-signature";

const eventSchema = z.object({
  id: text({ min: 1, max: 200 }),
  trackingNumber: code({ max: 40 }),
  status: z.enum(EVENT_STATUSES),
  occurredAt: z.iso.datetime({ offset: true }),
  location: text({ max: 200 }).nullish(),
  servicePointCode: code({ max: 40 }).nullish(),
  codCollectedMinor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullish(),
});
// each event is checked on its own: one malformed event is rejected, the others go through
const payloadSchema = z.object({ events: z.array(z.unknown()).min(1).max(500) });

/** The signature header of a webhook body: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. */
export function signWebhook(rawBody: string, secret: string, at: Date = new Date()): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${rawBody}`).digest("hex")}`;
}

/** Whether a `Villagepost-Signature` header signs this body with the secret, within the tolerance. */
export function signatureValid(rawBody: string, header: string | null, secret: string, now: Date): boolean {
  if (!header) return false;
  const parts = new Map(header.split(",").map((part) => part.trim().split("=", 2) as [string, string]));
  const t = Number(parts.get("t"));
  const given = parts.get("v1") ?? "";
  if (!Number.isInteger(t) || Math.abs(now.getTime() / 1000 - t) > WEBHOOK_TOLERANCE_SECONDS || !/^[0-9a-f]{64}$/i.test(given)) return false;
  const expected = createHmac("sha256", secret).update(`${t}.${rawBody}`).digest();
  return timingSafeEqual(expected, Buffer.from(given, "hex"));
}

/**
 * A market's postal operator in contract-customer mode: the operator assigns
 * the marketplace S10 ranges; Villagepost numbers each parcel itself, prints
 * its label and hands the parcels over with a manifest. Pickup requests are
 * recorded here and listed on the postal staff's screen for the route day;
 * tracking events come back through the signed webhook or the staff's scans.
 */
export const postalOperator: Carrier = {
  code: "postal-operator",
  async book(tx: Tx, request: BookingRequest): Promise<Booking> {
    const allocated = await allocateTrackingNumber(tx, request.marketCode, request.service);
    if (allocated.low) console.warn(`S10 range ${allocated.rangeId} of ${request.marketCode}/${request.service}: ${allocated.remaining} numbers left`);
    return { trackingNumber: allocated.trackingNumber, carrierReference: null, numbersRunningLow: allocated.low };
  },
  // numbers are the marketplace's own: a withdrawn number is simply never handed over (nor reused)
  async cancel() {},
  async requestPickup() {
    return { carrierReference: null };
  },
  async handOverManifest() {},
  verifyWebhook(rawBody, headers, secret, now = new Date()): WebhookDelivery {
    if (!signatureValid(rawBody, headers.get(SIGNATURE_HEADER), secret, now)) throw new AppError("UNAUTHORIZED", "badSignature");
    let json: unknown;
    try {
      json = JSON.parse(rawBody);
    } catch {
      throw new AppError("BAD_REQUEST", "badRequest");
    }
    const parsed = payloadSchema.safeParse(json);
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join(".") || "events"))].join(", ");
      throw new AppError("BAD_REQUEST", "invalidInput", { fields });
    }
    const delivery: WebhookDelivery = { events: [], rejected: [] };
    for (const [index, raw] of parsed.data.events.entries()) {
      const checked = eventSchema.safeParse(raw);
      if (!checked.success) {
        const id = (raw as { id?: unknown } | null)?.id;
        delivery.rejected.push({ id: typeof id === "string" ? id.slice(0, 200) : `#${index}`, reason: "invalidInput" });
        continue;
      }
      const event = checked.data;
      const trackingNumber = normalizeS10(event.trackingNumber);
      const occurredAt = new Date(event.occurredAt);
      if (!trackingNumber) delivery.rejected.push({ id: event.id, reason: "invalidTrackingNumber" });
      // a clock far ahead would freeze the parcel: later scans would all look older
      else if (occurredAt.getTime() > now.getTime() + MAX_CLOCK_AHEAD_MS || occurredAt < EARLIEST_EVENT) delivery.rejected.push({ id: event.id, reason: "eventTimeImpossible" });
      else {
        delivery.events.push({
          id: event.id,
          trackingNumber,
          status: event.status,
          occurredAt,
          location: event.location ?? null,
          servicePointCode: event.servicePointCode ?? null,
          codCollectedMinor: event.codCollectedMinor ?? null,
        });
      }
    }
    return delivery;
  },
};

/** The carriers Villagepost speaks to; a courier later is one more entry (and a market column naming it). */
const CARRIERS: Carrier[] = [postalOperator];

/** The carrier that takes a market's parcels: every market's own postal operator, in contract-customer mode. */
export function carrierFor(marketCode: string): Carrier {
  void marketCode;
  return postalOperator;
}

/** A carrier by its code (webhook URLs name it), or undefined. */
export function carrierByCode(code: string): Carrier | undefined {
  return CARRIERS.find((carrier) => carrier.code === code);
}
