import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { DatabaseOrTx } from "@/db/client";
import { agentLinks, auditLog, markets, shopMembers, shops } from "@/db/schema";
import { AppError } from "../errors";
import type { SessionUser } from "../trpc/context";
import { signedInProcedure } from "../trpc/init";

export interface ShopAccess {
  shopId: string;
  marketCode: string;
  currency: string;
  sourceLocale: string;
  /** an agent acts on the shop's behalf; a member is the shop */
  actingAs: "member" | "agent";
  memberRole: "owner" | "staff" | null;
}

/**
 * What `user` may do in `shopId`: as its member, or as an agent an admin
 * linked to it. Anyone else gets FORBIDDEN, whether or not the shop exists.
 */
export async function resolveShopAccess(db: DatabaseOrTx, user: SessionUser, shopId: string): Promise<ShopAccess> {
  const [row] = await db
    .select({
      shopId: shops.id,
      marketCode: shops.marketCode,
      currency: markets.currency,
      sourceLocale: shops.sourceLocale,
      memberRole: shopMembers.role,
      agentId: agentLinks.agentId,
    })
    .from(shops)
    .innerJoin(markets, eq(markets.code, shops.marketCode))
    .leftJoin(shopMembers, and(eq(shopMembers.shopId, shops.id), eq(shopMembers.userId, user.id)))
    .leftJoin(agentLinks, and(eq(agentLinks.shopId, shops.id), eq(agentLinks.agentId, user.id)))
    .where(eq(shops.id, shopId));
  if (!row || (!row.memberRole && !(row.agentId && user.role === "agent"))) throw new AppError("FORBIDDEN", "notYourShop");
  return {
    shopId: row.shopId,
    marketCode: row.marketCode,
    currency: row.currency,
    sourceLocale: row.sourceLocale,
    actingAs: row.memberRole ? "member" : "agent",
    memberRole: row.memberRole,
  };
}

/**
 * Every procedure that reads or changes one shop's data starts here: the input
 * names the shop, and access is checked once, before the handler runs.
 */
export const shopProcedure = signedInProcedure.input(z.object({ shopId: z.uuid() })).use(async ({ ctx, input, next }) => {
  const shop = await resolveShopAccess(ctx.db, ctx.user, input.shopId);
  return next({ ctx: { ...ctx, shop } });
});

/** Only the shop's owner (reading the audit log, payout details). */
export const shopOwnerProcedure = shopProcedure.use(({ ctx, next }) => {
  if (ctx.shop.memberRole !== "owner") throw new AppError("FORBIDDEN", "ownerOnly");
  return next();
});

/** Records who changed what in a shop — agents' actions are marked as taken on the shop's behalf. */
export async function recordAudit(
  db: DatabaseOrTx,
  actor: { user: SessionUser; shop: ShopAccess },
  action: string,
  detail: Record<string, unknown>,
): Promise<void> {
  await db.insert(auditLog).values({
    shopId: actor.shop.shopId,
    actorId: actor.user.id,
    actingAs: actor.shop.actingAs,
    action,
    detail,
  });
}
