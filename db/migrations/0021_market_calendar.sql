ALTER TABLE "markets" ADD COLUMN "calendar" text DEFAULT 'gregory' NOT NULL;--> statement-breakpoint
-- markets seeded before the column: Iran's statements follow the Jalali calendar
UPDATE "markets" SET "calendar" = 'persian' WHERE "code" = 'IR';
