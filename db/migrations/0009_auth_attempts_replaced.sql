ALTER TYPE "public"."payment_status" ADD VALUE 'refund_pending' BEFORE 'refunded';--> statement-breakpoint
DROP TABLE "auth_attempts" CASCADE;