ALTER TABLE "markets" ADD COLUMN "time_zone" text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
UPDATE "markets" SET "time_zone" = 'Asia/Tehran' WHERE "code" = 'IR';--> statement-breakpoint
UPDATE "markets" SET "time_zone" = 'Asia/Shanghai' WHERE "code" = 'CN';--> statement-breakpoint
UPDATE "markets" SET "time_zone" = 'Asia/Ho_Chi_Minh' WHERE "code" = 'VN';
