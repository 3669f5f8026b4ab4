import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { categories, certificationKind, markets, products, productTranslations, regions, shops, variants, type Product } from "@/db/schema";
import type { Locale } from "@/lib/locales";
import { searchForm } from "@/lib/search-keys";
import { PAGE_SIZE } from "./catalog.schema";
import { localize, type Localized } from "./localize";
import { paged, type Paged } from "./paging";
import { listedIn, productCardsByIds, type ProductCard } from "./product-cards";
import { originCounty, originProvince, originProvinceId, originVillage } from "./regions";
import type { ParsedSearchInput, SearchSort } from "./search.schema";

interface FacetCounts {
  /** category id → matches */
  categories: Record<string, number>;
  /** province id → matches */
  provinces: Record<string, number>;
  certifications: Partial<Record<NonNullable<Product["certificationKind"]>, number>>;
  inStock: number;
}

export interface FacetChoice {
  slug: string;
  name: Localized;
  count: number;
}

/** The choices each filter offers, with how many matches each has. */
export interface Facets {
  categories: FacetChoice[];
  regions: FacetChoice[];
  certifications: { kind: NonNullable<Product["certificationKind"]>; count: number }[];
  inStock: number;
}

export interface SearchResults extends Paged<ProductCard> {
  q: string;
  sort: SearchSort;
  /** how many of the query's matches (in the market, before filters) each choice has */
  facets: Facets;
}

/**
 * Products whose name in any language is like the query (pg_trgm word
 * similarity, so typos and partial words match) or whose summary or
 * description holds it, after both are folded by `searchForm`; for a Chinese
 * shopper, names typed in pinyin too. Relevance puts a match in the shopper's
 * language first, then closer names, then exact substrings. Long text is
 * matched by substring only: similarity over whole descriptions costs more
 * than it finds. Pinyin is searched for Chinese shoppers only: short syllables
 * such as "gao" (高) are in thousands of names and would drown other languages.
 */
function matchedProducts(db: DatabaseOrTx, q: string, locale: string) {
  const t = productTranslations;
  const contains = likePattern(q);
  const pinyin = locale === "zh" && /^[a-z ]+$/.test(q);
  const score = sql<number>`max(
      (${t.locale} = ${locale})::int
      + word_similarity(${q}, ${t.searchName})
      + case when strpos(${t.searchName}, ${q}) > 0 then 0.5 else 0 end
      + case when ${t.searchText} like ${contains} then 0.2 else 0 end
      ${pinyin ? sql`+ case when ${q} <% ${t.searchPinyin} then word_similarity(${q}, ${t.searchPinyin}) else 0 end` : sql``})`;
  return db.$with("matched").as(
    db
      .select({ productId: t.productId, score: score.mapWith(Number).as("score") })
      .from(t)
      .where(
        sql`(${q} <% ${t.searchName} or ${t.searchText} like ${contains} ${pinyin ? sql`or ${q} <% ${t.searchPinyin}` : sql``})`,
      )
      .groupBy(t.productId),
  );
}

/** `%q%` with LIKE's wildcards in the query taken literally. */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A listed product that matches, with what the filters and sorts read. */
function candidateProducts(db: DatabaseOrTx, matched: ReturnType<typeof matchedProducts>, market: string | null | undefined) {
  const price = db
    .select({
      minPrice: sql<number>`min(${variants.priceMinor})`.mapWith(Number).as("min_price"),
      stock: sql<number>`coalesce(sum(${variants.stock}), 0)`.mapWith(Number).as("stock"),
    })
    .from(variants)
    .where(eq(variants.productId, products.id))
    .as("price");
  return db.$with("candidates").as(
    db
      .select({
        id: sql<string>`${products.id}`.as("id"),
        score: sql<number>`${matched.score}`.mapWith(Number).as("cand_score"),
        featured: sql<boolean>`${products.featured}`.as("featured"),
        categoryId: sql<string>`${products.categoryId}`.as("category_id"),
        certification: sql<string | null>`${products.certificationKind}`.as("certification"),
        createdAt: sql<Date>`${products.createdAt}`.as("created_at"),
        provinceId: sql<string | null>`${originProvinceId}`.as("province_id"),
        minPrice: sql<number>`${price.minPrice}`.mapWith(Number).as("cand_min_price"),
        stock: sql<number>`${price.stock}`.mapWith(Number).as("cand_stock"),
      })
      .from(matched)
      .innerJoin(products, eq(products.id, matched.productId))
      .innerJoin(shops, eq(shops.id, products.shopId))
      .leftJoin(originVillage, eq(originVillage.id, products.originRegionId))
      .leftJoin(originCounty, eq(originCounty.id, originVillage.parentId))
      .leftJoin(originProvince, eq(originProvince.id, originCounty.parentId))
      .innerJoinLateral(price, sql`true`)
      .where(and(listedIn(market), sql`${price.minPrice} is not null`)),
  );
}

async function slugIds(db: DatabaseOrTx, input: ParsedSearchInput) {
  const [category, region] = await Promise.all([
    input.category ? db.select({ id: categories.id }).from(categories).where(eq(categories.slug, input.category)) : [],
    input.region ? db.select({ id: regions.id }).from(regions).where(eq(regions.slug, input.region)) : [],
  ]);
  return { categoryId: category[0]?.id, regionId: region[0]?.id };
}

/**
 * Search with filters (category, province, certification, price, in stock),
 * sorting, and per-choice counts, all in PostgreSQL on either engine.
 */
export async function searchProducts(db: DatabaseOrTx, input: ParsedSearchInput): Promise<SearchResults> {
  const q = searchForm(input.q);
  const empty: SearchResults = {
    ...paged([], 0, input.page),
    q: input.q,
    sort: input.sort,
    facets: { categories: [], regions: [], certifications: [], inStock: 0 },
  };
  if (!q) return empty;
  const ids = await slugIds(db, input);
  // a filter naming something that does not exist matches nothing
  if ((input.category && !ids.categoryId) || (input.region && !ids.regionId)) {
    const matched = matchedProducts(db, q, input.locale);
    const counts = await facetCounts(db, matched, candidateProducts(db, matched, input.market));
    return { ...empty, facets: await labelFacets(db, input.locale, counts) };
  }

  const matched = matchedProducts(db, q, input.locale);
  const candidates = candidateProducts(db, matched, input.market);
  const c = candidates;
  const filters: (SQL | undefined)[] = [
    ids.categoryId ? eq(c.categoryId, ids.categoryId) : undefined,
    ids.regionId ? eq(c.provinceId, ids.regionId) : undefined,
    input.certification ? eq(c.certification, input.certification) : undefined,
    input.priceMin !== undefined ? gte(c.minPrice, input.priceMin) : undefined,
    input.priceMax !== undefined ? lte(c.minPrice, input.priceMax) : undefined,
    input.inStock ? sql`${c.stock} > 0` : undefined,
  ];
  const order: Record<SearchSort, SQL[]> = {
    relevance: [desc(c.score), desc(c.featured)],
    price: [asc(c.minPrice)],
    price_desc: [desc(c.minPrice)],
    newest: [desc(c.createdAt)],
  };
  const [page, facets] = await Promise.all([
    db
      .with(matched, candidates)
      .select({ id: c.id, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(c)
      .where(and(...filters))
      .orderBy(...order[input.sort], asc(c.id))
      .limit(PAGE_SIZE)
      .offset((input.page - 1) * PAGE_SIZE),
    facetCounts(db, matched, candidates),
  ]);
  const cards = await productCardsByIds(db, input.locale, page.map((row) => row.id));
  return {
    ...paged(cards, page[0]?.total ?? 0, input.page),
    q: input.q,
    sort: input.sort,
    facets: await labelFacets(db, input.locale, facets),
  };
}

/** Names the counted categories and provinces in the shopper's language, in their usual order. */
async function labelFacets(db: DatabaseOrTx, locale: Locale, counts: FacetCounts): Promise<Facets> {
  const categoryIds = Object.keys(counts.categories);
  const provinceIds = Object.keys(counts.provinces);
  const [categoryRows, provinceRows] = await Promise.all([
    categoryIds.length
      ? db.select().from(categories).where(inArray(categories.id, categoryIds)).orderBy(asc(categories.position))
      : [],
    provinceIds.length
      ? db
          .select({ region: regions, defaultLocale: markets.defaultLocale })
          .from(regions)
          .innerJoin(markets, eq(markets.code, regions.marketCode))
          .where(inArray(regions.id, provinceIds))
          .orderBy(asc(markets.position), asc(regions.position))
      : [],
  ]);
  return {
    categories: categoryRows.map((row) => ({ slug: row.slug, name: localize(row.name, locale), count: counts.categories[row.id] ?? 0 })),
    regions: provinceRows.map(({ region, defaultLocale }) => ({
      slug: region.slug,
      name: localize(region.name, locale, defaultLocale as Locale),
      count: counts.provinces[region.id] ?? 0,
    })),
    certifications: certificationKind.enumValues.flatMap((kind) => {
      const count = counts.certifications[kind];
      return count ? [{ kind, count }] : [];
    }),
    inStock: counts.inStock,
  };
}

/** One pass over the matches: counts per category, province, certification and in stock (grouping sets). */
async function facetCounts(
  db: DatabaseOrTx,
  matched: ReturnType<typeof matchedProducts>,
  candidates: ReturnType<typeof candidateProducts>,
): Promise<FacetCounts> {
  const c = candidates;
  const rows = await db
    .with(matched, candidates)
    .select({
      categoryId: c.categoryId,
      provinceId: c.provinceId,
      certification: c.certification,
      inStock: sql<boolean | null>`${c.stock} > 0`,
      set: sql<number>`grouping(${c.categoryId}, ${c.provinceId}, ${c.certification}, ${c.stock} > 0)`.mapWith(Number),
      n: sql<number>`count(*)`.mapWith(Number),
    })
    .from(c)
    .groupBy(sql`grouping sets ((${c.categoryId}), (${c.provinceId}), (${c.certification}), (${c.stock} > 0))`);
  const facets: FacetCounts = { categories: {}, provinces: {}, certifications: {}, inStock: 0 };
  for (const row of rows) {
    // grouping() sets a bit for each column NOT in the row's set: 0b0111 → by category, 0b1011 → province, …
    if (row.set === 0b0111 && row.categoryId) facets.categories[row.categoryId] = row.n;
    else if (row.set === 0b1011 && row.provinceId) facets.provinces[row.provinceId] = row.n;
    else if (row.set === 0b1101 && row.certification)
      facets.certifications[row.certification as NonNullable<Product["certificationKind"]>] = row.n;
    else if (row.set === 0b1110 && row.inStock) facets.inStock = row.n;
  }
  return facets;
}

