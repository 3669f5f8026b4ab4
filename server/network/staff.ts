import { and, eq } from "drizzle-orm";
import type { Database, DatabaseOrTx } from "@/db/client";
import { markets, servicePoints, staffAssignments, user } from "@/db/schema";
import { toE164 } from "@/lib/phone";
import { AppError } from "../errors";
import type { SessionUser } from "../trpc/context";
import { recordChange } from "./audit";

/**
 * Where a member of postal staff may act: their market's parcels only, and by
 * default their counter's pickups. Admins act everywhere (both null).
 */
export interface StaffScope {
  marketCode: string | null;
  servicePointId: string | null;
}

/** The scope of a signed-in operator or admin; an operator nobody assigned to a market may do nothing yet. */
export async function staffScope(db: DatabaseOrTx, person: Pick<SessionUser, "id" | "role">): Promise<StaffScope> {
  if (person.role === "admin") return { marketCode: null, servicePointId: null };
  const [row] = await db
    .select({ marketCode: staffAssignments.marketCode, servicePointId: staffAssignments.servicePointId })
    .from(staffAssignments)
    .where(eq(staffAssignments.userId, person.id));
  if (!row) throw new AppError("FORBIDDEN", "staffNotAssigned");
  return row;
}

/** True when the scope covers a parcel, manifest or pickup of this market. */
export function inScope(scope: StaffScope, marketCode: string): boolean {
  return scope.marketCode === null || scope.marketCode === marketCode;
}

export interface AssignStaffInput {
  phone: string;
  marketCode: string;
  /** the counter's code, or null for the whole market */
  servicePointCode: string | null;
}

/**
 * Binds a person to a market and optionally a counter, making them postal
 * staff (an admin stays an admin). Audited with what it was before.
 */
export async function assignStaff(db: Database, admin: Pick<SessionUser, "id">, input: AssignStaffInput) {
  return db.transaction(async (tx) => {
    const [market] = await tx.select({ code: markets.code, phoneRegion: markets.phoneRegion }).from(markets).where(eq(markets.code, input.marketCode));
    if (!market) throw new AppError("BAD_REQUEST", "marketNotFound");
    // a number written the national way is read as the market's
    const phone = toE164(input.phone, market.phoneRegion);
    if (!phone) throw new AppError("BAD_REQUEST", "invalidPhone");
    const [person] = await tx.select({ id: user.id, role: user.role }).from(user).where(eq(user.phoneNumber, phone));
    if (!person) throw new AppError("NOT_FOUND", "userNotFound");
    let servicePointId: string | null = null;
    if (input.servicePointCode) {
      const [point] = await tx
        .select({ id: servicePoints.id })
        .from(servicePoints)
        .where(and(eq(servicePoints.code, input.servicePointCode), eq(servicePoints.marketCode, market.code)));
      if (!point) throw new AppError("BAD_REQUEST", "servicePointNotFound");
      servicePointId = point.id;
    }
    const [before] = await tx.select().from(staffAssignments).where(eq(staffAssignments.userId, person.id));
    await tx
      .insert(staffAssignments)
      .values({ userId: person.id, marketCode: market.code, servicePointId })
      .onConflictDoUpdate({ target: staffAssignments.userId, set: { marketCode: market.code, servicePointId, updatedAt: new Date() } });
    if (person.role !== "operator" && person.role !== "admin") await tx.update(user).set({ role: "operator", updatedAt: new Date() }).where(eq(user.id, person.id));
    await recordChange(tx, admin.id, "staff.assign", {
      user: phone,
      before: before ? { market: before.marketCode, counter: before.servicePointId, role: person.role } : { role: person.role },
      after: { market: market.code, counter: input.servicePointCode },
    });
    return { userId: person.id, marketCode: market.code, servicePointId };
  });
}
