import { asc, desc, eq, inArray } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { agentLinks, regions, shopMembers, shops, user } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { localize } from "../catalog/localize";
import { maskAccount } from "./mask";

/** Shops awaiting review first, then the rest: what the admin screen lists. */
export async function listShopsForReview(db: DatabaseOrTx, locale: Locale) {
  const rows = await db
    .select({
      id: shops.id,
      slug: shops.slug,
      name: shops.name,
      status: shops.status,
      story: shops.story,
      phone: shops.phone,
      sourceLocale: shops.sourceLocale,
      village: regions.name,
      payoutMethod: shops.payoutMethod,
      payoutAccount: shops.payoutAccount,
      decisionReason: shops.decisionReason,
      createdAt: shops.createdAt,
    })
    .from(shops)
    .innerJoin(regions, eq(regions.id, shops.villageId))
    .orderBy(asc(shops.status), desc(shops.createdAt));
  const ids = rows.map((r) => r.id);
  const agents = ids.length
    ? await db
        .select({ shopId: agentLinks.shopId, phone: user.phoneNumber, name: user.name })
        .from(agentLinks)
        .innerJoin(user, eq(user.id, agentLinks.agentId))
        .where(inArray(agentLinks.shopId, ids))
    : [];
  const owners = ids.length
    ? await db
        .select({ shopId: shopMembers.shopId, phone: user.phoneNumber })
        .from(shopMembers)
        .innerJoin(user, eq(user.id, shopMembers.userId))
        .where(inArray(shopMembers.shopId, ids))
    : [];
  return rows.map((row) => {
    const fallback = row.sourceLocale as Locale;
    return {
      id: row.id,
      slug: row.slug,
      status: row.status,
      name: localize(row.name, locale, fallback),
      story: localize(row.story, locale, fallback),
      village: localize(row.village, locale, fallback),
      phone: row.phone,
      payout: row.payoutMethod ? { method: row.payoutMethod, account: maskAccount(row.payoutAccount) } : null,
      decisionReason: row.decisionReason,
      agents: agents.filter((a) => a.shopId === row.id).map((a) => a.phone ?? a.name),
      owners: owners.filter((o) => o.shopId === row.id).map((o) => o.phone),
    };
  });
}
