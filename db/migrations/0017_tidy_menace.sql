CREATE TYPE "public"."parcel_refund_status" AS ENUM('pending', 'refunded');--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "refund_status" "parcel_refund_status";--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "refund_minor" bigint;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "refund_id" text;