CREATE TYPE "public"."handover_kind" AS ENUM('collection', 'drop_off');--> statement-breakpoint
CREATE TYPE "public"."pickup_status" AS ENUM('requested', 'collected', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."tracking_status" AS ENUM('label_created', 'accepted', 'in_transit', 'arrived_at_service_point', 'out_for_delivery', 'delivered', 'delivery_failed', 'held_at_counter', 'returned_to_sender');--> statement-breakpoint
CREATE TYPE "public"."tracking_source" AS ENUM('carrier', 'operator', 'system');--> statement-breakpoint
CREATE TABLE "manifests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"shop_id" uuid NOT NULL,
	"pickup_id" uuid NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "manifests_number_unique" UNIQUE("number"),
	CONSTRAINT "manifests_pickupId_unique" UNIQUE("pickup_id")
);
--> statement-breakpoint
CREATE TABLE "pickups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shop_id" uuid NOT NULL,
	"kind" "handover_kind" NOT NULL,
	"date" date NOT NULL,
	"time_window" text,
	"service_point_id" uuid,
	"status" "pickup_status" DEFAULT 'requested' NOT NULL,
	"carrier_reference" text,
	"requested_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "redelivery_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shipment_id" uuid NOT NULL,
	"date" date NOT NULL,
	"slot" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tracking_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_key" text NOT NULL,
	"shipment_id" uuid NOT NULL,
	"status" "tracking_status" NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"source" "tracking_source" NOT NULL,
	"location" text,
	"service_point_id" uuid,
	"cod_collected_minor" bigint,
	"actor_id" text,
	"applied" boolean NOT NULL,
	CONSTRAINT "tracking_events_eventKey_unique" UNIQUE("event_key")
);
--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "service" "postal_service" DEFAULT 'parcel' NOT NULL;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "tracking_status" "tracking_status";--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "tracking_status_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "label_printed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "manifest_id" uuid;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "cod_collected_minor" bigint;--> statement-breakpoint
ALTER TABLE "manifests" ADD CONSTRAINT "manifests_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manifests" ADD CONSTRAINT "manifests_pickup_id_pickups_id_fk" FOREIGN KEY ("pickup_id") REFERENCES "public"."pickups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manifests" ADD CONSTRAINT "manifests_accepted_by_user_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pickups" ADD CONSTRAINT "pickups_shop_id_shops_id_fk" FOREIGN KEY ("shop_id") REFERENCES "public"."shops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pickups" ADD CONSTRAINT "pickups_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pickups" ADD CONSTRAINT "pickups_requested_by_user_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redelivery_requests" ADD CONSTRAINT "redelivery_requests_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracking_events" ADD CONSTRAINT "tracking_events_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracking_events" ADD CONSTRAINT "tracking_events_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracking_events" ADD CONSTRAINT "tracking_events_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "manifests_shop_idx" ON "manifests" USING btree ("shop_id","created_at");--> statement-breakpoint
CREATE INDEX "pickups_shop_idx" ON "pickups" USING btree ("shop_id","date");--> statement-breakpoint
CREATE INDEX "redelivery_requests_shipment_idx" ON "redelivery_requests" USING btree ("shipment_id","created_at");--> statement-breakpoint
CREATE INDEX "tracking_events_shipment_idx" ON "tracking_events" USING btree ("shipment_id","occurred_at");--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_manifest_id_manifests_id_fk" FOREIGN KEY ("manifest_id") REFERENCES "public"."manifests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "shipments_manifest_idx" ON "shipments" USING btree ("manifest_id");--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_cod_collected_nonnegative" CHECK ("shipments"."cod_collected_minor" >= 0);--> statement-breakpoint
UPDATE "shipments" SET "tracking_status" = 'label_created', "tracking_status_at" = "created_at" WHERE "tracking_number" IS NOT NULL AND "tracking_status" IS NULL;
