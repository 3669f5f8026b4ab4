import { desc, eq } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { auditLog, user } from "@/db/schema";

const AUDIT_PAGE = 100;

/** The shop's log, newest first: who did what, and whether an agent did it on the shop's behalf. */
export async function listAudit(db: DatabaseOrTx, shopId: string) {
  return db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      actingAs: auditLog.actingAs,
      detail: auditLog.detail,
      at: auditLog.at,
      actorName: user.name,
      actorPhone: user.phoneNumber,
    })
    .from(auditLog)
    .innerJoin(user, eq(user.id, auditLog.actorId))
    .where(eq(auditLog.shopId, shopId))
    .orderBy(desc(auditLog.at))
    .limit(AUDIT_PAGE);
}
