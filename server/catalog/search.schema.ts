import { z } from "zod";
import { certificationKind } from "@/db/schema";
import { text } from "@/lib/text-schema";
import { localeSchema, marketSchema, pageSchema, slugSchema } from "./catalog.schema";

export const searchSorts = ["relevance", "price", "price_desc", "newest"] as const;
export type SearchSort = (typeof searchSorts)[number];

/** The longest query the search box accepts. */
export const MAX_QUERY_LENGTH = 100;

export const certificationKinds = certificationKind.enumValues;
export type CertificationKind = (typeof certificationKinds)[number];

const priceMinor = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** A search with its filters; filters name things by slug, as the links do. */
export const searchInput = z
  .object({
    locale: localeSchema,
    q: text({ min: 1, max: MAX_QUERY_LENGTH }),
    page: pageSchema,
    market: marketSchema,
    category: slugSchema.optional(),
    /** a province (or any region) slug: products from there */
    region: slugSchema.optional(),
    certification: z.enum(certificationKinds).optional(),
    /** the market's currency, minor unit: meaningful only with a market */
    priceMin: priceMinor.optional(),
    priceMax: priceMinor.optional(),
    inStock: z.boolean().optional(),
    sort: z.enum(searchSorts).default("relevance"),
  })
  .strict();

export type SearchInput = z.input<typeof searchInput>;
export type ParsedSearchInput = z.output<typeof searchInput>;
