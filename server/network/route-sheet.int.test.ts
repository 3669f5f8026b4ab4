import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pickups, shipments, shops, user } from "@/db/schema";
import { demoMarkets } from "@/db/seed/data";
import { formatMoney } from "@/lib/money";
import { createTestApp, failure, type TestApp } from "@/test/app";
import { testDatabases } from "@/test/databases";
import { placeCodOrder } from "@/test/orders";
import { tomanTemplate } from "../fulfilment/labels/label-data";
import { routeSheet } from "./route-sheet";
import { routeSheetPdfStream } from "./route-sheet-pdf";

const run = promisify(execFile);
const ir = demoMarkets[0]!;
const ADMIN = "+989120000001";
const CLERK = "+989121110023";
const COUNTER = "IR-GL-RASHT-PO";
const DAY = "2026-12-05";


async function pdfText(stream: ReadableStream<Uint8Array>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "vp-route-"));
  try {
    const file = path.join(dir, "sheet.pdf");
    await writeFile(file, Buffer.from(await new Response(stream).arrayBuffer()));
    const { stdout } = await run("pdftotext", ["-layout", file, "-"]);
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe.each(testDatabases())("route sheet on $name", (target) => {
  let app: TestApp;
  let out: { tracking: string; number: string };
  let held: { tracking: string };
  let codMinor = 0;
  const shopSeed = ir.shops.find((s) => s.village === "ir-gl-rasht-chaparkhaneh")!;
  const cookies = new Map<string, string>();
  const as = async (phone: string) => {
    if (!cookies.has(phone)) cookies.set(phone, await app.signIn(phone));
    return (await app.caller({ cookie: cookies.get(phone), locale: "en" })).api;
  };

  beforeAll(async () => {
    app = await createTestApp(target);
    const product = ir.products.find((p) => p.shop === shopSeed.slug)!.slug;
    out = await placeCodOrder(app, { productSlug: product, villageSlug: "ir-gl-rasht-chaparkhaneh", postalCode: "4163512345", locale: "fa" });
    held = await placeCodOrder(app, { productSlug: product, villageSlug: "ir-gl-rasht-chaparkhaneh", postalCode: "4163512345", locale: "fa" });
    const admin = await as(ADMIN);
    const scan = (trackingNumber: string, status: "arrived_at_service_point" | "out_for_delivery") => admin.fulfilment.recordEvent({ trackingNumber, status, scanId: crypto.randomUUID() });
    await scan(out.tracking, "out_for_delivery");
    await scan(held.tracking, "arrived_at_service_point");
    [{ codMinor }] = (await app.handle.db.select({ codMinor: shipments.codAmountMinor }).from(shipments).where(eq(shipments.trackingNumber, out.tracking))) as [{ codMinor: number }];
    // the seller booked a collection for that day
    const [shop] = await app.handle.db.select({ id: shops.id }).from(shops).where(eq(shops.slug, shopSeed.slug));
    const [someone] = await app.handle.db.select({ id: user.id }).from(user).where(eq(user.phoneNumber, ADMIN));
    await app.handle.db.insert(pickups).values({ shopId: shop!.id, kind: "collection", date: DAY, timeWindow: "09:00-12:00", requestedBy: someone!.id });
    await as(CLERK);
    await admin.admin.setRole({ phone: CLERK, role: "operator" });
    await admin.network.assignStaff({ phone: CLERK, marketCode: "IR", servicePointCode: COUNTER });
  });
  afterAll(async () => {
    await app?.close();
  });

  it("the clerk's round lists the village with the collection, the parcels to deliver and the cash to collect", async () => {
    const sheet = await (await as(CLERK)).network.routeSheet({ date: DAY });
    expect(sheet.counter.code).toBe(COUNTER);
    const stop = sheet.stops.find((s) => s.deliveries.some((d) => d.trackingNumber === out.tracking));
    expect(stop).toBeDefined();
    expect(stop!.deliveries.map((d) => d.trackingNumber).sort()).toEqual([out.tracking, held.tracking].sort());
    expect(stop!.deliveries.find((d) => d.trackingNumber === out.tracking)).toMatchObject({ codMinor, recipientName: "Test Recipient", landmark: "by the school" });
    expect(stop!.collections).toEqual([expect.objectContaining({ shopPhone: shopSeed.phone, timeWindow: "09:00-12:00", collected: false })]);
    const [heldCod] = await app.handle.db.select({ cod: shipments.codAmountMinor }).from(shipments).where(eq(shipments.trackingNumber, held.tracking));
    expect(stop!.cashMinor).toBe(codMinor + heldCod!.cod);
    expect(sheet.totalCashMinor).toBe(sheet.stops.reduce((sum, s) => sum + s.cashMinor, 0));
    expect(sheet.totalCashMinor).toBeGreaterThanOrEqual(stop!.cashMinor);
    expect(sheet.currency).toBe("IRR");
  });

  it("a delivered parcel leaves the round; the next day has no collection", async () => {
    const admin = await as(ADMIN);
    await admin.fulfilment.recordEvent({ trackingNumber: held.tracking, status: "delivered", scanId: crypto.randomUUID(), codCollectedMinor: codMinor });
    const sheet = await (await as(CLERK)).network.routeSheet({ date: DAY });
    const all = sheet.stops.flatMap((s) => s.deliveries.map((d) => d.trackingNumber));
    expect(all).toContain(out.tracking);
    expect(all).not.toContain(held.tracking);
    const next = await (await as(CLERK)).network.routeSheet({ date: "2026-12-06" });
    expect(next.stops.flatMap((s) => s.collections)).toEqual([]);
  });

  it("an admin names the counter; a counter of another market is unknown to the clerk; a bad day is refused", async () => {
    const admin = await as(ADMIN);
    expect((await failure(admin.network.routeSheet({ date: DAY }))).code).toBe("BAD_REQUEST");
    expect((await admin.network.routeSheet({ date: DAY, counterCode: COUNTER })).stops.length).toBeGreaterThan(0);
    const clerk = await as(CLERK);
    expect((await failure(clerk.network.routeSheet({ date: DAY, counterCode: "VN-LA-CAN-DUOC-PO" }))).code).toBe("NOT_FOUND");
    expect((await failure(clerk.network.routeSheet({ date: "2026-13-40" }))).code).toBe("BAD_REQUEST");
    expect((await failure((await app.caller({ locale: "en" })).api.network.routeSheet({ date: DAY }))).code).toBe("UNAUTHORIZED");
  });

  it("the PDF lists the stops and the cash in the reader's language: Persian shaped, numbers left to right", async () => {
    const scope = { marketCode: "IR", servicePointId: null };
    const english = await routeSheet(app.handle.db, scope, { date: DAY, counterCode: COUNTER }, "en");
    const text = await pdfText(routeSheetPdfStream(english, "en"));
    expect(text).toContain("Route sheet");
    expect(text).toContain(out.tracking);
    expect(text).toContain("Cash to bring back");
    expect(text).toContain(formatMoney({ amountMinor: english.totalCashMinor, currency: "IRR" }, "en", tomanTemplate("en")));
    expect(text).toContain("Stop 1");

    const persian = await routeSheet(app.handle.db, scope, { date: DAY, counterCode: COUNTER }, "fa");
    const fa = await pdfText(routeSheetPdfStream(persian, "fa"));
    // the tracking number stays one left-to-right run inside the Persian lines
    expect(fa).toContain(out.tracking);
    expect(fa).toMatch(/برگه مسیر|ریسم هگرب/);
    expect(fa).toMatch(/[\u0600-\u06FF\uFB50-\uFEFF]/);
  });
});
