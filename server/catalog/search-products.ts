import { sql, type SQL } from "drizzle-orm";
import type { DatabaseOrTx } from "@/db/client";
import { productTranslations, type LocalizedText, type Product } from "@/db/schema";
import { certificationKinds, type ParsedSearchInput, type SearchSort } from "./search.schema";
import { searchForm } from "@/lib/search-keys";
import type { Locale } from "@/lib/locales";
import { PAGE_SIZE } from "./catalog.schema";
import { localize, type Localized } from "./localize";
import { paged, type Paged } from "./paging";
import { productCardsByIds, type ProductCard } from "./product-cards";

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

/** `%q%` with LIKE's wildcards in the query taken literally. */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
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
function matchedProducts(q: string, locale: string): SQL {
  const t = productTranslations;
  const contains = likePattern(q);
  const pinyin = locale === "zh" && /^[a-z ]+$/.test(q);
  return sql`select ${t.productId} as product_id, max(
      (${t.locale} = ${locale})::int
      + word_similarity(${q}, ${t.searchName})
      + case when strpos(${t.searchName}, ${q}) > 0 then 0.5 else 0 end
      + case when ${t.searchText} like ${contains} then 0.2 else 0 end
      ${pinyin ? sql`+ case when ${q} <% ${t.searchPinyin} then word_similarity(${q}, ${t.searchPinyin}) else 0 end` : sql``}) as score
    from ${t}
    where (${q} <% ${t.searchName} or ${t.searchText} like ${contains} ${pinyin ? sql`or ${q} <% ${t.searchPinyin}` : sql``})
    group by ${t.productId}`;
}

const ORDER: Record<SearchSort, SQL> = {
  relevance: sql`score desc, featured desc`,
  price: sql`min_price asc`,
  price_desc: sql`min_price desc`,
  newest: sql`created_at desc`,
};

interface Row extends Record<string, unknown> {
  part: "page" | "facet";
  id: string | null;
  ord: number;
  grp: number;
  n: number;
  category_slug: string | null;
  category_name: LocalizedText | null;
  region_slug: string | null;
  region_name: LocalizedText | null;
  region_locale: string | null;
  certification: string | null;
  in_stock: boolean | null;
}

/**
 * Search with filters (category, province, certification, price, in stock),
 * sorting, and per-choice counts, in one statement on either engine: the
 * matches are found once and both the page and the counts read them.
 */
export async function searchProducts(db: DatabaseOrTx, input: ParsedSearchInput): Promise<SearchResults> {
  const q = searchForm(input.q);
  const result = { q: input.q, sort: input.sort };
  if (!q) return { ...paged([], 0, input.page), ...result, facets: { categories: [], regions: [], certifications: [], inStock: 0 } };

  const filters: SQL[] = [sql`true`];
  // a slug that names nothing matches nothing
  if (input.category) filters.push(sql`category_id = (select id from categories where slug = ${input.category})`);
  if (input.region) filters.push(sql`province_id = (select id from regions where slug = ${input.region})`);
  if (input.certification) filters.push(sql`certification = ${input.certification}`);
  if (input.priceMin !== undefined) filters.push(sql`min_price >= ${input.priceMin}`);
  if (input.priceMax !== undefined) filters.push(sql`min_price <= ${input.priceMax}`);
  if (input.inStock) filters.push(sql`stock > 0`);

  const statement = sql`
    with matched as (${matchedProducts(q, input.locale)}),
    candidates as (
      select p.id, m.score, p.featured, p.category_id, p.certification_kind::text as certification, p.created_at,
             coalesce(province.id, county.id, village.id) as province_id, price.min_price, price.stock
      from matched m
      join products p on p.id = m.product_id
      join shops s on s.id = p.shop_id
      left join regions village on village.id = p.origin_region_id
      left join regions county on county.id = village.parent_id
      left join regions province on province.id = county.parent_id
      cross join lateral (
        select min(v.price_minor) as min_price, coalesce(sum(v.stock), 0) as stock from variants v where v.product_id = p.id and v.archived_at is null
      ) price
      where p.status = 'active' and s.status = 'approved' and price.min_price is not null
        ${input.market ? sql`and s.market_code = ${input.market}` : sql``}
    ),
    page as (
      select id, (count(*) over ())::int as total, (row_number() over (order by ${ORDER[input.sort]}, id))::int as ord
      from candidates
      where ${sql.join(filters, sql` and `)}
      order by ${ORDER[input.sort]}, id
      limit ${PAGE_SIZE} offset ${(input.page - 1) * PAGE_SIZE}
    ),
    facets as (
      select category_id, province_id, certification, stock > 0 as in_stock,
             grouping(category_id, province_id, certification, stock > 0)::int as grp, count(*)::int as n
      from candidates
      group by grouping sets ((category_id), (province_id), (certification), (stock > 0))
    )
    select 'page' as part, id, ord, 0 as grp, total as n, null as category_slug, null::jsonb as category_name,
           null as region_slug, null::jsonb as region_name, null as region_locale, null as certification, null::boolean as in_stock
    from page
    union all
    select 'facet', null, coalesce(c.position, 0) * 1000 + coalesce(r.position, 0), f.grp, f.n, c.slug, c.name,
           r.slug, r.name, mk.default_locale, f.certification, f.in_stock
    from facets f
    left join categories c on c.id = f.category_id
    left join regions r on r.id = f.province_id
    left join markets mk on mk.code = r.market_code`;
  const rows = ((await db.execute(statement)) as unknown as { rows: Row[] }).rows;

  const page = rows.filter((row) => row.part === "page").sort((a, b) => a.ord - b.ord);
  const cards = await productCardsByIds(db, input.locale, page.flatMap((row) => (row.id ? [row.id] : [])));
  return { ...paged(cards, page[0]?.n ?? 0, input.page), ...result, facets: facetsOf(rows, input.locale) };
}

/** grouping() sets a bit for each column NOT in the row's set: 0b0111 → by category, 0b1011 → province, … */
function facetsOf(rows: Row[], locale: Locale): Facets {
  const facets = rows.filter((row) => row.part === "facet").sort((a, b) => a.ord - b.ord);
  return {
    categories: facets.flatMap((row) =>
      row.grp === 0b0111 && row.category_slug && row.category_name
        ? [{ slug: row.category_slug, name: localize(row.category_name, locale), count: row.n }]
        : [],
    ),
    regions: facets.flatMap((row) =>
      row.grp === 0b1011 && row.region_slug && row.region_name
        ? [{ slug: row.region_slug, name: localize(row.region_name, locale, (row.region_locale ?? "en") as Locale), count: row.n }]
        : [],
    ),
    certifications: certificationKinds.flatMap((kind) => {
      const row = facets.find((r) => r.grp === 0b1101 && r.certification === kind);
      return row ? [{ kind, count: row.n }] : [];
    }),
    inStock: facets.find((row) => row.grp === 0b1110 && row.in_stock)?.n ?? 0,
  };
}
