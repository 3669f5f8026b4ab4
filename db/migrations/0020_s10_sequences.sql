ALTER TABLE "tariffs" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "tariffs" CASCADE;--> statement-breakpoint
-- btree_gist: equality on the prefix and country inside a GiST exclusion constraint
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
ALTER TABLE "s10_ranges" ADD CONSTRAINT "s10_ranges_no_overlap" EXCLUDE USING gist ("prefix" WITH =, "country" WITH =, int8range("first_serial", "last_serial", '[]') WITH &&);--> statement-breakpoint
-- each range hands out its serials from a sequence of its own: created with the row, dropped with it
CREATE FUNCTION "s10_range_sequence"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  IF TG_OP = 'INSERT' THEN
    EXECUTE format('CREATE SEQUENCE %I AS bigint MINVALUE %s START %s', 's10_serial_' || replace(NEW."id"::text, '-', ''), NEW."first_serial", NEW."first_serial");
    RETURN NEW;
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE format('DROP SEQUENCE IF EXISTS %I', 's10_serial_' || replace(OLD."id"::text, '-', ''));
    RETURN OLD;
  ELSIF TG_OP = 'UPDATE' THEN
    IF NEW."id" <> OLD."id" OR NEW."first_serial" <> OLD."first_serial" THEN
      RAISE EXCEPTION 'an S10 range keeps its id and first serial';
    END IF;
    RETURN NEW;
  ELSE
    -- TRUNCATE
    FOR r IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'S' AND n.nspname = current_schema() AND c.relname LIKE 's10\_serial\_%' LOOP
      EXECUTE format('DROP SEQUENCE IF EXISTS %I', r.relname);
    END LOOP;
    RETURN NULL;
  END IF;
END $$;--> statement-breakpoint
-- the ranges already there carry on from where the row's counter was
DO $$
DECLARE r record;
DECLARE seq text;
BEGIN
  FOR r IN SELECT "id", "first_serial", "last_serial", "next_serial" FROM "s10_ranges" LOOP
    seq := 's10_serial_' || replace(r."id"::text, '-', '');
    EXECUTE format('CREATE SEQUENCE %I AS bigint MINVALUE %s START %s', seq, r."first_serial", r."first_serial");
    IF r."next_serial" > r."first_serial" THEN
      PERFORM setval(seq, r."next_serial" - 1, true);
    END IF;
    IF r."next_serial" > r."last_serial" THEN
      UPDATE "s10_ranges" SET "exhausted_at" = now() WHERE "id" = r."id";
    END IF;
  END LOOP;
END $$;--> statement-breakpoint
CREATE TRIGGER "s10_ranges_sequence_row" AFTER INSERT OR UPDATE OR DELETE ON "s10_ranges" FOR EACH ROW EXECUTE FUNCTION "s10_range_sequence"();--> statement-breakpoint
CREATE TRIGGER "s10_ranges_sequence_truncate" AFTER TRUNCATE ON "s10_ranges" FOR EACH STATEMENT EXECUTE FUNCTION "s10_range_sequence"();--> statement-breakpoint
ALTER TABLE "s10_ranges" DROP CONSTRAINT "s10_ranges_next";--> statement-breakpoint
ALTER TABLE "s10_ranges" DROP COLUMN "next_serial";
