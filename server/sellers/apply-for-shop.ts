import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { markets, regions, shopMembers, shops } from "@/db/schema";
import { toE164 } from "@/lib/phone";
import { AppError } from "../errors";
import { isCurrentAddress } from "../network/current-map";
import type { SessionUser } from "../trpc/context";
import type { ApplyInput } from "./sellers.schema";

/** A slug from the shop name where it is latin, else from the village and a random tail. */
function shopSlug(name: string, villageSlug: string): string {
  const latin = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const base = latin.length >= 3 ? latin.slice(0, 40) : villageSlug.slice(0, 40);
  return `${base}-${crypto.randomUUID().slice(0, 6)}`;
}

/**
 * Opens a shop application: the shop is created "pending" (nothing listed)
 * with the applicant as its owner, for an admin to approve or reject.
 */
export async function applyForShop(db: Database, user: SessionUser, input: ApplyInput) {
  const [village] = await db
    .select({ id: regions.id, slug: regions.slug, marketCode: regions.marketCode, phoneRegion: markets.phoneRegion })
    .from(regions)
    .innerJoin(markets, eq(markets.code, regions.marketCode))
    .where(and(eq(regions.id, input.villageId), isCurrentAddress()));
  if (!village) throw new AppError("BAD_REQUEST", "villageNotFound");
  const phone = toE164(input.phone, village.phoneRegion);
  if (!phone) throw new AppError("BAD_REQUEST", "invalidPhone");

  return db.transaction(async (tx) => {
    const [shop] = await tx
      .insert(shops)
      .values({
        slug: shopSlug(input.name, village.slug),
        marketCode: village.marketCode,
        villageId: village.id,
        status: "pending",
        name: { [input.locale]: input.name },
        story: input.story ? { [input.locale]: input.story } : {},
        phone,
        sourceLocale: input.locale,
        payoutMethod: input.payoutMethod,
        payoutAccount: input.payoutAccount.replace(/\s+/g, " "),
      })
      .returning({ id: shops.id, slug: shops.slug });
    if (!shop) throw new Error("shop insert returned nothing");
    await tx.insert(shopMembers).values({ shopId: shop.id, userId: user.id, role: "owner" });
    return shop;
  });
}
