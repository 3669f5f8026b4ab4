DROP INDEX "product_translations_search_name_trgm_idx";--> statement-breakpoint
DROP INDEX "product_translations_search_text_trgm_idx";--> statement-breakpoint
DROP INDEX "product_translations_search_pinyin_trgm_idx";--> statement-breakpoint
CREATE INDEX "product_translations_search_name_trgm_idx" ON "product_translations" USING gin ("search_name" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "product_translations_search_text_trgm_idx" ON "product_translations" USING gin ("search_text" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "product_translations_search_pinyin_trgm_idx" ON "product_translations" USING gin ("search_pinyin" gin_trgm_ops) WITH (fastupdate=false);