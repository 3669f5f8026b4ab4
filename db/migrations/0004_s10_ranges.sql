CREATE TYPE "public"."postal_service" AS ENUM('parcel', 'registered', 'express');--> statement-breakpoint
CREATE TABLE "s10_ranges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"market_code" char(2) NOT NULL,
	"service" "postal_service" NOT NULL,
	"prefix" char(2) NOT NULL,
	"country" char(2) NOT NULL,
	"first_serial" integer NOT NULL,
	"last_serial" integer NOT NULL,
	"next_serial" integer NOT NULL,
	"warn_below" integer DEFAULT 1000 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "s10_ranges_bounds" CHECK ("s10_ranges"."first_serial" >= 0 and "s10_ranges"."last_serial" <= 99999999 and "s10_ranges"."first_serial" <= "s10_ranges"."last_serial"),
	CONSTRAINT "s10_ranges_next" CHECK ("s10_ranges"."next_serial" >= "s10_ranges"."first_serial" and "s10_ranges"."next_serial" <= "s10_ranges"."last_serial" + 1)
);
--> statement-breakpoint
ALTER TABLE "s10_ranges" ADD CONSTRAINT "s10_ranges_market_code_markets_code_fk" FOREIGN KEY ("market_code") REFERENCES "public"."markets"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "s10_ranges_market_service_idx" ON "s10_ranges" USING btree ("market_code","service","first_serial");