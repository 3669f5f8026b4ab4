/**
 * Text stored per storefront locale. Short names (regions, categories, shops)
 * live in a jsonb column of this shape; long, searchable product text has its
 * own translation table.
 */
export type LocalizedText = Partial<Record<"fa" | "zh" | "vi" | "en", string>>;
