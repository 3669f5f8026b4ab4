import { and, eq, exists, isNull, notExists, notInArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { categories, orderLines, products, productTranslations, regions, variants } from "@/db/schema";
import { searchKeys } from "@/lib/search-keys";
import { AppError } from "../errors";
import { isCurrentAddress } from "../network/current-map";
import type { ShopAccess } from "../sellers/shop-access";
import type { ProductFields } from "./products.schema";

function productSlug(fields: ProductFields): string {
  const name = fields.translations.en?.name ?? fields.translations.vi?.name ?? fields.translations[fields.writtenIn]?.name ?? "";
  const latin = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `${latin.length >= 3 ? latin : fields.categorySlug}-${crypto.randomUUID().slice(0, 6)}`;
}

function newSku(shop: ShopAccess, productSlugValue: string, position: number): string {
  const tail = crypto.randomUUID().slice(0, 4).toUpperCase();
  return `${shop.marketCode}-${productSlugValue.slice(-6).toUpperCase()}-${position + 1}-${tail}`;
}

/** The row of a size the seller adds (its opening stock included). */
function newVariantRow(shop: ShopAccess, product: { id: string; slug: string }, fields: ProductFields, v: ProductFields["variants"][number], position: number) {
  return {
    productId: product.id,
    sku: newSku(shop, product.slug, position),
    label: { [fields.writtenIn]: v.label },
    priceMinor: v.priceMinor,
    currency: shop.currency,
    stock: v.stock,
    weightGrams: v.weightGrams,
    position,
  };
}

async function resolveRefs(tx: Tx, shop: ShopAccess, fields: ProductFields) {
  const [category] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.slug, fields.categorySlug));
  if (!category) throw new AppError("BAD_REQUEST", "categoryNotFound");
  const [village] = await tx
    .select({ id: regions.id })
    .from(regions)
    .where(and(eq(regions.id, fields.originVillageId), isCurrentAddress(), eq(regions.marketCode, shop.marketCode)));
  if (!village) throw new AppError("BAD_REQUEST", "villageNotFound");
  return { categoryId: category.id, originRegionId: village.id };
}

async function writeTranslations(tx: Tx, productId: string, fields: ProductFields) {
  for (const [locale, text] of Object.entries(fields.translations)) {
    if (!text) continue;
    const row = {
      productId,
      locale,
      name: text.name,
      summary: text.summary,
      description: text.description,
      certification: text.certification ?? null,
      ...searchKeys(text),
    };
    await tx
      .insert(productTranslations)
      .values(row)
      .onConflictDoUpdate({ target: [productTranslations.productId, productTranslations.locale], set: row });
  }
}

/** Creates a product with its translations and sizes; listed once the shop is approved. */
export async function createProduct(tx: Tx, shop: ShopAccess, fields: ProductFields) {
  const refs = await resolveRefs(tx, shop, fields);
  const [product] = await tx
    .insert(products)
    .values({
      slug: productSlug(fields),
      shopId: shop.shopId,
      ...refs,
      status: "active",
      sourceLocale: fields.writtenIn,
      harvestedOn: fields.harvestedOn,
      harvestSeason: fields.harvestSeason,
      certificationKind: fields.certificationKind,
    })
    .returning({ id: products.id, slug: products.slug });
  if (!product) throw new Error("product insert returned nothing");
  await writeTranslations(tx, product.id, fields);
  await tx.insert(variants).values(fields.variants.map((v, position) => newVariantRow(shop, product, fields, v, position)));
  return product;
}

/** Updates a product of this shop; sizes not sent are removed (archived if ordered), sizes without id are added. */
export async function updateProduct(tx: Tx, shop: ShopAccess, productId: string, fields: ProductFields) {
  const refs = await resolveRefs(tx, shop, fields);
  const [product] = await tx
    .update(products)
    .set({
      ...refs,
      harvestedOn: fields.harvestedOn,
      harvestSeason: fields.harvestSeason,
      certificationKind: fields.certificationKind,
      updatedAt: new Date(),
    })
    .where(and(eq(products.id, productId), eq(products.shopId, shop.shopId)))
    .returning({ id: products.id, slug: products.slug });
  if (!product) throw new AppError("NOT_FOUND", "productNotFound");
  await writeTranslations(tx, product.id, fields);

  const kept = fields.variants.flatMap((v) => (v.id ? [v.id] : []));
  const dropped = and(eq(variants.productId, product.id), isNull(variants.archivedAt), kept.length ? notInArray(variants.id, kept) : undefined);
  // a size someone has ordered stays for their order, archived and out of stock; one never ordered goes
  await tx
    .update(variants)
    .set({ archivedAt: new Date(), stock: 0 })
    .where(and(dropped, exists(tx.select({ one: sql`1` }).from(orderLines).where(eq(orderLines.variantId, variants.id)))));
  await tx.delete(variants).where(and(dropped, notExists(tx.select({ one: sql`1` }).from(orderLines).where(eq(orderLines.variantId, variants.id)))));
  for (const [position, v] of fields.variants.entries()) {
    if (v.id) {
      const [updated] = await tx
        .update(variants)
        // the label in this language replaces only that language's label
        .set({
          label: sql`${variants.label} || ${JSON.stringify({ [fields.writtenIn]: v.label })}::jsonb`,
          priceMinor: v.priceMinor,
          weightGrams: v.weightGrams,
          position,
        })
        .where(and(eq(variants.id, v.id), eq(variants.productId, product.id), isNull(variants.archivedAt)))
        .returning({ id: variants.id });
      if (!updated) throw new AppError("NOT_FOUND", "variantNotFound");
    } else {
      await tx.insert(variants).values(newVariantRow(shop, product, fields, v, position));
    }
  }
  return product;
}
