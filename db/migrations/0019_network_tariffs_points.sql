ALTER TYPE "public"."service_point_type" ADD VALUE 'village_agency';--> statement-breakpoint
ALTER TYPE "public"."service_point_type" ADD VALUE 'collaborator_point';--> statement-breakpoint
CREATE TABLE "tariff_prices" (
	"version_id" uuid NOT NULL,
	"zone" "tariff_zone" NOT NULL,
	"max_weight_grams" integer NOT NULL,
	"price_minor" bigint NOT NULL,
	CONSTRAINT "tariff_prices_version_id_zone_max_weight_grams_pk" PRIMARY KEY("version_id","zone","max_weight_grams"),
	CONSTRAINT "tariff_prices_price_nonnegative" CHECK ("tariff_prices"."price_minor" >= 0),
	CONSTRAINT "tariff_prices_weight_positive" CHECK ("tariff_prices"."max_weight_grams" > 0)
);
--> statement-breakpoint
CREATE TABLE "tariff_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"market_code" char(2) NOT NULL,
	"version" integer NOT NULL,
	"effective_from" date NOT NULL,
	"effective_at" timestamp with time zone NOT NULL,
	"created_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tariff_versions_market_version" UNIQUE("market_code","version"),
	CONSTRAINT "tariff_versions_market_day" UNIQUE("market_code","effective_from")
);
--> statement-breakpoint
ALTER TABLE "service_points" ADD COLUMN "opening_hours" jsonb;--> statement-breakpoint
ALTER TABLE "service_points" ADD COLUMN "closed_days" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "service_points" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "tariff_version_id" uuid;--> statement-breakpoint
ALTER TABLE "s10_ranges" ADD COLUMN "exhausted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "s10_ranges" ADD COLUMN "created_by_id" text;--> statement-breakpoint
ALTER TABLE "tariff_prices" ADD CONSTRAINT "tariff_prices_version_id_tariff_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."tariff_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariff_versions" ADD CONSTRAINT "tariff_versions_market_code_markets_code_fk" FOREIGN KEY ("market_code") REFERENCES "public"."markets"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariff_versions" ADD CONSTRAINT "tariff_versions_created_by_id_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_tariff_version_id_tariff_versions_id_fk" FOREIGN KEY ("tariff_version_id") REFERENCES "public"."tariff_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "s10_ranges" ADD CONSTRAINT "s10_ranges_created_by_id_user_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- the postage in force until now becomes each market's first tariff version, in force since always
INSERT INTO "tariff_versions" ("market_code", "version", "effective_from", "effective_at")
SELECT DISTINCT "market_code", 1, DATE '2000-01-01', TIMESTAMPTZ '2000-01-01 00:00:00+00' FROM "tariffs";--> statement-breakpoint
INSERT INTO "tariff_prices" ("version_id", "zone", "max_weight_grams", "price_minor")
SELECT v."id", t."zone", t."max_weight_grams", t."price_minor" FROM "tariffs" t JOIN "tariff_versions" v ON v."market_code" = t."market_code" AND v."version" = 1;
