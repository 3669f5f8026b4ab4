import { describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { formatS10 } from "../s10";
import { postalOperator, signWebhook } from "./postal-operator";

const SECRET = "unit-test-secret-0123456789";
const now = new Date("2026-11-22T08:00:00Z");
const number = formatS10("CP", 10_000_005, "IR");

function delivery(events: object[], options: { secret?: string; at?: Date } = {}) {
  const body = JSON.stringify({ events });
  return { body, headers: new Headers({ "villagepost-signature": signWebhook(body, options.secret ?? SECRET, options.at ?? now) }) };
}

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected a refusal");
}

const event = { id: "e1", trackingNumber: number.toLowerCase(), status: "in_transit", occurredAt: "2026-11-22T07:59:00+03:30" };

describe("the postal operator's webhook", () => {
  it("accepts a signed delivery and normalizes what it carries", () => {
    const { body, headers } = delivery([event, { ...event, id: "e2", status: "delivered", codCollectedMinor: 12_500_000 }]);
    const { events, rejected } = postalOperator.verifyWebhook(body, headers, SECRET, now);
    expect(rejected).toEqual([]);
    expect(events).toEqual([
      { id: "e1", trackingNumber: number, status: "in_transit", occurredAt: new Date("2026-11-22T04:29:00Z"), location: null, servicePointCode: null, codCollectedMinor: null },
      expect.objectContaining({ id: "e2", status: "delivered", codCollectedMinor: 12_500_000 }),
    ]);
  });

  it("refuses a wrong secret, a changed body, a stale or future timestamp and a missing header with 401", () => {
    const other = delivery([event], { secret: "another-secret-0123456789" });
    expect(refusal(() => postalOperator.verifyWebhook(other.body, other.headers, SECRET, now)).code).toBe("UNAUTHORIZED");
    const signed = delivery([event]);
    expect(refusal(() => postalOperator.verifyWebhook(signed.body.replace("e1", "e9"), signed.headers, SECRET, now)).code).toBe("UNAUTHORIZED");
    const stale = delivery([event], { at: new Date(now.getTime() - 301_000) });
    expect(refusal(() => postalOperator.verifyWebhook(stale.body, stale.headers, SECRET, now)).code).toBe("UNAUTHORIZED");
    const future = delivery([event], { at: new Date(now.getTime() + 301_000) });
    expect(refusal(() => postalOperator.verifyWebhook(future.body, future.headers, SECRET, now)).code).toBe("UNAUTHORIZED");
    expect(refusal(() => postalOperator.verifyWebhook(signed.body, new Headers(), SECRET, now)).code).toBe("UNAUTHORIZED");
    expect(refusal(() => postalOperator.verifyWebhook(signed.body, new Headers({ "villagepost-signature": "t=1,v1=zz" }), SECRET, now)).code).toBe(
      "UNAUTHORIZED",
    );
  });

  it("sets apart an event with a mistyped tracking number or an impossible time, and keeps the others", () => {
    const { body, headers } = delivery([
      { ...event, id: "bad-number", trackingNumber: "CP100000000IR" },
      { ...event, id: "future", occurredAt: "2026-11-22T09:00:00Z" },
      { ...event, id: "ancient", occurredAt: "0001-01-01T00:00:00Z" },
      event,
    ]);
    const { events, rejected } = postalOperator.verifyWebhook(body, headers, SECRET, now);
    expect(events.map((e) => e.id)).toEqual(["e1"]);
    expect(rejected).toEqual([
      { id: "bad-number", reason: "invalidTrackingNumber" },
      { id: "future", reason: "eventTimeImpossible" },
      { id: "ancient", reason: "eventTimeImpossible" },
    ]);
  });

  it("rejects a malformed event on its own (the initial or an unknown status, a bad date or amount) and takes the rest", () => {
    const malformed = [
      { ...event, id: "a", status: "label_created" },
      { ...event, id: "b", status: "lost_in_space" },
      { ...event, id: "c", occurredAt: "yesterday" },
      { ...event, id: "d", codCollectedMinor: 1.5 },
      ["not an event"],
    ];
    const { body, headers } = delivery([...malformed, { ...event, id: "good" }]);
    const parsed = postalOperator.verifyWebhook(body, headers, SECRET, now);
    expect(parsed.events.map((e) => e.id)).toEqual(["good"]);
    expect(parsed.rejected).toEqual([
      { id: "a", reason: "invalidInput" },
      { id: "b", reason: "invalidInput" },
      { id: "c", reason: "invalidInput" },
      { id: "d", reason: "invalidInput" },
      { id: "#4", reason: "invalidInput" },
    ]);
  });

  it("refuses a body that is not a delivery with 400: an empty or oversized batch, not JSON", () => {
    const cases = [[], Array.from({ length: 501 }, (_, i) => ({ ...event, id: `e${i}` }))];
    for (const events of cases) {
      const { body, headers } = delivery(events);
      expect(refusal(() => postalOperator.verifyWebhook(body, headers, SECRET, now)).code).toBe("BAD_REQUEST");
    }
    const text = "not json";
    const headers = new Headers({ "villagepost-signature": signWebhook(text, SECRET, now) });
    expect(refusal(() => postalOperator.verifyWebhook(text, headers, SECRET, now)).code).toBe("BAD_REQUEST");
  });
});
