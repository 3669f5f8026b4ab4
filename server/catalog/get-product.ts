import { and, asc, eq, isNull, ne } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { categories, markets, productImages, products, productTranslations, shops, variants } from "@/db/schema";
import type { Product } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { AppError } from "../errors";
import type { SlugInput } from "./catalog.schema";
import { localize, type Localized } from "./localize";
import { isListed, listProductCards, type ImageRef, type ProductCard } from "./product-cards";
import { regionPath, regionRef, type RegionRef } from "./regions";

export interface ProductVariant {
  id: string;
  sku: string;
  label: Localized;
  priceMinor: number;
  currency: string;
  stock: number;
  weightGrams: number;
}

export interface ProductDetail {
  slug: string;
  name: Localized;
  summary: Localized;
  description: Localized;
  category: { slug: string; name: Localized };
  variants: ProductVariant[];
  images: ImageRef[];
  provenance: {
    /** province → county → village the produce comes from */
    origin: RegionRef[];
    harvestedOn: string | null;
    harvestSeason: Product["harvestSeason"];
    certificationKind: Product["certificationKind"];
    certification: Localized | null;
  };
  shop: { slug: string; name: Localized; story: Localized; place: RegionRef[] };
  moreFromShop: ProductCard[];
  /** languages this product has a translation in */
  translatedInto: Locale[];
}

const MORE_FROM_SHOP = 4;

/** Everything the product page shows. Unlisted products (draft, paused, unapproved shop) are not found. */
export async function getProduct(db: DatabaseOrTx, input: SlugInput): Promise<ProductDetail> {
  const [row] = await db
    .select({ product: products, shop: shops, category: categories, defaultLocale: markets.defaultLocale })
    .from(products)
    .innerJoin(shops, eq(shops.id, products.shopId))
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .innerJoin(markets, eq(markets.code, shops.marketCode))
    .where(and(eq(products.slug, input.slug), isListed));
  if (!row) throw new AppError("NOT_FOUND", "productNotFound");
  const { product, shop, category } = row;
  const { locale } = input;
  const fallback = product.sourceLocale as Locale;

  const [translations, variantRows, images, origin, shopPlace, more] = await Promise.all([
    db.select().from(productTranslations).where(eq(productTranslations.productId, product.id)),
    db.select().from(variants).where(and(eq(variants.productId, product.id), isNull(variants.archivedAt))).orderBy(asc(variants.position)),
    db
      .select({ path: productImages.path, width: productImages.width, height: productImages.height })
      .from(productImages)
      .where(eq(productImages.productId, product.id))
      .orderBy(asc(productImages.position)),
    product.originRegionId ? regionPath(db, product.originRegionId) : Promise.resolve([]),
    regionPath(db, shop.villageId),
    listProductCards(db, locale, {
      where: and(eq(products.shopId, shop.id), ne(products.id, product.id)),
      limit: MORE_FROM_SHOP,
    }),
  ]);

  const text = translations.find((t) => t.locale === locale) ?? translations.find((t) => t.locale === fallback);
  if (!text) throw new AppError("NOT_FOUND", "productNotFound");
  const textLocale = text.locale as Locale;
  return {
    slug: product.slug,
    name: { text: text.name, locale: textLocale },
    summary: { text: text.summary, locale: textLocale },
    description: { text: text.description, locale: textLocale },
    category: { slug: category.slug, name: localize(category.name, locale) },
    variants: variantRows.map((v) => ({
      id: v.id,
      sku: v.sku,
      label: localize(v.label, locale, fallback),
      priceMinor: v.priceMinor,
      currency: v.currency,
      stock: v.stock,
      weightGrams: v.weightGrams,
    })),
    images,
    provenance: {
      origin: origin.map((r) => regionRef(r, locale, row.defaultLocale as Locale)),
      harvestedOn: product.harvestedOn,
      harvestSeason: product.harvestSeason,
      certificationKind: product.certificationKind,
      certification: text.certification ? { text: text.certification, locale: textLocale } : null,
    },
    shop: {
      slug: shop.slug,
      name: localize(shop.name, locale, fallback),
      story: localize(shop.story, locale, fallback),
      place: shopPlace.map((r) => regionRef(r, locale, row.defaultLocale as Locale)),
    },
    moreFromShop: more.cards,
    translatedInto: translations.map((t) => t.locale as Locale),
  };
}
