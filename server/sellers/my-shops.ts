import { and, desc, eq, isNotNull, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DatabaseOrTx } from "@/db/client";
import { agentLinks, markets, shopMembers, shops } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { localize } from "../catalog/localize";
import type { SessionUser } from "../trpc/context";
import { maskAccount } from "./mask";

const member = alias(shopMembers, "member");
const agent = alias(agentLinks, "agent");

/** The shops a person belongs to or acts for as an agent, with their review status. */
export async function listMyShops(db: DatabaseOrTx, user: SessionUser, locale: Locale) {
  const rows = await db
    .select({
      id: shops.id,
      slug: shops.slug,
      name: shops.name,
      status: shops.status,
      decisionReason: shops.decisionReason,
      sourceLocale: shops.sourceLocale,
      payoutMethod: shops.payoutMethod,
      payoutAccount: shops.payoutAccount,
      currency: markets.currency,
      timeZone: markets.timeZone,
      memberRole: member.role,
      agentId: agent.agentId,
      createdAt: shops.createdAt,
    })
    .from(shops)
    .innerJoin(markets, eq(markets.code, shops.marketCode))
    .leftJoin(member, and(eq(member.shopId, shops.id), eq(member.userId, user.id)))
    .leftJoin(agent, and(eq(agent.shopId, shops.id), eq(agent.agentId, user.id)))
    .where(or(isNotNull(member.userId), isNotNull(agent.agentId)))
    .orderBy(desc(shops.createdAt));
  return rows
    // an agent link counts only while the person holds the agent role
    .filter((row) => row.memberRole !== null || user.role === "agent")
    .map((row) => ({
      id: row.id,
      slug: row.slug,
      name: localize(row.name, locale, row.sourceLocale as Locale),
      status: row.status,
      currency: row.currency,
      timeZone: row.timeZone,
      decisionReason: row.decisionReason,
      actingAs: row.memberRole ? ("member" as const) : ("agent" as const),
      memberRole: row.memberRole,
      payout: row.payoutMethod ? { method: row.payoutMethod, account: maskAccount(row.payoutAccount) } : null,
    }));
}
