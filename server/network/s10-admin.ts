import { and, eq, gte, lte } from "drizzle-orm";
import type { Database, DatabaseOrTx } from "@/db/client";
import { markets, s10Ranges, type PostalService } from "@/db/schema";
import { AppError } from "../errors";
import { rangeStates } from "../fulfilment/allocate-s10";
import { EXCLUSION_VIOLATION, pgErrorCode } from "../lib/pg-error";
import type { SessionUser } from "../trpc/context";
import { recordChange } from "./audit";

export interface S10RangeInput {
  marketCode: string;
  service: PostalService;
  /** the two-letter service indicator, e.g. CP */
  prefix: string;
  firstSerial: number;
  lastSerial: number;
  /** the issuing post's country code printed at the end */
  country: string;
  warnBelow: number;
}

/**
 * Adds a block of S10 numbers the post assigned (audited). A block that
 * shares serials with another of the same prefix and country is refused,
 * naming it; the database's exclusion constraint refuses it too, so two
 * admins at once cannot both add overlapping blocks.
 */
export async function addS10Range(db: Database, admin: Pick<SessionUser, "id">, input: S10RangeInput) {
  try {
    return await db.transaction(async (tx) => {
      const [market] = await tx.select({ code: markets.code }).from(markets).where(eq(markets.code, input.marketCode));
      if (!market) throw new AppError("BAD_REQUEST", "marketNotFound");
      const [clash] = await tx
        .select({ first: s10Ranges.firstSerial, last: s10Ranges.lastSerial })
        .from(s10Ranges)
        .where(
          and(
            eq(s10Ranges.prefix, input.prefix),
            eq(s10Ranges.country, input.country),
            lte(s10Ranges.firstSerial, input.lastSerial),
            gte(s10Ranges.lastSerial, input.firstSerial),
          ),
        )
        .limit(1);
      if (clash) throw overlap(input, clash);
      const [range] = await tx
        .insert(s10Ranges)
        .values({ ...input, marketCode: market.code, createdById: admin.id })
        .returning({ id: s10Ranges.id });
      await recordChange(tx, admin.id, "s10.add", { ...input });
      return { id: range?.id ?? "" };
    });
  } catch (error) {
    if (pgErrorCode(error) === EXCLUSION_VIOLATION) throw overlap(input, null);
    throw error;
  }
}

function overlap(input: S10RangeInput, clash: { first: number; last: number } | null) {
  const pad = (n: number) => String(n).padStart(8, "0");
  return new AppError("CONFLICT", "s10RangeOverlap", {
    prefix: input.prefix,
    country: input.country,
    range: clash ? `${pad(clash.first)}–${pad(clash.last)}` : `${pad(input.firstSerial)}–${pad(input.lastSerial)}`,
  });
}

/** A market's ranges with the count left in each, for the admin screen. */
export async function listS10Ranges(db: DatabaseOrTx, marketCode: string) {
  return rangeStates(db, marketCode);
}
