CREATE TABLE "province_delivery_days" (
	"province_id" uuid NOT NULL,
	"market_code" char(2) NOT NULL,
	"month" date NOT NULL,
	"days" integer NOT NULL,
	"parcels" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "province_delivery_days_province_id_month_days_pk" PRIMARY KEY("province_id","month","days")
);
--> statement-breakpoint
CREATE TABLE "province_flows" (
	"province_id" uuid NOT NULL,
	"market_code" char(2) NOT NULL,
	"month" date NOT NULL,
	"shard" smallint NOT NULL,
	"orders_out" integer DEFAULT 0 NOT NULL,
	"orders_in" integer DEFAULT 0 NOT NULL,
	"value_out_minor" bigint DEFAULT 0 NOT NULL,
	"value_in_minor" bigint DEFAULT 0 NOT NULL,
	"parcels_out" integer DEFAULT 0 NOT NULL,
	"parcels_in" integer DEFAULT 0 NOT NULL,
	"delivered" integer DEFAULT 0 NOT NULL,
	"held" integer DEFAULT 0 NOT NULL,
	"redeliveries" integer DEFAULT 0 NOT NULL,
	"cod_collected_minor" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "province_flows_province_id_month_shard_pk" PRIMARY KEY("province_id","month","shard")
);
--> statement-breakpoint
ALTER TABLE "markets" ADD COLUMN "calendar" text DEFAULT 'gregory' NOT NULL;--> statement-breakpoint
ALTER TABLE "province_delivery_days" ADD CONSTRAINT "province_delivery_days_province_id_regions_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "province_delivery_days" ADD CONSTRAINT "province_delivery_days_market_code_markets_code_fk" FOREIGN KEY ("market_code") REFERENCES "public"."markets"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "province_flows" ADD CONSTRAINT "province_flows_province_id_regions_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "province_flows" ADD CONSTRAINT "province_flows_market_code_markets_code_fk" FOREIGN KEY ("market_code") REFERENCES "public"."markets"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "province_delivery_days_market_month_idx" ON "province_delivery_days" USING btree ("market_code","month");--> statement-breakpoint
CREATE INDEX "province_flows_market_month_idx" ON "province_flows" USING btree ("market_code","month");