import { z } from "zod";
import { text } from "@/lib/text-schema";
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

export const localeInput = z.object({ locale: localeSchema }).strict();

export const slugInput = z.object({ locale: localeSchema, slug: slugSchema }).strict();

export const pagedSlugInput = z.object({ locale: localeSchema, slug: slugSchema, page: pageSchema }).strict();

export const searchInput = z
  .object({
    locale: localeSchema,
    q: text({ min: 1, max: 100 }),
    page: pageSchema,
  })
  .strict();

export type LocaleInput = z.infer<typeof localeInput>;
export type SlugInput = z.infer<typeof slugInput>;
export type PagedSlugInput = z.infer<typeof pagedSlugInput>;
export type SearchInput = z.infer<typeof searchInput>;

/** Products per listing page: enough to browse, small enough for a slow network. */
export const PAGE_SIZE = 24;
