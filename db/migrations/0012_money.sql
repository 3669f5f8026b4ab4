CREATE TYPE "public"."commission_kind" AS ENUM('percent', 'fixed');--> statement-breakpoint
CREATE TYPE "public"."ledger_account_kind" AS ENUM('payments_clearing', 'cash_in_transit', 'marketplace_bank', 'seller_pending', 'seller_available', 'commission_revenue', 'postage_payable', 'cash_differences');--> statement-breakpoint
CREATE TYPE "public"."money_event_kind" AS ENUM('card_captured', 'cash_collected', 'cash_remitted', 'sale_released', 'refund', 'parcel_returned', 'payout_sent', 'payout_failed', 'payout_reversed', 'adjustment');--> statement-breakpoint
CREATE TYPE "public"."payout_rail" AS ENUM('stripe', 'bank_file');--> statement-breakpoint
CREATE TYPE "public"."payout_status" AS ENUM('pending', 'sent', 'paid', 'failed', 'reversed');--> statement-breakpoint
CREATE TYPE "public"."remittance_case" AS ENUM('matched', 'amount_differs', 'not_delivered', 'unknown', 'duplicate');--> statement-breakpoint
CREATE TYPE "public"."remittance_source" AS ENUM('upload', 'webhook');--> statement-breakpoint
CREATE TABLE "commission_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"market_code" char(2) NOT NULL,
	"category_id" uuid,
	"shop_id" uuid,
	"kind" "commission_kind" NOT NULL,
	"rate_basis_points" integer DEFAULT 0 NOT NULL,
	"fixed_minor" bigint DEFAULT 0 NOT NULL,
	"floor_minor" bigint DEFAULT 0 NOT NULL,
	"cap_minor" bigint,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone,
	CONSTRAINT "commission_rules_rate" CHECK ("commission_rules"."rate_basis_points" between 0 and 10000),
	CONSTRAINT "commission_rules_amounts" CHECK ("commission_rules"."fixed_minor" >= 0 and "commission_rules"."floor_minor" >= 0 and ("commission_rules"."cap_minor" is null or "commission_rules"."cap_minor" >= "commission_rules"."floor_minor"))
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"transaction_id" uuid NOT NULL,
	"account" "ledger_account_kind" NOT NULL,
	"party" text DEFAULT '' NOT NULL,
	"market_code" char(2) NOT NULL,
	"currency" char(3) NOT NULL,
	"amount_minor" bigint NOT NULL,
	"order_line_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ledger_entries_amount_nonzero" CHECK ("ledger_entries"."amount_minor" <> 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_transactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"kind" "money_event_kind" NOT NULL,
	"market_code" char(2) NOT NULL,
	"order_id" uuid,
	"shipment_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"memo" jsonb,
	CONSTRAINT "ledger_transactions_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "market_money_settings" (
	"market_code" char(2) PRIMARY KEY NOT NULL,
	"return_window_days" integer DEFAULT 7 NOT NULL,
	"trust_post_cash" boolean DEFAULT false NOT NULL,
	"payout_minimum_minor" bigint DEFAULT 0 NOT NULL,
	"payout_weekday" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_line_commissions" (
	"order_line_id" uuid PRIMARY KEY NOT NULL,
	"rule_id" uuid,
	"commission_minor" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payout_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"market_code" char(2) NOT NULL,
	"rail" "payout_rail" NOT NULL,
	"reference" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payout_batches_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "payouts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"shop_id" uuid NOT NULL,
	"currency" char(3) NOT NULL,
	"amount_minor" bigint NOT NULL,
	"status" "payout_status" DEFAULT 'pending' NOT NULL,
	"destination" text NOT NULL,
	"holder_name" text,
	"external_id" text,
	"failure_reason" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payouts_batch_shop" UNIQUE("batch_id","shop_id"),
	CONSTRAINT "payouts_amount_positive" CHECK ("payouts"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "remittance_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"market_code" char(2) NOT NULL,
	"carrier" text NOT NULL,
	"content_hash" text NOT NULL,
	"source" "remittance_source" NOT NULL,
	"imported_by" text,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"line_count" integer NOT NULL,
	CONSTRAINT "remittance_imports_contentHash_unique" UNIQUE("content_hash")
);
--> statement-breakpoint
CREATE TABLE "remittance_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"import_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"tracking_number" text NOT NULL,
	"shipment_id" uuid,
	"amount_minor" bigint NOT NULL,
	"fee_minor" bigint NOT NULL,
	"collected_on" date NOT NULL,
	"reference" text NOT NULL,
	"case" "remittance_case" NOT NULL,
	"resolution" text,
	"resolution_note" text,
	"resolved_by" text,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "shop_payout_accounts" (
	"shop_id" uuid PRIMARY KEY NOT NULL,
	"stripe_account_id" text,
	"stripe_payouts_enabled" boolean DEFAULT false NOT NULL,
	"iban" text,
	"holder_name" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shop_payout_accounts_stripeAccountId_unique" UNIQUE("stripe_account_id")
);
--> statement-breakpoint
ALTER TABLE "commission_rules" ADD CONSTRAINT "commission_rules_market_code_markets_code_fk" FOREIGN KEY ("market_code") REFERENCES "public"."markets"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_rules" ADD CONSTRAINT "commission_rules_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_rules" ADD CONSTRAINT "commission_rules_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_rules" ADD CONSTRAINT "commission_rules_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_transaction_id_ledger_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."ledger_transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_market_code_markets_code_fk" FOREIGN KEY ("market_code") REFERENCES "public"."markets"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_money_settings" ADD CONSTRAINT "market_money_settings_market_code_markets_code_fk" FOREIGN KEY ("market_code") REFERENCES "public"."markets"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_line_commissions" ADD CONSTRAINT "order_line_commissions_rule_id_commission_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."commission_rules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_batches" ADD CONSTRAINT "payout_batches_market_code_markets_code_fk" FOREIGN KEY ("market_code") REFERENCES "public"."markets"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_batches" ADD CONSTRAINT "payout_batches_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_batch_id_payout_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."payout_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remittance_imports" ADD CONSTRAINT "remittance_imports_market_code_markets_code_fk" FOREIGN KEY ("market_code") REFERENCES "public"."markets"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remittance_imports" ADD CONSTRAINT "remittance_imports_imported_by_user_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remittance_lines" ADD CONSTRAINT "remittance_lines_import_id_remittance_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."remittance_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remittance_lines" ADD CONSTRAINT "remittance_lines_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remittance_lines" ADD CONSTRAINT "remittance_lines_resolved_by_user_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shop_payout_accounts" ADD CONSTRAINT "shop_payout_accounts_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commission_rules_market_idx" ON "commission_rules" USING btree ("market_code","active");--> statement-breakpoint
CREATE INDEX "ledger_entries_account_idx" ON "ledger_entries" USING btree ("account","party","occurred_at");--> statement-breakpoint
CREATE INDEX "ledger_entries_transaction_idx" ON "ledger_entries" USING btree ("transaction_id");--> statement-breakpoint
CREATE INDEX "ledger_transactions_shipment_idx" ON "ledger_transactions" USING btree ("shipment_id");--> statement-breakpoint
CREATE INDEX "ledger_transactions_kind_idx" ON "ledger_transactions" USING btree ("kind","occurred_at");--> statement-breakpoint
CREATE INDEX "remittance_lines_import_idx" ON "remittance_lines" USING btree ("import_id");--> statement-breakpoint
CREATE INDEX "remittance_lines_shipment_idx" ON "remittance_lines" USING btree ("shipment_id");--> statement-breakpoint
CREATE INDEX "remittance_lines_open_idx" ON "remittance_lines" USING btree ("case") WHERE "remittance_lines"."case" <> 'matched' and "remittance_lines"."resolved_at" is null;