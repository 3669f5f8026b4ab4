CREATE TABLE "payout_schedule_runs" (
	"market_code" char(2) NOT NULL,
	"period" text NOT NULL,
	"batch_id" uuid,
	"ran_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payout_schedule_runs_market_code_period_pk" PRIMARY KEY("market_code","period")
);
--> statement-breakpoint
ALTER TABLE "commission_rules" ADD COLUMN "effective_from" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "payout_schedule_runs" ADD CONSTRAINT "payout_schedule_runs_market_code_markets_code_fk" FOREIGN KEY ("market_code") REFERENCES "public"."markets"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_schedule_runs" ADD CONSTRAINT "payout_schedule_runs_batch_id_payout_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."payout_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "order_lines_shipment_idx" ON "order_lines" USING btree ("shipment_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_line_idx" ON "ledger_entries" USING btree ("order_line_id") WHERE "ledger_entries"."order_line_id" is not null;