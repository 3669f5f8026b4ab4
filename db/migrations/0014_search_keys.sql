-- Search (server/catalog/search-products.ts): names, pinyin and text in the folded form lib/search-keys.ts computes on save;
-- the trigram indexes serve `q <% search_name`, `q <% search_pinyin` and `search_text like '%q%'` in every language.
DROP INDEX "product_translations_name_trgm_idx";--> statement-breakpoint
DROP INDEX "product_translations_description_trgm_idx";--> statement-breakpoint
ALTER TABLE "product_translations" ADD COLUMN "search_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "product_translations" ADD COLUMN "search_pinyin" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "product_translations" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "product_translations_search_name_trgm_idx" ON "product_translations" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "product_translations_search_text_trgm_idx" ON "product_translations" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "product_translations_search_pinyin_trgm_idx" ON "product_translations" USING gin ("search_pinyin" gin_trgm_ops);