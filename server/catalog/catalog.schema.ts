import { z } from "zod";
import { locales } from "@/lib/locales";

/** A storefront language: fa, zh, vi or en. */
export const localeSchema = z.enum(locales);

/** URL slugs are lowercase ascii words joined by hyphens. */
export const slugSchema = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const pageSchema = z.number().int().min(1).max(500).default(1);

/** A market's ISO 3166 code; absent when the shopper has not chosen one (every market is listed). */
export const marketSchema = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .nullish();

export const localeInput = z.object({ locale: localeSchema }).strict();

export const marketInput = z.object({ locale: localeSchema, market: marketSchema }).strict();

export const slugInput = z.object({ locale: localeSchema, slug: slugSchema }).strict();

export const pagedSlugInput = z.object({ locale: localeSchema, slug: slugSchema, page: pageSchema, market: marketSchema }).strict();

export type LocaleInput = z.infer<typeof localeInput>;
export type MarketInput = z.infer<typeof marketInput>;
export type SlugInput = z.infer<typeof slugInput>;
export type PagedSlugInput = z.infer<typeof pagedSlugInput>;

/** Products per listing page: enough to browse, small enough for a slow network. */
export const PAGE_SIZE = 24;
