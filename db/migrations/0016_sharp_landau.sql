CREATE TYPE "public"."payout_reversal_status" AS ENUM('pending', 'sent', 'failed');--> statement-breakpoint
CREATE TABLE "payout_reversals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"payout_id" uuid NOT NULL,
	"shop_id" uuid NOT NULL,
	"order_id" uuid,
	"currency" char(3) NOT NULL,
	"amount_minor" bigint NOT NULL,
	"status" "payout_reversal_status" DEFAULT 'pending' NOT NULL,
	"external_id" text,
	"failure_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payout_reversals_amount_positive" CHECK ("payout_reversals"."amount_minor" > 0)
);
--> statement-breakpoint
ALTER TABLE "shop_payout_accounts" ADD COLUMN "stripe_details_submitted" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "shop_payout_accounts" ADD COLUMN "stripe_updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "shop_payout_accounts" ADD COLUMN "stripe_payout_issue" text;--> statement-breakpoint
ALTER TABLE "payout_reversals" ADD CONSTRAINT "payout_reversals_payout_id_payouts_id_fk" FOREIGN KEY ("payout_id") REFERENCES "public"."payouts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_reversals" ADD CONSTRAINT "payout_reversals_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "payout_reversals_payout_idx" ON "payout_reversals" USING btree ("payout_id");