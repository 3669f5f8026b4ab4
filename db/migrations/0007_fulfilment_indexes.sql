CREATE INDEX "shipments_unprinted_idx" ON "shipments" USING btree ("shop_id","id") WHERE "shipments"."status" = 'confirmed' and "shipments"."label_printed_at" is null and "shipments"."tracking_number" is not null;--> statement-breakpoint
CREATE INDEX "shipments_ready_idx" ON "shipments" USING btree ("shop_id","id") WHERE "shipments"."tracking_status" = 'label_created' and "shipments"."manifest_id" is null;--> statement-breakpoint
CREATE INDEX "pickups_date_idx" ON "pickups" USING btree ("date");--> statement-breakpoint
INSERT INTO "tracking_events" ("event_key", "shipment_id", "status", "occurred_at", "source", "applied")
SELECT 'booked:' || "id"::text, "id", 'label_created', "created_at", 'system', true FROM "shipments" WHERE "tracking_number" IS NOT NULL
ON CONFLICT ("event_key") DO NOTHING;
