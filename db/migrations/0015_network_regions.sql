CREATE TYPE "public"."calendar_exception_kind" AS ENUM('holiday', 'cancelled', 'extra');--> statement-breakpoint
ALTER TYPE "public"."region_level" ADD VALUE 'township' BEFORE 'village';--> statement-breakpoint
ALTER TYPE "public"."region_level" ADD VALUE 'commune';--> statement-breakpoint
CREATE TABLE "calendar_exceptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"market_code" char(2) NOT NULL,
	"region_id" uuid,
	"day" date NOT NULL,
	"kind" "calendar_exception_kind" NOT NULL,
	"name" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_exceptions_unique" UNIQUE NULLS NOT DISTINCT("market_code","region_id","day","kind")
);
--> statement-breakpoint
CREATE TABLE "network_audit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_point_villages" (
	"service_point_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	CONSTRAINT "service_point_villages_service_point_id_region_id_pk" PRIMARY KEY("service_point_id","region_id")
);
--> statement-breakpoint
CREATE TABLE "staff_assignments" (
	"user_id" text PRIMARY KEY NOT NULL,
	"market_code" char(2) NOT NULL,
	"service_point_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "markets" ADD COLUMN "region_levels" text[] DEFAULT '{province,county,village}'::text[] NOT NULL;--> statement-breakpoint
UPDATE "markets" SET "region_levels" = '{province,county,township,village}' WHERE "code" = 'CN';--> statement-breakpoint
UPDATE "markets" SET "region_levels" = '{province,commune}' WHERE "code" = 'VN';--> statement-breakpoint
ALTER TABLE "regions" ADD COLUMN "code" text;--> statement-breakpoint
-- regions seeded before codes existed keep their slug as their stable code
UPDATE "regions" SET "code" = "slug";--> statement-breakpoint
ALTER TABLE "regions" ALTER COLUMN "code" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "regions" ADD COLUMN "postal_code" text;--> statement-breakpoint
ALTER TABLE "regions" ADD COLUMN "valid_from" date;--> statement-breakpoint
ALTER TABLE "regions" ADD COLUMN "valid_to" date;--> statement-breakpoint
ALTER TABLE "regions" ADD COLUMN "replaced_by_id" uuid;--> statement-breakpoint
ALTER TABLE "calendar_exceptions" ADD CONSTRAINT "calendar_exceptions_market_code_markets_code_fk" FOREIGN KEY ("market_code") REFERENCES "public"."markets"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_exceptions" ADD CONSTRAINT "calendar_exceptions_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_audit" ADD CONSTRAINT "network_audit_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_point_villages" ADD CONSTRAINT "service_point_villages_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_point_villages" ADD CONSTRAINT "service_point_villages_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_assignments" ADD CONSTRAINT "staff_assignments_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_assignments" ADD CONSTRAINT "staff_assignments_market_code_markets_code_fk" FOREIGN KEY ("market_code") REFERENCES "public"."markets"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_assignments" ADD CONSTRAINT "staff_assignments_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calendar_exceptions_market_day_idx" ON "calendar_exceptions" USING btree ("market_code","day");--> statement-breakpoint
CREATE INDEX "network_audit_at_idx" ON "network_audit" USING btree ("at");--> statement-breakpoint
CREATE INDEX "service_point_villages_region_idx" ON "service_point_villages" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "staff_assignments_point_idx" ON "staff_assignments" USING btree ("service_point_id");--> statement-breakpoint
ALTER TABLE "regions" ADD CONSTRAINT "regions_replaced_by_id_regions_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "regions_market_code_idx" ON "regions" USING btree ("market_code","code");