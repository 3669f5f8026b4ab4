import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { agentLinks, shops, user, type UserRole } from "@/db/schema";
import { toE164 } from "@/lib/phone";
import { AppError } from "../errors";
import { recordChange } from "../network/audit";
import type { SessionUser } from "../trpc/context";

async function userByPhone(db: Database, phoneInput: string) {
  const phone = toE164(phoneInput);
  if (!phone) throw new AppError("BAD_REQUEST", "invalidPhone");
  const [found] = await db.select().from(user).where(eq(user.phoneNumber, phone));
  if (!found) throw new AppError("NOT_FOUND", "userNotFound");
  return found;
}

/** Gives a person a role (agent, operator, admin) — found by the phone number they signed in with. */
export async function setUserRole(db: Database, admin: SessionUser, input: { phone: string; role: UserRole }) {
  const found = await userByPhone(db, input.phone);
  await db.transaction(async (tx) => {
    await tx.update(user).set({ role: input.role, updatedAt: new Date() }).where(eq(user.id, found.id));
    await recordChange(tx, admin.id, "user.role", { user: found.phoneNumber, before: found.role, after: input.role });
  });
  return { userId: found.id, role: input.role };
}

/** Links an agent to a shop they may then act for. The person must hold the agent role. */
export async function linkAgent(db: Database, admin: SessionUser, input: { shopId: string; agentPhone: string }) {
  const agent = await userByPhone(db, input.agentPhone);
  if (agent.role !== "agent") throw new AppError("BAD_REQUEST", "notAnAgent");
  const [shop] = await db.select({ id: shops.id }).from(shops).where(eq(shops.id, input.shopId));
  if (!shop) throw new AppError("NOT_FOUND", "shopNotFound");
  await db.transaction(async (tx) => {
    const added = await tx.insert(agentLinks).values({ shopId: shop.id, agentId: agent.id, createdBy: admin.id }).onConflictDoNothing().returning();
    if (added.length > 0) await recordChange(tx, admin.id, "agent.link", { shopId: shop.id, agent: agent.phoneNumber });
  });
  return { shopId: shop.id, agentId: agent.id };
}

export async function unlinkAgent(db: Database, admin: SessionUser, input: { shopId: string; agentPhone: string }) {
  const agent = await userByPhone(db, input.agentPhone);
  await db.transaction(async (tx) => {
    const removed = await tx.delete(agentLinks).where(and(eq(agentLinks.shopId, input.shopId), eq(agentLinks.agentId, agent.id))).returning();
    if (removed.length > 0) await recordChange(tx, admin.id, "agent.unlink", { shopId: input.shopId, agent: agent.phoneNumber });
  });
  return { shopId: input.shopId, agentId: agent.id };
}
