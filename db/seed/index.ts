import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Database, Tx } from "../client";
import * as s from "../schema";
import { categories } from "./data/categories";
import { markets } from "./data/markets";
import type { MarketCode, SeedMarketData, SeedRegion } from "./types";
import { demoMarkets } from "./data";
import * as logistics from "./data/logistics";
// the search form is the application's, so the seed stores exactly what a seller's save would
import { searchKeys } from "../../lib/search-keys";
import { holidays } from "./data/holidays";

const IMAGE_SIZE = 800;

function first<T>(rows: T[], what: string): T {
  const [row] = rows;
  if (!row) throw new Error(`Seeding ${what} returned no row`);
  return row;
}
const CURRENCY: Record<MarketCode, string> = { IR: "IRR", CN: "CNY", VN: "VND" };
const SOURCE_LOCALE: Record<MarketCode, string> = { IR: "fa", CN: "zh", VN: "vi" };

/** True when the demo (or any) marketplace data is present. */
export async function isSeeded(db: Database): Promise<boolean> {
  const rows = await db.select({ code: s.markets.code }).from(s.markets).limit(1);
  return rows.length > 0;
}

/** Removes all catalog data (for `npm run db:seed -- --reset`). */
export async function resetCatalog(db: Database): Promise<void> {
  await db.execute(
    sql`truncate ${s.servicePointVillages}, ${s.staffAssignments}, ${s.calendarExceptions}, ${s.networkAudit}, ${s.ledgerEntries}, ${s.ledgerTransactions}, ${s.remittanceLines}, ${s.remittanceImports}, ${s.payouts}, ${s.payoutBatches}, ${s.shopPayoutAccounts}, ${s.orderLineCommissions}, ${s.commissionRules}, ${s.marketMoneySettings}, ${s.trackingEvents}, ${s.redeliveryRequests}, ${s.manifests}, ${s.pickups}, ${s.s10Ranges}, ${s.payments}, ${s.stripeEvents}, ${s.orderLines}, ${s.shipments}, ${s.orders}, ${s.cartItems}, ${s.carts}, ${s.addresses}, ${s.tariffPrices}, ${s.tariffVersions}, ${s.routeSchedules}, ${s.servicePoints}, ${s.auditLog}, ${s.agentLinks}, ${s.shopMembers}, ${s.stockAdjustments}, ${s.productImages}, ${s.variants}, ${s.productTranslations}, ${s.products}, ${s.categories}, ${s.shops}, ${s.regions}, ${s.markets} cascade`,
  );
}

async function insertRegions(tx: Tx, market: MarketCode, nodes: SeedRegion[], parentId: string | null, depth: number, ids: Map<string, string>) {
  const level = (["province", "county", "village"] as const)[depth];
  if (!level) throw new Error(`Region tree of ${market} is deeper than province → county → village`);
  for (const [position, node] of nodes.entries()) {
    const row = first(
      await tx
        .insert(s.regions)
        .values({ slug: node.slug, code: node.slug, marketCode: market, parentId, level, name: node.name, lat: node.lat, lng: node.lng, position })
        .returning({ id: s.regions.id }),
      `region ${node.slug}`,
    );
    ids.set(node.slug, row.id);
    if (node.children) await insertRegions(tx, market, node.children, row.id, depth + 1, ids);
  }
}

async function insertMarket(tx: Tx, data: SeedMarketData, categoryIds: Map<string, string>) {
  const regionIds = new Map<string, string>();
  await insertRegions(tx, data.market, data.regions, null, 0, regionIds);
  const need = (map: Map<string, string>, key: string, what: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Seed data of ${data.market}: unknown ${what} "${key}"`);
    return id;
  };
  const shopIds = new Map<string, string>();
  for (const shop of data.shops) {
    const rows = await tx
      .insert(s.shops)
      .values({
        slug: shop.slug,
        marketCode: data.market,
        villageId: need(regionIds, shop.village, "village"),
        status: "approved",
        name: shop.name,
        story: shop.story,
        phone: shop.phone,
        sourceLocale: SOURCE_LOCALE[data.market],
        payoutMethod: "post_office",
        payoutAccount: `${shop.phone.slice(-6)}0042`,
      })
      .returning({ id: s.shops.id });
    const shopId = first(rows, `shop ${shop.slug}`).id;
    shopIds.set(shop.slug, shopId);
    // the shop's phone signs in as its owner (by SMS code: no password anywhere)
    const ownerId = await upsertUser(tx, { phone: shop.phone, name: shop.name[SOURCE_LOCALE[data.market] as "fa"], role: "shopper", locale: SOURCE_LOCALE[data.market] });
    await tx.insert(s.shopMembers).values({ shopId, userId: ownerId, role: "owner" });
  }
  for (const product of data.products) {
    const rows = await tx
      .insert(s.products)
      .values({
        slug: product.slug,
        shopId: need(shopIds, product.shop, "shop"),
        categoryId: need(categoryIds, product.category, "category"),
        status: "active",
        featured: product.featured ?? false,
        sourceLocale: SOURCE_LOCALE[data.market],
        originRegionId: need(regionIds, product.originVillage, "village"),
        harvestedOn: product.harvestedOn ?? null,
        harvestSeason: product.harvestSeason ?? null,
        certificationKind: product.certificationKind ?? null,
      })
      .returning({ id: s.products.id });
    const productId = first(rows, `product ${product.slug}`).id;
    await tx.insert(s.productTranslations).values(
      (["fa", "zh", "vi", "en"] as const).map((locale) => ({
        productId,
        locale,
        name: product.name[locale],
        summary: product.summary[locale],
        description: product.description[locale],
        certification: product.certification?.[locale] ?? null,
        ...searchKeys({ name: product.name[locale], summary: product.summary[locale], description: product.description[locale] }),
      })),
    );
    await tx.insert(s.variants).values(
      product.variants.map((variant, position) => ({
        productId,
        sku: variant.sku,
        label: variant.label,
        priceMinor: variant.priceMinor,
        currency: CURRENCY[data.market],
        stock: variant.stock,
        weightGrams: variant.weightGrams,
        position,
      })),
    );
    await tx.insert(s.productImages).values(
      [1, 2].map((n, position) => ({
        productId,
        path: `/images/products/${product.slug}-${n}.webp`,
        width: IMAGE_SIZE,
        height: IMAGE_SIZE,
        position,
      })),
    );
  }
}

/** Service points, village route days, postal tariffs and each market's ways to pay. */
async function insertLogistics(tx: Tx) {
  const regionIds = new Map((await tx.select({ id: s.regions.id, slug: s.regions.slug }).from(s.regions)).map((r) => [r.slug, r.id]));
  const regionId = (slug: string) => {
    const id = regionIds.get(slug);
    if (!id) throw new Error(`Logistics seed: unknown region "${slug}"`);
    return id;
  };
  for (const m of logistics.marketPayments) {
    await tx
      .update(s.markets)
      .set({ paymentMethods: m.paymentMethods, walletMethods: m.walletMethods, codFeeMinor: m.codFeeMinor })
      .where(eq(s.markets.code, m.market));
  }
  await tx.insert(s.servicePoints).values(
    logistics.servicePoints.map((p) => ({
      code: p.code,
      marketCode: p.market,
      regionId: regionId(p.region),
      type: p.type,
      name: p.name,
      address: p.address,
      hours: p.hours,
      openingHours: logistics.openingHoursOf(p.hours),
      lat: p.lat,
      lng: p.lng,
      acceptsCashOnDelivery: p.acceptsCashOnDelivery,
      postalCode: p.postalCode,
    })),
  );
  // each service point serves the villages of the county it stands in
  await tx.execute(sql`
    insert into ${s.servicePointVillages} (service_point_id, region_id)
    select p.id, v.id
    from ${s.servicePoints} p
    join ${s.regions} here on here.id = p.region_id
    join ${s.regions} v on v.level = 'village' and v.parent_id = case when here.level = 'village' then here.parent_id else here.id end
    on conflict do nothing`);
  await tx.insert(s.routeSchedules).values(logistics.routes.map((r) => ({ regionId: regionId(r.village), weekdays: [...r.weekdays] })));
  // the serial blocks each market's postal operator assigned to the marketplace (contract-customer mode)
  await tx.insert(s.s10Ranges).values(
    (["IR", "CN", "VN"] as const).flatMap((market) => [
      { marketCode: market, service: "parcel" as const, prefix: "CP", country: market, firstSerial: 10_000_000, lastSerial: 10_999_999, warnBelow: 50_000 },
      { marketCode: market, service: "registered" as const, prefix: "RR", country: market, firstSerial: 30_000_000, lastSerial: 30_099_999, warnBelow: 5_000 },
      { marketCode: market, service: "express" as const, prefix: "EE", country: market, firstSerial: 50_000_000, lastSerial: 50_049_999, warnBelow: 2_500 },
    ]),
  );
  // the new-year holidays, one calendar row per day off
  await tx.insert(s.calendarExceptions).values(
    holidays.flatMap((h) => {
      const days: { marketCode: string; day: string; kind: "holiday"; name: typeof h.name }[] = [];
      for (let day = new Date(`${h.from}T00:00:00Z`); day.toISOString().slice(0, 10) <= h.to; day.setUTCDate(day.getUTCDate() + 1)) {
        days.push({ marketCode: h.market, day: day.toISOString().slice(0, 10), kind: "holiday", name: h.name });
      }
      return days;
    }),
  );
  // each market's postage: version 1, in force from the first day of the demo's history (midnight in the market's time zone)
  const tariffMarkets = [...new Set(logistics.tariffs.map((t) => t.market))];
  const versions = await tx
    .insert(s.tariffVersions)
    .values(
      tariffMarkets.map((market) => ({
        marketCode: market,
        version: 1,
        effectiveFrom: logistics.TARIFFS_FROM,
        effectiveAt: sql`(${logistics.TARIFFS_FROM}::date::timestamp at time zone (select time_zone from ${s.markets} where code = ${market}))`,
      })),
    )
    .returning({ id: s.tariffVersions.id, marketCode: s.tariffVersions.marketCode });
  const versionOf = new Map(versions.map((v) => [v.marketCode, v.id]));
  await tx.insert(s.tariffPrices).values(
    logistics.tariffs.map((t) => ({ versionId: versionOf.get(t.market) ?? "", zone: t.zone, maxWeightGrams: t.maxWeightGrams, priceMinor: t.priceMinor })),
  );
  // money: weekly payouts, a 7-day return window for cards, and 10 % commission on items
  await tx.insert(s.marketMoneySettings).values(logistics.marketPayments.map((m) => ({ marketCode: m.market })));
  await tx.insert(s.commissionRules).values(logistics.marketPayments.map((m) => ({ marketCode: m.market, kind: "percent" as const, rateBasisPoints: 1000 })));
}

/** Demo staff who sign in by SMS code (the log provider prints it in development). */
export const DEMO_PEOPLE = [
  { phone: "+989120000001", name: "Demo admin", role: "admin", locale: "en" },
  { phone: "+989120000002", name: "Demo village agent", role: "agent", locale: "fa" },
  { phone: "+989120000003", name: "Demo postal operator", role: "operator", locale: "fa", market: "IR" },
] as const;

/** Creates (or finds) the person with this phone number; returns their id. */
export async function upsertUser(
  tx: Tx | Database,
  person: { phone: string; name: string; role: "shopper" | "agent" | "operator" | "admin"; locale: string },
): Promise<string> {
  const [existing] = await tx.select({ id: s.user.id }).from(s.user).where(eq(s.user.phoneNumber, person.phone));
  if (existing) {
    if (person.role !== "shopper") await tx.update(s.user).set({ role: person.role }).where(eq(s.user.id, existing.id));
    return existing.id;
  }
  const id = randomUUID();
  await tx.insert(s.user).values({
    id,
    name: person.name,
    email: `${person.phone.replace("+", "")}@phone.villagepost.invalid`,
    phoneNumber: person.phone,
    phoneNumberVerified: true,
    role: person.role,
    locale: person.locale,
  });
  return id;
}

/** Writes the demo marketplace (three markets, their regions, shops and products) in one transaction. */
export async function seed(db: Database, data: SeedMarketData[] = demoMarkets): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(s.markets).values(markets.map((m) => ({ ...m, regionLevels: [...m.regionLevels] })));
    const rows = await tx
      .insert(s.categories)
      .values(categories.map((c, position) => ({ slug: c.slug, name: c.name, position })))
      .returning({ id: s.categories.id, slug: s.categories.slug });
    const categoryIds = new Map(rows.map((r) => [r.slug, r.id]));
    for (const market of data) await insertMarket(tx, market, categoryIds);
    await insertLogistics(tx);
    for (const person of DEMO_PEOPLE) {
      const userId = await upsertUser(tx, { ...person });
      // postal staff work in one market (here without a counter: they see the whole market)
      if ("market" in person) await tx.insert(s.staffAssignments).values({ userId, marketCode: person.market }).onConflictDoNothing();
    }
  });
}
