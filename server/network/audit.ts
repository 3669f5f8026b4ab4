import { desc, eq } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { networkAudit, user } from "@/db/schema";

/** Records one admin change of roles, agent links, counters or network data, in the caller's transaction. */
export async function recordChange(db: DatabaseOrTx, actorId: string | null, action: string, detail: Record<string, unknown>): Promise<void> {
  await db.insert(networkAudit).values({ actorId, action, detail });
}

export interface ChangeEntry {
  id: string;
  at: Date;
  action: string;
  /** the admin's name, or null for the command line */
  actor: string | null;
  detail: Record<string, unknown>;
}

/** The latest changes, newest first. */
export async function listChanges(db: DatabaseOrTx, limit = 50): Promise<ChangeEntry[]> {
  return db
    .select({ id: networkAudit.id, at: networkAudit.at, action: networkAudit.action, actor: user.name, detail: networkAudit.detail })
    .from(networkAudit)
    .leftJoin(user, eq(user.id, networkAudit.actorId))
    .orderBy(desc(networkAudit.at), desc(networkAudit.id))
    .limit(limit);
}
